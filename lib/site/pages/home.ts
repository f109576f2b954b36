/**
 * The home page of each language: the model at a glance. The four pillars with their
 * modules, the four teams, the timeline's highlights and the latest activities, each linking
 * on to the section that tells the whole story.
 */
import { activityView, countByPillar, latestFirst } from "../activity-views.ts";
import { everyLanguageBase } from "../page-base.ts";
import { KELURAHAN } from "../../content/pillars.ts";
import { entryUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import { teamLink } from "../team-links.ts";
import { timelineEventView } from "../timeline-views.ts";
import type { HomePage } from "../types.ts";
import { moduleGroups } from "./modules.ts";

const LATEST_ACTIVITIES = 5;

/**
 * @example buildHomePages(context).map((page) => page.url) // ["/id/", "/en/"]
 */
export function buildHomePages(context: SiteContext): HomePage[] {
  return context.languages.map((lang) => ({
    ...everyLanguageBase(context, lang, (other) => sectionUrl("home", other), "home", {
      title: context.settings.name[lang],
      description: context.settings.tagline[lang],
    }),
    type: "home",
    tagline: context.settings.tagline[lang],
    moduleGroups: moduleGroups(context, lang),
    teams: KELURAHAN.flatMap((kelurahan) => {
      const team = context.teams.get(kelurahan);
      return team ? [{ ...teamLink(context, lang, kelurahan), focus: team.data.focus[lang] }] : [];
    }),
    highlights: context.timeline.filter((event) => event.data.highlight === true).map((event) => timelineEventView(event, lang)),
    latestActivities: latestFirst(context.activities)
      .slice(0, LATEST_ACTIVITIES)
      .map((entry) => activityView(entry, lang, context.languages)),
    activityTotals: countByPillar(context.activities),
    decrees: context.decrees.map((entry) => ({ title: entry.data.shortTitle[lang], url: entryUrl("decree", lang, entry.slug), lang })),
    actionPlanCount: context.actionPlan.length,
  }));
}
