/**
 * The title an activity gets when nobody wrote one: its kind of activity and its venue, in
 * both languages. The venue is a name and stays as written; the Indonesian names the activity
 * in the team's own words. Editors may change the title afterwards.
 */
import type { ActivityTypeReading } from "./activity-type-words.ts";

/**
 * @example activityTitle(readActivityType("Sosialisasi")!.name, "Majelis Taklim Nurul Falah")
 * // { id: "Sosialisasi di Majelis Taklim Nurul Falah", en: "Awareness session at Majelis Taklim Nurul Falah" }
 */
export function activityTitle(name: ActivityTypeReading["name"], venue: string): { id: string; en: string } {
  const place = venue.replace(/\s+/g, " ").trim();
  if (place === "") return { id: name.id, en: name.en };
  return { id: `${name.id} di ${place}`, en: `${name.en} at ${place}` };
}
