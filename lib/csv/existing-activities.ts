import type { Activity } from "../types/content.generated.ts";
import { activityHash } from "./activity-hash.ts";

/** Where activities live, relative to the project root (see lib/content/content-types.ts). */
export const ACTIVITIES_FOLDER = "content/activities";

export interface ExistingActivities {
  /** Content fingerprints of every activity already stored, however it was entered. */
  hashes: Set<string>;
  /** File names already taken (a new file never replaces one). */
  names: Set<string>;
}

/** One stored activity file: its name in the activities folder and its text. */
export interface StoredFile {
  name: string;
  text: string;
}

/**
 * What is already stored: each activity's fingerprint, computed from its content (so that an
 * activity typed into the CMS and later exported and re-imported is recognised) and also as
 * recorded in `source.hash`. Files that do not parse are left to `npm run check`. Pure, so the
 * CMS's import reads what its backend lists exactly as `npm run import` reads the folder.
 * @example existingActivitiesFrom([{ name: "2024-11-04-jombang-1a2b3c4d.json", text }]).hashes.size // 1 or 2
 */
export function existingActivitiesFrom(files: Iterable<StoredFile | string>): ExistingActivities {
  const hashes = new Set<string>();
  const names = new Set<string>();
  for (const file of files) {
    if (typeof file === "string") {
      names.add(file);
      continue;
    }
    names.add(file.name);
    if (!file.name.endsWith(".json") || file.name.startsWith(".")) continue;
    try {
      const data = JSON.parse(file.text) as Activity;
      if (typeof data.source?.hash === "string") hashes.add(data.source.hash);
      hashes.add(activityHash(data));
    } catch {
      // unreadable or invalid: the check reports it; it cannot be a duplicate of anything
    }
  }
  return { hashes, names };
}
