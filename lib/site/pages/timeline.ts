/** The timeline: one page per language, events oldest first with an anchor per event. */
import { everyLanguageBase } from "../page-base.ts";
import { sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import { timelineEventView } from "../timeline-views.ts";
import type { TimelinePage } from "../types.ts";

/**
 * @example buildTimelinePages(context)[1].events[0].date // "2019"
 */
export function buildTimelinePages(context: SiteContext): TimelinePage[] {
  return context.languages.map((lang) => ({
    ...everyLanguageBase(context, lang, (other) => sectionUrl("timeline", other), "timeline", {
      title: context.t(lang, "timeline.title"),
      description: context.t(lang, "timeline.description"),
    }),
    type: "timeline",
    events: context.timeline.map((entry) => timelineEventView(entry, lang)),
  }));
}
