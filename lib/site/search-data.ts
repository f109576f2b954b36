/**
 * The search data of every page of the site model: facets and keywords for pages that are
 * indexed, null for pages that are not (404s, the bilingual root pages, the search page,
 * whose A–Z list would otherwise match every query).
 */
import type { SiteContext } from "./site-context.ts";
import type { SearchData, SitePage } from "./types.ts";
import { pageKeywords } from "./search-keywords.ts";
import { pageFacets } from "./search-facets.ts";

/**
 * Whether Pagefind indexes the page (the template marks its main content with data-pagefind-body).
 * @example isIndexed({ type: "search", inSitemap: true, … }) // false
 */
export function isIndexed(page: SitePage): boolean {
  return page.inSitemap && page.type !== "search";
}

/**
 * @example searchDataFor(context, modulePage)?.filters[0] // { key: "type", values: ["Modul"] }
 */
export function searchDataFor(context: SiteContext, page: SitePage): SearchData | null {
  if (!isIndexed(page)) return null;
  return { ...pageFacets(context, page), keywords: pageKeywords(context, page) };
}
