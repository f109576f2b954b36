/**
 * What the search index learns about a page beyond its text: the filters a reader can narrow
 * results by (content type, pillar, kelurahan, year), the metadata shown with a result (type,
 * date) and the key results can be sorted by (date). Values are written in the page's
 * language, from the dictionaries, because Pagefind shows filter values as they are stored and
 * each language has its own index.
 */
import type { Language } from "../content/content-types.ts";
import { formatIsoDate } from "../format/format-date.ts";
import { formatPeriodIn } from "../format/format-period.ts";
import type { Section } from "../content/routes.ts";
import type { SiteContext } from "./site-context.ts";
import type { SearchData, SitePage } from "./types.ts";

/** The filters, in the order the search page shows them. */
export const SEARCH_FILTER_KEYS = ["type", "pillar", "kelurahan", "year"] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** Dictionary key of each filter's name. */
export const FILTER_LABEL_KEYS: Readonly<Record<SearchFilterKey, string>> = {
  type: "search.filter.type",
  pillar: "search.filter.pillar",
  kelurahan: "search.filter.kelurahan",
  year: "search.filter.year",
};

/**
 * Content type of a page, named like its section in the main menu ("Modul", "Studi kasus"),
 * so a reader meets the same words in the menu and in the filter. The home page and free
 * pages are "pages".
 */
const TYPE_LABEL_KEYS: Readonly<Record<Section, string>> = {
  home: "search.typePage",
  modules: "nav.modules",
  "case-studies": "nav.caseStudies",
  "case-statistics": "nav.caseStatistics",
  decree: "nav.decree",
  activities: "nav.activities",
  teams: "nav.teams",
  "action-plan": "nav.actionPlan",
  glossary: "nav.glossary",
  timeline: "nav.timeline",
  search: "search.typePage",
  dashboard: "nav.dashboard",
  data: "nav.data",
};

/**
 * The first day of a case period, so years, quarters and dates sort together as text.
 * @example periodSortKey("2024-Q3") // "2024-07-01"
 * @example periodSortKey("2023") // "2023-01-01"
 */
export function periodSortKey(period: string): string {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  if (!match) return period;
  const month = match[2] ? (Number(match[2]) - 1) * 3 + 1 : 1;
  return `${match[1]}-${String(month).padStart(2, "0")}-01`;
}

interface Dated {
  year: string;
  /** Shown with the result. */
  shown: string;
  /** Sortable as text. */
  sortKey: string;
}

/** When the page's content is from, if it has one date: a review, a period, a decree year. */
function dateOf(context: SiteContext, page: SitePage, lang: Language): Dated | null {
  const day = (iso: string): Dated => ({ year: iso.slice(0, 4), shown: formatIsoDate(iso, lang), sortKey: iso });
  switch (page.type) {
    case "module":
      return day(page.reviewed.date);
    case "page":
      return page.reviewed ? day(page.reviewed.date) : null;
    case "case-study":
      return {
        year: page.period.slice(0, 4),
        shown: formatPeriodIn(page.period, lang, context.strings),
        sortKey: periodSortKey(page.period),
      };
    case "decree":
      return page.signedOn ? day(page.signedOn) : { year: page.year, shown: page.year, sortKey: `${page.year}-01-01` };
    default:
      return null;
  }
}

/**
 * Filters, metadata and sort keys of a page (keywords are added by search-keywords.ts).
 * @example pageFacets(context, modulePage).filters // [{ key: "type", values: ["Modul"] }, { key: "pillar", values: ["Sosialisasi"] }, { key: "year", values: ["2024"] }]
 */
export function pageFacets(context: SiteContext, page: SitePage): Omit<SearchData, "keywords"> {
  const { lang } = page;
  const type = context.t(lang, TYPE_LABEL_KEYS[page.section ?? "home"]);
  const filters: SearchData["filters"] = [{ key: "type", values: [type] }];
  if (page.type === "module") filters.push({ key: "pillar", values: [context.t(lang, `pillar.${page.pillar}`)] });
  // Case studies tell how cases were handled: they belong to the case-management pillar.
  if (page.type === "case-study") filters.push({ key: "pillar", values: [context.t(lang, "pillar.case-management")] });
  if (page.type === "case-study" && page.area !== "not-disclosed") {
    filters.push({ key: "kelurahan", values: [context.t(lang, `kelurahan.${page.area}`)] });
  }
  if (page.type === "team") filters.push({ key: "kelurahan", values: [page.name] });
  const date = dateOf(context, page, lang);
  if (date) filters.push({ key: "year", values: [date.year] });
  return {
    filters,
    meta: [{ key: "type", value: type }, ...(date ? [{ key: "date", value: date.shown }] : [])],
    sort: date ? [{ key: "date", value: date.sortKey }] : [],
  };
}
