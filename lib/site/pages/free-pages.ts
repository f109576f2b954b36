/**
 * Free pages from content/pages (about, the visitor guide…), each at /<lang>/<slug>/.
 * A slug that would take over a section's address stops the build instead of silently
 * replacing that section.
 */
import type { Language } from "../../content/content-types.ts";
import type { Entry } from "../../content/entry.ts";
import type { Page } from "../../types/content.generated.ts";
import { renderMarkdown } from "../../markdown/render-markdown.ts";
import { alternatesOf, missingLanguages } from "../language-versions.ts";
import { contentEditing } from "../content-editing.ts";
import { freePageUrl, reservedFreePageSlugs } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { FreePage } from "../types.ts";

/**
 * A page per published free-page version.
 * @example buildFreePages(context).map((page) => page.url) // ["/id/tentang/", …]
 */
export function buildFreePages(context: SiteContext): FreePage[] {
  const reserved = reservedFreePageSlugs();
  const pages: FreePage[] = [];
  for (const group of context.pages) {
    if (reserved.has(group.slug)) {
      const file = Object.values(group.versions)[0]?.file ?? group.slug;
      throw new Error(`${file}: the file name "${group.slug}" is already the address of a part of the site; rename the file`);
    }
    for (const lang of context.languages) {
      const entry = group.versions[lang] as Entry<Page> | undefined;
      if (!entry) continue;
      pages.push({
        type: "page",
        url: freePageUrl(lang, group.slug),
        lang,
        title: entry.data.title,
        description: entry.data.summary,
        alternates: alternatesOf(group, context.languages, (other: Language) => freePageUrl(other, group.slug)),
        missingTranslations: missingLanguages(group, context.languages),
        section: null,
        inSitemap: true,
        slug: group.slug,
        bodyHtml: renderMarkdown(entry.data.body),
        reviewed: entry.data.reviewed ?? null,
        editing: contentEditing("page", group.slug, entry.data.reviewed?.date ?? null),
      });
    }
  }
  return pages;
}
