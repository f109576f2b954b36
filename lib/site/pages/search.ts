/**
 * The search page, one per language. With JavaScript it searches the Pagefind index of its
 * language; without, it is an A–Z index of every page of that language. Its filter controls
 * are rendered here, from the facets of the pages that are indexed, so their labels come from
 * the dictionaries and the form exists before (and without) any script.
 */
import type { Language } from "../../content/content-types.ts";
import { FILTER_LABEL_KEYS, SEARCH_FILTER_KEYS } from "../search-facets.ts";
import { LOCALES } from "../../format/locales.ts";
import { everyLanguageBase } from "../page-base.ts";
import { sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { Link, SearchFilterView, SearchPage, SitePage } from "../types.ts";

/**
 * The letter a title is listed under: its first letter without accents, or "#" for a title
 * that starts with a digit or a sign.
 * @example azLetter("Ékstremisme") // "E"
 * @example azLetter("2024 dalam angka") // "#"
 */
export function azLetter(title: string): string {
  const first = title.normalize("NFD").replace(/\p{M}/gu, "").trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

/**
 * Every page of `lang` that a reader can open (no 404s, not the search page itself), A to Z.
 * @example azIndex(pages, "id")[0] // { letter: "A", anchor: "az-a", pages: [{ title: "Advokasi …", … }] }
 */
export function azIndex(pages: readonly SitePage[], lang: Language): SearchPage["azIndex"] {
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: "base", numeric: true });
  const links: Link[] = pages
    .filter((page) => page.lang === lang && page.inSitemap && page.type !== "search")
    .map((page) => ({ title: page.title, url: page.url, lang }))
    .sort((a, b) => collator.compare(a.title, b.title) || a.url.localeCompare(b.url));
  const groups = new Map<string, Link[]>();
  for (const link of links) {
    const letter = azLetter(link.title);
    groups.set(letter, [...(groups.get(letter) ?? []), link]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a.localeCompare(b)))
    .map(([letter, group]) => ({ letter, anchor: letter === "#" ? "az-other" : `az-${letter.toLowerCase()}`, pages: group }));
}

/**
 * The filter controls: every value some indexed page of `lang` has, per filter. Years newest
 * first, other values in the language's alphabetical order.
 * @example searchFilters(context, pages, "en")[0] // { key: "type", label: "Content type", values: ["Action plan", …] }
 */
export function searchFilters(context: SiteContext, pages: readonly SitePage[], lang: Language): SearchFilterView[] {
  const collator = new Intl.Collator(LOCALES[lang], { numeric: true });
  return SEARCH_FILTER_KEYS.map((key) => {
    const values = new Set<string>();
    for (const page of pages) {
      if (page.lang !== lang) continue;
      for (const filter of page.search?.filters ?? []) if (filter.key === key) for (const value of filter.values) values.add(value);
    }
    const sorted = [...values].sort((a, b) => collator.compare(a, b));
    return { key, label: context.t(lang, FILTER_LABEL_KEYS[key]), values: key === "year" ? sorted.reverse() : sorted };
  }).filter((filter) => filter.values.length > 0);
}

/**
 * One search page per language; call it with every other page of the site, search data set.
 * @example buildSearchPages(context, pages).map((page) => page.url) // ["/id/cari/", "/en/search/"]
 */
export function buildSearchPages(context: SiteContext, pages: readonly SitePage[]): SearchPage[] {
  return context.languages.map((lang) => ({
    ...everyLanguageBase(context, lang, (other) => sectionUrl("search", other), "search", {
      title: context.t(lang, "search.title"),
      description: context.t(lang, "search.description"),
    }),
    type: "search",
    search: null,
    filters: searchFilters(context, pages, lang),
    azIndex: azIndex(pages, lang),
  }));
}
