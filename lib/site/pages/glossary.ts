/**
 * The glossary: one page per language, terms in A–Z order of that language grouped under
 * their initial letter, an anchor per term (its slug) so modules and case studies can link
 * straight to a definition.
 */
import type { Language } from "../../content/content-types.ts";
import { glossaryLinks } from "../glossary-links.ts";
import { pickVersion } from "../language-versions.ts";
import { everyLanguageBase } from "../page-base.ts";
import { toParagraphs } from "../paragraphs.ts";
import { entryUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { GlossaryPage, GlossaryTermView, Link } from "../types.ts";
import { LOCALES } from "../../format/locales.ts";

/**
 * The letter a term is filed under: its first letter without accents, upper case; "#" for
 * terms that start with a digit or a sign.
 * @example initialLetter("Ékstremisme") // "E"
 * @example initialLetter("3M") // "#"
 */
export function initialLetter(term: string): string {
  const first = term.normalize("NFD").replace(/\p{M}/gu, "").trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

/**
 * Anchor of a letter heading. Slugs never contain "--", so this cannot clash with a term's anchor.
 * @example letterAnchor("A") // "letter--a"
 */
export function letterAnchor(letter: string): string {
  return letter === "#" ? "letter--other" : `letter--${letter.toLowerCase()}`;
}

/** Where each term is used, so a definition can point back to the modules that need it. */
function usage(context: SiteContext, lang: Language): Map<string, Link[]> {
  const used = new Map<string, Link[]>();
  const add = (slugs: readonly string[] | undefined, link: Link) => {
    for (const slug of slugs ?? []) used.set(slug, [...(used.get(slug) ?? []), link]);
  };
  for (const group of context.modules) {
    const version = pickVersion(group, lang, context.languages);
    const versionLang = version.lang as Language;
    add(version.data.glossaryTerms, { title: version.data.title, url: entryUrl("modules", versionLang, group.slug), lang: versionLang });
  }
  for (const group of context.caseStudies) {
    const version = pickVersion(group, lang, context.languages);
    const versionLang = version.lang as Language;
    add(version.data.glossaryTerms, {
      title: version.data.title,
      url: entryUrl("case-studies", versionLang, group.slug),
      lang: versionLang,
    });
  }
  return used;
}

/**
 * One glossary page per language.
 * @example buildGlossaryPages(context)[0].letters[0].letter // "A"
 */
export function buildGlossaryPages(context: SiteContext): GlossaryPage[] {
  return context.languages.map((lang) => {
    const used = usage(context, lang);
    const collator = new Intl.Collator(LOCALES[lang], { sensitivity: "base", numeric: true });
    const terms: GlossaryTermView[] = [...context.glossary.values()]
      .map((entry) => ({
        slug: entry.slug,
        term: entry.data.term[lang],
        expansion: entry.data.expansion?.[lang] ?? null,
        paragraphs: toParagraphs(entry.data.definition[lang]),
        related: glossaryLinks(context, lang, entry.data.related),
        usedIn: used.get(entry.slug) ?? [],
      }))
      .sort((a, b) => collator.compare(a.term, b.term) || a.slug.localeCompare(b.slug, "en"));
    const letters: GlossaryPage["letters"] = [];
    for (const term of terms) {
      const letter = initialLetter(term.term);
      const last = letters.at(-1);
      if (last && last.letter === letter) last.terms.push(term);
      else letters.push({ letter, anchor: letterAnchor(letter), terms: [term] });
    }
    return {
      ...everyLanguageBase(context, lang, (other) => sectionUrl("glossary", other), "glossary", {
        title: context.t(lang, "glossary.title"),
        description: context.t(lang, "glossary.description"),
      }),
      type: "glossary",
      letters,
    };
  });
}
