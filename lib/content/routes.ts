/**
 * The route table: every address the site publishes is derived here and nowhere else, so the
 * templates, the sitemap, the tests and (later) the search index and the CMS preview cannot
 * disagree about where a page lives.
 *
 * Scheme: Indonesian under /id/, English under /en/, each with translated section paths
 * (readers see their own language in the address bar). An entry lives at
 * /<lang>/<section>/<slug>/ and keeps its slug in both languages, so the two versions of an
 * entry are found from each other without a lookup table. Free pages (about, visitor guide)
 * live directly under the language: /<lang>/<slug>/.
 */
import path from "node:path";
import type { Language } from "./content-types.ts";

/** The sections of the site that have an index page in each language. */
export type Section =
  | "home"
  | "modules"
  | "case-studies"
  | "case-statistics"
  | "decree"
  | "activities"
  | "teams"
  | "action-plan"
  | "glossary"
  | "timeline"
  | "search"
  | "dashboard"
  | "data";

/** Path segment of each section per language; "" for the language's home page. */
export const SECTION_PATHS: Readonly<Record<Section, Readonly<Record<Language, string>>>> = {
  home: { id: "", en: "" },
  modules: { id: "modul", en: "modules" },
  "case-studies": { id: "studi-kasus", en: "case-studies" },
  "case-statistics": { id: "statistik-kasus", en: "case-statistics" },
  decree: { id: "keputusan", en: "decree" },
  activities: { id: "kegiatan", en: "activities" },
  teams: { id: "tim", en: "teams" },
  "action-plan": { id: "rencana-tindak-lanjut", en: "action-plan" },
  glossary: { id: "glosarium", en: "glossary" },
  timeline: { id: "linimasa", en: "timeline" },
  // The search page: a search field (with JavaScript) and an A–Z index of every page (without).
  search: { id: "cari", en: "search" },
  // The activity and case figures as charts with their tables.
  dashboard: { id: "dasbor", en: "dashboard" },
  // What can be downloaded from /data/ and what each file holds.
  data: { id: "data", en: "data" },
};

/** Folder of the downloadable tables (CSV and JSON), shared by both languages. */
export const DATA_FILES_PATH = "/data/";

/** The bilingual language-choice page at the site root. */
export const ROOT_URL = "/";
/** The bilingual fallback 404 page most static hosts serve for unknown addresses. */
export const ROOT_NOT_FOUND_URL = "/404.html";

/**
 * Address of a section's index page.
 * @example sectionUrl("modules", "id") // "/id/modul/"
 * @example sectionUrl("home", "en") // "/en/"
 */
export function sectionUrl(section: Section, lang: Language): string {
  const segment = SECTION_PATHS[section][lang];
  return segment === "" ? `/${lang}/` : `/${lang}/${segment}/`;
}

/**
 * Address of one entry inside a section (a module, a case study, a decree, a team).
 * @example entryUrl("teams", "id", "jombang") // "/id/tim/jombang/"
 */
export function entryUrl(section: Exclude<Section, "home">, lang: Language, slug: string): string {
  return `${sectionUrl(section, lang)}${slug}/`;
}

/**
 * Address of a free page (content/pages): directly under the language.
 * @example freePageUrl("en", "visitor-guide") // "/en/visitor-guide/"
 */
export function freePageUrl(lang: Language, slug: string): string {
  return `/${lang}/${slug}/`;
}

/**
 * Address of a term on the one-page glossary: the anchor is the term's slug.
 * @example glossaryTermUrl("id", "arisan") // "/id/glosarium/#arisan"
 */
export function glossaryTermUrl(lang: Language, slug: string): string {
  return `${sectionUrl("glossary", lang)}#${slug}`;
}

/**
 * Address of one item of the action plan: the anchor is the item's slug.
 * @example actionPlanItemUrl("en", "monthly-socialisation") // "/en/action-plan/#monthly-socialisation"
 */
export function actionPlanItemUrl(lang: Language, slug: string): string {
  return `${sectionUrl("action-plan", lang)}#${slug}`;
}

/**
 * Address of a downloadable table under /data/ (the activities have one file per language,
 * the other tables one file with bilingual headings).
 * @example dataFileUrl("activities.csv") // "/data/activities.csv"
 */
export function dataFileUrl(name: string): string {
  return `${DATA_FILES_PATH}${name}`;
}

/**
 * Address of the per-language "page not found" page.
 * @example notFoundUrl("id") // "/id/404.html"
 */
export function notFoundUrl(lang: Language): string {
  return `/${lang}/404.html`;
}

/**
 * Address of the per-language page the service worker shows for a page that is not on the
 * reader's device while the network is off.
 * @example offlineUrl("en") // "/en/offline.html"
 */
export function offlineUrl(lang: Language): string {
  return `/${lang}/offline.html`;
}

/**
 * Address of a language's service worker. One per language, each controlling only its own
 * language's pages (its scope is /<lang>/), so a reader's device keeps the search index of the
 * language they read and not the other one.
 * @example serviceWorkerUrl("id") // "/id/sw.js"
 */
export function serviceWorkerUrl(lang: Language): string {
  return `/${lang}/sw.js`;
}

/**
 * First path segments a free page may not use, because a section or a file of the site
 * already lives there in one of the languages.
 * @example reservedFreePageSlugs().has("modul") // true
 */
export function reservedFreePageSlugs(): Set<string> {
  // admin: the CMS; pagefind and pagefind-offline: the search indexes (lib/search,
  // lib/offline/offline-index.ts); assets: the stylesheet; data: the downloadable tables (also
  // the data page's own section path).
  const reserved = new Set<string>(["404", "assets", "admin", "pagefind", "pagefind-offline", "data"]);
  for (const paths of Object.values(SECTION_PATHS)) {
    for (const segment of Object.values(paths)) if (segment !== "") reserved.add(segment);
  }
  return reserved;
}

/**
 * The file a site address was written to: folder addresses are their index.html.
 * @example outputFileOf("_site", "/id/modul/") // "_site/id/modul/index.html"
 */
export function outputFileOf(siteDir: string, url: string): string {
  return path.join(siteDir, url.endsWith("/") ? `${url}index.html` : url);
}
