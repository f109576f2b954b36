/**
 * The decree section: an index of decrees and one page per decree. A decree is one bilingual
 * JSON file, so both language versions always exist. Legal basis and parts appear only when
 * editors have entered them from the signed document; until then the page shows the summary,
 * labelled as unofficial (the template does the labelling).
 */
import type { Language } from "../../content/content-types.ts";
import type { Entry } from "../../content/entry.ts";
import type { Decree } from "../../types/content.generated.ts";
import { contentEditing } from "../content-editing.ts";
import { everyLanguageBase } from "../page-base.ts";
import { toParagraphs } from "../paragraphs.ts";
import { entryUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { DecreeIndexPage, DecreePage } from "../types.ts";

function decreePage(context: SiteContext, entry: Entry<Decree>, lang: Language): DecreePage {
  const { data } = entry;
  const translating = lang !== "id";
  return {
    ...everyLanguageBase(context, lang, (other) => entryUrl("decree", other, entry.slug), "decree", {
      title: data.shortTitle[lang],
      description: data.title[lang],
    }),
    type: "decree",
    slug: entry.slug,
    // A decree is an official text: it records no review, only where to correct the entry.
    editing: contentEditing("decree", entry.slug, null),
    number: data.number,
    fullTitle: data.title[lang],
    issuer: data.issuer[lang],
    year: data.year,
    signedOn: data.signedOn ?? null,
    period: data.period,
    summaryParagraphs: toParagraphs(data.summary[lang]),
    // The Indonesian wording is the legal one; English pages show it beside the translation.
    legalBasis: (data.legalBasis ?? []).map((basis) => ({ text: basis[lang], original: translating ? basis.id : null })),
    parts: (data.parts ?? []).map((part) => ({
      label: part.label,
      officialParagraphs: toParagraphs(part.textId),
      translationParagraphs: translating ? toParagraphs(part.textEn) : null,
    })),
    crosswalk: data.crosswalk.map((link) => ({
      pillar: link.pillar,
      paragraphs: toParagraphs(link.note[lang]),
      modulesUrl: `${sectionUrl("modules", lang)}#${link.pillar}`,
    })),
    sources: data.sources ?? [],
  };
}

/**
 * The decree index in every language and a page per published decree and language.
 * @example buildDecreePages(context).find((page) => page.type === "decree")?.number // "339.05/Kep.173-Huk/2023"
 */
export function buildDecreePages(context: SiteContext): (DecreeIndexPage | DecreePage)[] {
  const pages: (DecreeIndexPage | DecreePage)[] = [];
  const newestFirst = [...context.decrees].sort((a, b) => b.data.year.localeCompare(a.data.year) || a.slug.localeCompare(b.slug, "en"));
  for (const lang of context.languages) {
    pages.push({
      ...everyLanguageBase(context, lang, (other) => sectionUrl("decree", other), "decree", {
        title: context.t(lang, "decree.title"),
        description: context.t(lang, "decree.description"),
      }),
      type: "decree-index",
      decrees: newestFirst.map((entry) => ({
        title: entry.data.shortTitle[lang],
        url: entryUrl("decree", lang, entry.slug),
        lang,
        number: entry.data.number,
        year: entry.data.year,
        issuer: entry.data.issuer[lang],
      })),
    });
    for (const entry of newestFirst) pages.push(decreePage(context, entry, lang));
  }
  return pages;
}
