/**
 * The common fields of a page that exists in every site language because its content is
 * bilingual in one file (JSON types) or generated (indexes, home): every language is an
 * alternate, none is missing.
 */
import type { Language } from "../content/content-types.ts";
import type { Section } from "../content/routes.ts";
import type { SiteContext } from "./site-context.ts";
import type { PageBase } from "./types.ts";

/**
 * @example everyLanguageBase(context, "id", (lang) => sectionUrl("glossary", lang), "glossary")
 */
export function everyLanguageBase(
  context: SiteContext,
  lang: Language,
  urlFor: (lang: Language) => string,
  section: Section | null,
  text: { title: string; description: string },
): PageBase {
  return {
    url: urlFor(lang),
    lang,
    title: text.title,
    description: text.description,
    alternates: context.languages.map((other) => ({ lang: other, url: urlFor(other) })),
    missingTranslations: [],
    section,
    inSitemap: true,
  };
}
