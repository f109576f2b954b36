/** Timeline events as the timeline page and the home page's highlights show them. */
import type { Language } from "../content/content-types.ts";
import type { Entry } from "../content/entry.ts";
import type { TimelineEvent } from "../types/content.generated.ts";
import { toParagraphs } from "./paragraphs.ts";
import { sectionUrl } from "../content/routes.ts";
import type { TimelineEventView } from "./types.ts";

/**
 * @example timelineEventView(entry, "id").url // "/id/linimasa/#tim-dibentuk"
 */
export function timelineEventView(entry: Entry<TimelineEvent>, lang: Language): TimelineEventView {
  const { data } = entry;
  return {
    slug: entry.slug,
    date: data.date,
    title: data.title[lang],
    paragraphs: toParagraphs(data.description[lang]),
    pillar: data.pillar ?? null,
    highlight: data.highlight === true,
    sources: data.sources ?? [],
    url: `${sectionUrl("timeline", lang)}#${entry.slug}`,
  };
}
