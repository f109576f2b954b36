/**
 * What the CMS form proposes for an activity from what the editor wrote, so that the venue
 * and a few words are enough: the forum from the venue, the type from the title's first words,
 * the pillar from the type when the type decides it, and a title from type and venue. Only
 * empty fields are filled; what the editor chose is kept. The pre-save guard then checks the
 * result like any entry, so a pillar that cannot be proposed is asked for, never guessed.
 */
import type { Activity } from "../types/content.generated.ts";
import { activityTitle } from "./activity-title.ts";
import { type ActivityType, readActivityType, typeReading } from "./activity-type-words.ts";
import { forumFromVenue } from "./forum-from-venue.ts";

type Draft = Partial<Omit<Activity, "title">> & { title?: { id?: string; en?: string } };

const filled = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/**
 * @example proposeActivityFields({ venue: "Arisan ibu-ibu RT 02", activityType: "socialisation" })
 * // { venue: …, activityType: "socialisation", forum: "arisan", pillar: "awareness", title: { id: "Sosialisasi di Arisan ibu-ibu RT 02", en: "Awareness session at Arisan ibu-ibu RT 02" } }
 */
export function proposeActivityFields<T extends Draft>(data: T): T & Draft {
  const result: Draft = { ...data };
  const venue = filled(result.venue) ? result.venue : "";
  if (!filled(result.forum) && venue) result.forum = forumFromVenue(venue);
  const fromTitle = filled(result.title?.id) ? readActivityType(result.title.id) : undefined;
  if (!filled(result.activityType) && fromTitle) result.activityType = fromTitle.type;
  const reading = filled(result.activityType)
    ? fromTitle?.type === result.activityType
      ? fromTitle
      : typeReading(result.activityType as ActivityType)
    : undefined;
  if (!filled(result.pillar) && reading?.pillar) result.pillar = reading.pillar;
  if (reading) {
    const title = activityTitle(reading.name, venue);
    const id = filled(result.title?.id) ? result.title.id : title.id;
    const en = filled(result.title?.en) ? result.title.en : title.en;
    result.title = { ...result.title, id, en };
  }
  return result as T & Draft;
}
