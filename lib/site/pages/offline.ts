/**
 * "You are offline" pages, one per language (/id/offline.html, /en/offline.html): what the
 * service worker shows for a page that is not on the reader's device while the network is
 * off. They list what does work offline, from the same table the service worker caches from.
 */
import { OFFLINE_SECTIONS } from "../../offline/offline-sections.ts";
import { offlineUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { OfflinePage } from "../types.ts";

/**
 * @example buildOfflinePages(context)[0].available[1] // { label: "Modul pelatihan", url: "/id/modul/", lang: "id", section: "modules" }
 */
export function buildOfflinePages(context: SiteContext): OfflinePage[] {
  return context.languages.map((lang) => ({
    type: "offline",
    url: offlineUrl(lang),
    lang,
    title: context.t(lang, "offline.title"),
    description: context.t(lang, "offline.description"),
    alternates: context.languages.map((other) => ({ lang: other, url: offlineUrl(other) })),
    missingTranslations: [],
    section: null,
    // Not a page to find: it is only ever shown in place of another one.
    inSitemap: false,
    available: OFFLINE_SECTIONS.map(({ section, key }) => ({ label: context.t(lang, key), url: sectionUrl(section, lang), lang, section })),
  }));
}
