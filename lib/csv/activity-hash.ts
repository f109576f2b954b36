import { createHash } from "node:crypto";
import type { Activity } from "../types/content.generated.ts";

/**
 * The fingerprint that recognises an activity however it was entered: SHA-256 of its content
 * (date, kelurahan, pillar, type, venue, forum, titles, counts, partners, notes), with text compared
 * case-insensitively and whitespace collapsed, and partners as a set. How it was entered
 * (`source`), whether it is a draft and reviewed privacy exceptions are not content. Never the
 * row number: the same activity in a re-sorted or re-exported sheet is the same activity.
 * @example activityHash(activity) // "9f2c…" (64 hex digits)
 */
export function activityHash(
  activity: Pick<
    Activity,
    "date" | "kelurahan" | "pillar" | "activityType" | "venue" | "forum" | "title" | "participants" | "partners" | "notes"
  >,
): string {
  const text = (value: string | undefined) =>
    value === undefined ? null : value.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  const { total, women, men, youth } = activity.participants;
  // A fixed array, not an object: the order of keys in a file must not change the hash.
  const canonical = [
    "activity/2",
    activity.date,
    activity.kelurahan,
    activity.pillar ?? null,
    activity.activityType,
    text(activity.venue),
    activity.forum,
    text(activity.title.id),
    text(activity.title.en),
    [total, women ?? null, men ?? null, youth ?? null],
    [...new Set((activity.partners ?? []).map((partner) => text(partner)))].sort(),
    text(activity.notes?.id),
    text(activity.notes?.en),
  ];
  // The personal-data screen skips `source.hash`: a digest's digit runs can look like a NIK.
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}
