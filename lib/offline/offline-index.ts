/**
 * The offline search index: a second, small Pagefind index of only the pages a reader's device
 * keeps at the first visit (lib/offline/offline-sections.ts: the home page, every training
 * module, the glossary), written to /pagefind-offline/. The service worker stores this one
 * instead of the site's full index (/pagefind/), whose fragments and word index grow with every
 * case study and activity; the search page falls back to it when the full index cannot be
 * reached (templates/assets/search.js) and says that offline search covers the modules and the
 * glossary only.
 *
 * It is built from the files this build wrote for those pages, after the full index, so it
 * holds exactly what those pages say: a draft is never written, so never indexed; and the
 * last gate of `npm run build` screens this folder for personal data like every other file
 * (lib/privacy/screen-site.ts reads every file of the site, index files by their names).
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Language } from "../content/content-types.ts";
import { EXCLUDE_SELECTORS } from "../search/index-site.ts";
import { outputFileOf } from "../content/routes.ts";
import { isPrecachedPage } from "./offline-sections.ts";

/** The folder of the offline index inside the site: its address is /pagefind-offline/. */
export const OFFLINE_INDEX_FOLDER = "pagefind-offline";

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(
      `Pagefind could not ${step}: the offline search index was not built.\n${response.errors.map((error) => `  - ${error}`).join("\n")}`,
    );
  }
}

/**
 * The pages of this build that go into the offline index: those kept offline in one of the
 * site's languages. Pages without data-pagefind-body among them (the offline page, the search
 * page) are read by Pagefind and skipped, as in the full index.
 * @example offlineIndexPages(["/id/", "/id/modul/satu/", "/id/kegiatan/"], ["id"]) // ["/id/", "/id/modul/satu/"]
 */
export function offlineIndexPages(pageUrls: readonly string[], languages: readonly Language[]): string[] {
  return pageUrls.filter((url) => languages.some((lang) => isPrecachedPage(url, lang)) && (url.endsWith("/") || url.endsWith(".html")));
}

/**
 * Indexes the written pages `pageUrls` that are kept offline and writes the index to
 * `<siteDir>/pagefind-offline/`, replacing any earlier one. Returns how many pages Pagefind
 * indexed. Throws with Pagefind's messages on any error.
 * @example await writeOfflineIndex("_site", ["/id/", "/id/modul/", "/id/glosarium/"], ["id", "en"]) // 3
 */
export async function writeOfflineIndex(siteDir: string, pageUrls: readonly string[], languages: readonly Language[]): Promise<number> {
  const outputPath = path.join(siteDir, OFFLINE_INDEX_FOLDER);
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    assertNoErrors("start", created);
    const { index } = created;
    if (!index) throw new Error("Pagefind could not start: it returned no index and no error.");
    for (const url of offlineIndexPages(pageUrls, languages)) {
      assertNoErrors(
        `index the page "${url}"`,
        await index.addHTMLFile({ url, content: readFileSync(outputFileOf(siteDir, url), "utf8") }),
      );
    }
    rmSync(outputPath, { recursive: true, force: true });
    assertNoErrors("write the offline index", await index.writeFiles({ outputPath }));
    // Pagefind's own count: the pages it kept (those with data-pagefind-body), per language.
    const entry = JSON.parse(readFileSync(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}
