/**
 * Case studies: the index (latest period first) and one page per published case study and
 * language. Only case studies with status "published" ever reach this module (site-context).
 */
import type { Language } from "../../content/content-types.ts";
import type { Entry } from "../../content/entry.ts";
import type { CaseStudy } from "../../types/content.generated.ts";
import { renderMarkdown } from "../../markdown/render-markdown.ts";
import { contentEditing } from "../content-editing.ts";
import { glossaryLinks } from "../glossary-links.ts";
import { alternatesOf, missingLanguages, pickVersion, type LanguageVersions } from "../language-versions.ts";
import { everyLanguageBase } from "../page-base.ts";
import { toParagraphs } from "../paragraphs.ts";
import { entryUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import { teamLink } from "../team-links.ts";
import type { CaseStudyIndexPage, CaseStudyListItem, CaseStudyPage } from "../types.ts";

function listItem(entry: Entry<CaseStudy>): CaseStudyListItem {
  const lang = entry.lang as Language;
  return {
    slug: entry.slug,
    title: entry.data.title,
    url: entryUrl("case-studies", lang, entry.slug),
    lang,
    summary: entry.data.summary,
    period: entry.data.period,
    area: entry.data.area,
    concernCategory: entry.data.concernCategory,
    illustrative: entry.data.illustrative,
  };
}

/**
 * Case studies a reader of `lang` can open, the most recent period first.
 * @example caseStudyList(context, "en")[0].period // "2024-Q2"
 */
export function caseStudyList(context: SiteContext, lang: Language): CaseStudyListItem[] {
  return context.caseStudies
    .map((group) => listItem(pickVersion(group, lang, context.languages)))
    .sort((a, b) => b.period.localeCompare(a.period) || a.slug.localeCompare(b.slug, "en"));
}

function caseStudyPage(context: SiteContext, group: LanguageVersions<CaseStudy>, lang: Language): CaseStudyPage {
  const { data } = group.versions[lang] as Entry<CaseStudy>;
  const review = completedReview(data.anonymisation, group.slug);
  return {
    type: "case-study",
    url: entryUrl("case-studies", lang, group.slug),
    lang,
    title: data.title,
    description: data.summary,
    alternates: alternatesOf(group, context.languages, (other) => entryUrl("case-studies", other, group.slug)),
    missingTranslations: missingLanguages(group, context.languages),
    section: "case-studies",
    inSitemap: true,
    slug: group.slug,
    summary: data.summary,
    illustrative: data.illustrative,
    period: data.period,
    area: data.area,
    areaTeam: data.area === "not-disclosed" ? null : teamLink(context, lang, data.area),
    concernCategory: data.concernCategory,
    reportedBy: data.reportedBy,
    steps: data.steps.map((step) => ({ stage: step.stage, period: step.period, paragraphs: toParagraphs(step.note) })),
    approaches: data.approaches,
    outcomeParagraphs: toParagraphs(data.outcome),
    lessons: data.lessons,
    glossaryTerms: glossaryLinks(context, lang, data.glossaryTerms),
    anonymisation: review,
    // The anonymisation review is the one review a case study records.
    editing: contentEditing("case-study", group.slug, review.reviewedOn),
    bodyHtml: renderMarkdown(data.body),
  };
}

/**
 * The case-study index in every language and a page per published case-study version.
 * @example buildCaseStudyPages(context).filter((page) => page.type === "case-study")
 */
export function buildCaseStudyPages(context: SiteContext): (CaseStudyIndexPage | CaseStudyPage)[] {
  const pages: (CaseStudyIndexPage | CaseStudyPage)[] = [];
  for (const lang of context.languages) {
    pages.push({
      ...everyLanguageBase(context, lang, (other) => sectionUrl("case-studies", other), "case-studies", {
        title: context.t(lang, "caseStudies.title"),
        description: context.t(lang, "caseStudies.description"),
      }),
      type: "case-study-index",
      caseStudies: caseStudyList(context, lang),
    });
    for (const group of context.caseStudies) {
      if (group.versions[lang]) pages.push(caseStudyPage(context, group, lang));
    }
  }
  return pages;
}

/**
 * The review of a case study that is on the site. The schema lets only unpublished case studies
 * leave it open, so a missing one here is a bug: the build stops rather than publish it.
 */
function completedReview(review: CaseStudy["anonymisation"], slug: string): { reviewerRole: string; reviewedOn: string } {
  const { reviewerRole, reviewedOn } = review;
  if (!reviewerRole || !reviewedOn) throw new Error(`Case study ${slug} is published without a completed anonymisation review`);
  return { reviewerRole, reviewedOn };
}
