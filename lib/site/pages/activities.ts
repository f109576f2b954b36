/**
 * The activities page: how many activities each team ran per pillar, the participants they
 * reached, and every activity listed per kelurahan (latest first). Activity counts are about
 * public events, not individuals, so they are shown in full (no small-count suppression).
 */
import { everyLanguageBase } from "../page-base.ts";
import { activityView, countByPillar, latestFirst } from "../activity-views.ts";
import { KELURAHAN, PILLARS } from "../../content/pillars.ts";
import { sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import { teamLink } from "../team-links.ts";
import type { ActivitiesPage } from "../types.ts";

/**
 * One activities page per language.
 * @example buildActivitiesPages(context)[0].totals.total // number of published activities
 */
export function buildActivitiesPages(context: SiteContext): ActivitiesPage[] {
  return context.languages.map((lang) => {
    const perKelurahan = KELURAHAN.map((kelurahan) => ({
      team: teamLink(context, lang, kelurahan),
      activities: context.activities.filter((entry) => entry.data.kelurahan === kelurahan),
    }));
    return {
      ...everyLanguageBase(context, lang, (other) => sectionUrl("activities", other), "activities", {
        title: context.t(lang, "activities.title"),
        description: context.t(lang, "activities.description"),
      }),
      type: "activities",
      pillars: [...PILLARS],
      rows: perKelurahan.map(({ team, activities }) => ({ ...team, ...countByPillar(activities) })),
      totals: countByPillar(context.activities),
      byKelurahan: perKelurahan
        .filter(({ activities }) => activities.length > 0)
        .map(({ team, activities }) => ({
          ...team,
          activities: latestFirst(activities).map((entry) => activityView(entry, lang, context.languages)),
        })),
    };
  });
}
