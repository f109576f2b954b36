/**
 * Activity records as the pages show them, and the counts per pillar that the home page, the
 * activities page and the team pages share. Counts cover published records only.
 */
import type { Language } from "../content/content-types.ts";
import type { Entry } from "../content/entry.ts";
import { toParagraphs } from "./paragraphs.ts";
import { PILLARS } from "../content/pillars.ts";
import type { ActivityView, Pillar, PillarCounts, PublishedActivity } from "./types.ts";

/**
 * One activity in one language. Notes fall back to the other language (marked with its lang)
 * because editors may write notes in only one. The venue is a name and is shown as written.
 * @example activityView(entry, "en", ["id", "en"]).title // "Awareness session at a majelis taklim"
 */
export function activityView(entry: Entry<PublishedActivity>, lang: Language, languages: readonly Language[]): ActivityView {
  const { data } = entry;
  let notes: ActivityView["notes"] = null;
  for (const candidate of [lang, ...languages.filter((other) => other !== lang)]) {
    const paragraphs = toParagraphs(data.notes?.[candidate]);
    if (paragraphs.length > 0) {
      notes = { lang: candidate, paragraphs };
      break;
    }
  }
  return {
    slug: entry.slug,
    date: data.date,
    kelurahan: data.kelurahan,
    pillar: data.pillar,
    activityType: data.activityType,
    forum: data.forum,
    venue: data.venue ?? null,
    title: data.title[lang],
    participants: data.participants,
    partners: data.partners ?? [],
    notes,
  };
}

/**
 * Number of activities per pillar, in total, and the participants they reached.
 * @example countByPillar([]) // { activities: { awareness: 0, … }, total: 0, participants: 0 }
 */
export function countByPillar(activities: readonly Entry<PublishedActivity>[]): PillarCounts {
  const counts = Object.fromEntries(PILLARS.map((pillar) => [pillar, 0])) as Record<Pillar, number>;
  let participants = 0;
  for (const { data } of activities) {
    counts[data.pillar] += 1;
    participants += data.participants.total;
  }
  return { activities: counts, total: activities.length, participants };
}

/**
 * The most recent activities first.
 * @example latestFirst(context.activities).slice(0, 5)
 */
export function latestFirst(activities: readonly Entry<PublishedActivity>[]): Entry<PublishedActivity>[] {
  return [...activities].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.slug.localeCompare(b.slug, "en"));
}
