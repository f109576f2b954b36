/**
 * Per-language entries (modules, case studies, pages) are separate files that share a slug.
 * These helpers pair them up, so a page knows its translations and a list in one language can
 * fall back to the other language's version instead of silently dropping an entry.
 */
import type { Language } from "../content/content-types.ts";
import type { Entry } from "../content/entry.ts";
import type { Alternate } from "./types.ts";

/** The published language versions of one entry. */
export interface LanguageVersions<T extends object> {
  slug: string;
  versions: Partial<Record<Language, Entry<T>>>;
}

/**
 * Pairs per-language entries by slug, sorted by slug so output order never depends on the
 * order files were read in.
 * @example groupByLanguage([idAbout, enAbout]) // [{ slug: "about", versions: { id: idAbout, en: enAbout } }]
 */
export function groupByLanguage<T extends object>(entries: Entry<T>[]): LanguageVersions<T>[] {
  const bySlug = new Map<string, LanguageVersions<T>>();
  for (const entry of entries) {
    if (!entry.lang) throw new Error(`${entry.file}: a per-language entry without a language`);
    const group = bySlug.get(entry.slug) ?? { slug: entry.slug, versions: {} };
    group.versions[entry.lang] = entry;
    bySlug.set(entry.slug, group);
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug, "en"));
}

/**
 * The language versions that exist, with their addresses, in the site's language order.
 * @example alternatesOf(group, ["id", "en"], (lang) => `/${lang}/about/`) // [{ lang: "id", url: "/id/about/" }, …]
 */
export function alternatesOf<T extends object>(
  group: LanguageVersions<T>,
  languages: readonly Language[],
  urlFor: (lang: Language) => string,
): Alternate[] {
  return languages.filter((lang) => group.versions[lang]).map((lang) => ({ lang, url: urlFor(lang) }));
}

/**
 * The site languages this entry has no published version in.
 * @example missingLanguages({ slug: "x", versions: { id: entry } }, ["id", "en"]) // ["en"]
 */
export function missingLanguages<T extends object>(group: LanguageVersions<T>, languages: readonly Language[]): Language[] {
  return languages.filter((lang) => !group.versions[lang]);
}

/**
 * The version to show to a reader of `lang`: their own language if it exists, otherwise the
 * first language (in site order) that does. Lists use it so that an untranslated entry is
 * still listed, marked with its language.
 * @example pickVersion({ slug: "x", versions: { id: entry } }, "en", ["id", "en"]) // entry (lang "id")
 */
export function pickVersion<T extends object>(group: LanguageVersions<T>, lang: Language, languages: readonly Language[]): Entry<T> {
  const own = group.versions[lang];
  if (own) return own;
  for (const other of languages) {
    const version = group.versions[other];
    if (version) return version;
  }
  throw new Error(`Entry "${group.slug}" has no language version`);
}
