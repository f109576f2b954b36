/**
 * What a filter can learn from the page it runs on. Every page is rendered by
 * templates/site-pages.njk, whose pagination alias `sitePage` is the page's model, so a
 * filter knows the page's language without every call passing it. An explicit language
 * argument wins (the "not yet translated" notice speaks the missing language).
 */
import { LANGUAGES, type Language } from "../../content/content-types.ts";
import type { Dictionary, SiteModel, SitePage } from "../../site/types.ts";

/** `this` inside a Nunjucks filter registered through Eleventy. */
export interface FilterThis {
  ctx?: { site?: SiteModel; sitePage?: SitePage } & Record<string, unknown>;
}

/**
 * The language a filter should use: the explicit one, else the page's.
 * @example languageOf(this, undefined) // "id" on an Indonesian page
 */
export function languageOf(self: FilterThis | undefined, explicit?: unknown): Language {
  if (explicit !== undefined && explicit !== null) {
    if (!(LANGUAGES as readonly unknown[]).includes(explicit)) throw new Error(`Unknown language "${String(explicit)}"`);
    return explicit as Language;
  }
  const lang = self?.ctx?.sitePage?.lang;
  if (!lang) throw new Error("This filter needs a language: pass one, or use it on a page rendered from site.pages");
  return lang;
}

/**
 * The interface text of every language, from the site model in the template data.
 * @example dictionariesOf(this).id["nav.modules"] // "Modul"
 */
export function dictionariesOf(self: FilterThis | undefined): Record<Language, Dictionary> {
  const strings = self?.ctx?.site?.strings;
  if (!strings) throw new Error("The site model (global data `site`) is not available to this filter");
  return strings;
}
