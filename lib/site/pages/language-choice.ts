/**
 * The site root (/): a small bilingual page offering both languages, Indonesian first, that
 * forwards to the Indonesian home page with a meta refresh (no script, so it works under a
 * strict content security policy and with JavaScript off).
 */
import { ROOT_URL, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { RootPage } from "../types.ts";

/**
 * @example buildLanguageChoicePage(context).homes // [{ lang: "id", url: "/id/" }, { lang: "en", url: "/en/" }]
 */
export function buildLanguageChoicePage(context: SiteContext): RootPage {
  const [first = "id"] = context.languages;
  return {
    type: "language-choice",
    url: ROOT_URL,
    lang: first,
    title: context.settings.name[first],
    description: context.settings.tagline[first],
    alternates: [],
    missingTranslations: [],
    section: null,
    inSitemap: false,
    homes: context.languages.map((lang) => ({ lang, url: sectionUrl("home", lang) })),
  };
}
