/**
 * Per-language navigation: the main menu (every section, in the order a newcomer would read
 * them) and the footer menu (free pages that have a navOrder, in that order).
 */
import type { Language } from "../content/content-types.ts";
import { pickVersion } from "./language-versions.ts";
import { freePageUrl, SECTION_PATHS, sectionUrl, type Section } from "../content/routes.ts";
import type { SiteContext } from "./site-context.ts";
import type { Navigation } from "./types.ts";

/** Main-menu sections in order, each labelled by the dictionary key nav.<key>. */
export const MAIN_MENU: readonly { section: Section; key: string }[] = [
  { section: "home", key: "nav.home" },
  { section: "modules", key: "nav.modules" },
  { section: "case-studies", key: "nav.caseStudies" },
  { section: "case-statistics", key: "nav.caseStatistics" },
  { section: "teams", key: "nav.teams" },
  { section: "activities", key: "nav.activities" },
  { section: "action-plan", key: "nav.actionPlan" },
  { section: "decree", key: "nav.decree" },
  { section: "timeline", key: "nav.timeline" },
  { section: "glossary", key: "nav.glossary" },
];

/**
 * The pages of figures, linked from the footer of every page and from the home page: the main
 * menu already has ten items, which wrap onto three lines on a 360 px phone.
 */
export const FIGURES_MENU: readonly { section: Section; key: string }[] = [
  { section: "dashboard", key: "nav.dashboard" },
  { section: "data", key: "nav.data" },
];

/**
 * Footer items: published free pages with a navOrder. A page not yet translated is linked in
 * the language it exists in rather than left out.
 * @example footerMenu(context, "en") // [{ label: "About", url: "/en/about/" }, …]
 */
export function footerMenu(context: SiteContext, lang: Language): Navigation["footer"] {
  return context.pages
    .map((group) => pickVersion(group, lang, context.languages))
    .filter((entry) => typeof entry.data.navOrder === "number")
    .sort((a, b) => (a.data.navOrder ?? 0) - (b.data.navOrder ?? 0) || a.slug.localeCompare(b.slug, "en"))
    .map((entry) => ({
      label: entry.data.title,
      url: freePageUrl(entry.lang as Language, entry.slug),
      lang: entry.lang as Language,
    }));
}

/**
 * @example buildNavigation(context).id.main[1] // { label: "Modul", url: "/id/modul/", section: "modules" }
 */
export function buildNavigation(context: SiteContext): Record<Language, Navigation> {
  const navigation = {} as Record<Language, Navigation>;
  for (const lang of context.languages) {
    navigation[lang] = {
      sections: Object.fromEntries(
        (Object.keys(SECTION_PATHS) as Section[]).map((section) => [section, sectionUrl(section, lang)]),
      ) as Record<Section, string>,
      main: MAIN_MENU.map(({ section, key }) => ({ label: context.t(lang, key), url: sectionUrl(section, lang), lang, section })),
      figures: FIGURES_MENU.map(({ section, key }) => ({ label: context.t(lang, key), url: sectionUrl(section, lang), lang, section })),
      footer: footerMenu(context, lang),
    };
  }
  return navigation;
}
