/**
 * Turns glossary short names into links to the term's anchor on the glossary page, with the
 * term as written in the page's language. Terms that are not published are left out rather
 * than linked to an anchor that does not exist.
 */
import type { Language } from "../content/content-types.ts";
import { glossaryTermUrl } from "../content/routes.ts";
import type { SiteContext } from "./site-context.ts";
import type { GlossaryLink } from "./types.ts";

/**
 * @example glossaryLinks(context, "en", ["arisan"]) // [{ slug: "arisan", term: "arisan", url: "/en/glossary/#arisan" }]
 */
export function glossaryLinks(context: SiteContext, lang: Language, slugs: readonly string[] | undefined): GlossaryLink[] {
  const links: GlossaryLink[] = [];
  for (const slug of slugs ?? []) {
    const term = context.glossary.get(slug);
    if (term) links.push({ slug, term: term.data.term[lang], url: glossaryTermUrl(lang, slug) });
  }
  return links;
}
