/**
 * Training modules: the index grouped by pillar in course order, and one page per module and
 * language with previous/next links that follow the course order.
 */
import type { Language } from "../../content/content-types.ts";
import type { Entry } from "../../content/entry.ts";
import type { TrainingModule } from "../../types/content.generated.ts";
import { renderMarkdown } from "../../markdown/render-markdown.ts";
import { contentEditing } from "../content-editing.ts";
import { glossaryLinks } from "../glossary-links.ts";
import { alternatesOf, missingLanguages, pickVersion, type LanguageVersions } from "../language-versions.ts";
import { everyLanguageBase } from "../page-base.ts";
import { MODULE_PILLARS } from "../../content/pillars.ts";
import { entryUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { Link, ModuleGroup, ModuleIndexPage, ModuleListItem, ModulePage } from "../types.ts";

/** Course order: by `order`, then slug so that equal orders still sort the same every time. */
function byCourseOrder(a: { order: number; slug: string }, b: { order: number; slug: string }): number {
  return a.order - b.order || a.slug.localeCompare(b.slug, "en");
}

function listItem(entry: Entry<TrainingModule>): ModuleListItem {
  const lang = entry.lang as Language;
  return {
    slug: entry.slug,
    title: entry.data.title,
    url: entryUrl("modules", lang, entry.slug),
    lang,
    summary: entry.data.summary,
    pillar: entry.data.pillar,
    order: entry.data.order,
    durationMinutes: entry.data.durationMinutes,
  };
}

/**
 * Every module a reader of `lang` can open, grouped by pillar in course order. A module not
 * yet translated is listed in the language it exists in (its `lang` says which). The four
 * pillars are always there, even before they have modules: the model has four pillars, and
 * other pages link to each pillar's group; "foundations" appears once it has a module.
 * @example moduleGroups(context, "en")[0].pillar // "foundations"
 */
export function moduleGroups(context: SiteContext, lang: Language): ModuleGroup[] {
  const items = context.modules.map((group) => listItem(pickVersion(group, lang, context.languages))).sort(byCourseOrder);
  return MODULE_PILLARS.map((pillar) => ({ pillar, modules: items.filter((item) => item.pillar === pillar) })).filter(
    (group) => group.pillar !== "foundations" || group.modules.length > 0,
  );
}

/**
 * Previous and next module in course order among the modules that exist in `lang`, so the
 * links never leave the reader's language.
 * @example neighbours(context, "id", "mengenali-tanda-awal").next?.url // "/id/modul/…/"
 */
export function neighbours(context: SiteContext, lang: Language, slug: string): { previous: Link | null; next: Link | null } {
  const course = context.modules.flatMap((group) => (group.versions[lang] ? [listItem(group.versions[lang])] : [])).sort(byCourseOrder);
  const index = course.findIndex((item) => item.slug === slug);
  const link = (item: ModuleListItem | undefined): Link | null => (item ? { title: item.title, url: item.url, lang: item.lang } : null);
  return { previous: link(course[index - 1]), next: index < 0 ? null : link(course[index + 1]) };
}

function modulePage(context: SiteContext, group: LanguageVersions<TrainingModule>, lang: Language): ModulePage {
  const entry = group.versions[lang] as Entry<TrainingModule>;
  const { data } = entry;
  return {
    type: "module",
    url: entryUrl("modules", lang, group.slug),
    lang,
    title: data.title,
    description: data.summary,
    alternates: alternatesOf(group, context.languages, (other) => entryUrl("modules", other, group.slug)),
    missingTranslations: missingLanguages(group, context.languages),
    section: "modules",
    inSitemap: true,
    slug: group.slug,
    pillar: data.pillar,
    order: data.order,
    durationMinutes: data.durationMinutes,
    summary: data.summary,
    objectives: data.objectives,
    discussionQuestions: data.discussionQuestions,
    glossaryTerms: glossaryLinks(context, lang, data.glossaryTerms),
    bodyHtml: renderMarkdown(data.body),
    reviewed: data.reviewed,
    editing: contentEditing("training-module", group.slug, data.reviewed.date),
    ...neighbours(context, lang, group.slug),
  };
}

/**
 * The module index in every language and a page per published module version.
 * @example buildModulePages(context).map((page) => page.url)
 */
export function buildModulePages(context: SiteContext): (ModuleIndexPage | ModulePage)[] {
  const pages: (ModuleIndexPage | ModulePage)[] = [];
  for (const lang of context.languages) {
    pages.push({
      ...everyLanguageBase(context, lang, (other) => sectionUrl("modules", other), "modules", {
        title: context.t(lang, "modules.title"),
        description: context.t(lang, "modules.description"),
      }),
      type: "module-index",
      groups: moduleGroups(context, lang),
    });
    for (const group of context.modules) {
      if (group.versions[lang]) pages.push(modulePage(context, group, lang));
    }
  }
  return pages;
}
