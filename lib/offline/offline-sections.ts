/**
 * What a reader has without a connection, decided once: the offline page tells readers what
 * they have, and the service worker's precache list (precache-manifest.ts) is built from the
 * same table, so the page cannot promise a section the cache does not hold.
 *
 * Kept offline: what a volunteer refreshing their training in the field needs — the home page,
 * every training module, the glossary and search, over those pages only (offline-index.ts: the
 * site's full index grows with every record and would not fit a small data plan).
 * Everything else (case studies, activities, figures, downloads, the CMS) is cached only once
 * opened, and needs the network the first time.
 */
import type { Language } from "../content/content-types.ts";
import { offlineUrl, sectionUrl, type Section } from "../content/routes.ts";

/** Sections whose pages are stored on the reader's device at the first visit, with their menu label key. */
export const OFFLINE_SECTIONS: readonly { section: Section; key: string }[] = [
  { section: "home", key: "nav.home" },
  { section: "modules", key: "nav.modules" },
  { section: "glossary", key: "nav.glossary" },
  { section: "search", key: "search.title" },
];

/**
 * Whether the page at `url` is stored for offline reading in `lang`: a section index above,
 * any page inside the modules section, or the offline page itself.
 * @example isPrecachedPage("/id/modul/mengenali-tanda-awal/", "id") // true
 * @example isPrecachedPage("/id/kegiatan/", "id") // false
 */
export function isPrecachedPage(url: string, lang: Language): boolean {
  if (url === offlineUrl(lang)) return true;
  if (url.startsWith(sectionUrl("modules", lang))) return true;
  return OFFLINE_SECTIONS.some(({ section }) => url === sectionUrl(section, lang));
}
