/**
 * Builds the Pagefind index of a built site through Pagefind's Node API, checking every
 * response: Pagefind reports problems in an `errors` array rather than by throwing, and an
 * index silently missing pages is worse than a failed build.
 *
 * What is indexed is decided by the pages themselves: only the element marked
 * data-pagefind-body (the <main> of content pages) is read, so menus, footers and 404 pages
 * are not; Pagefind makes one index per <html lang>. Drafts are never in the output, so they
 * can never reach the index.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { BuiltPage } from "./search-index-messages.ts";

/** The folder of the index inside the site: its address is /pagefind/. */
export const SEARCH_INDEX_FOLDER = "pagefind";

export type { BuiltPage };

export interface IndexSummary {
  /** Pages Pagefind read (it indexes those with data-pagefind-body). */
  pages: number;
  /** The folder the index was written to. */
  outputPath: string;
}

/** Pagefind's own selectors to leave out, inside the main content too (the offline index's too). */
export const EXCLUDE_SELECTORS = [
  // Menus inside the main content (A–Z letters, previous/next, periods) are not content.
  "nav",
];

/** Pagefind reports problems in `errors`, not by throwing: a build stops on any. */
export function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(
      `Pagefind could not ${step}: the search index was not built.\n${response.errors.map((error) => `  - ${error}`).join("\n")}`,
    );
  }
}

/** An index being filled while the site is rendered; see startSearchIndex. */
export interface SearchIndexSession {
  /** Hands one page to Pagefind and returns at once; Pagefind reads it in its own process. */
  add(page: BuiltPage): void;
  /** Has Pagefind read every HTML page already written under `siteDir` (the dev server's rebuilds). */
  addFolder(siteDir: string): void;
  /**
   * Waits for every page handed over, writes the index to `<siteDir>/pagefind/` (replacing any
   * earlier index there) and stops Pagefind. Throws with Pagefind's messages on any error.
   */
  finish(siteDir: string): Promise<IndexSummary>;
  /** Stops Pagefind without writing (a build that failed half-way). */
  abandon(): Promise<void>;
}

/**
 * Starts Pagefind (a separate process) for pages handed over one by one. Handing pages over as
 * Eleventy renders them, instead of all at the end, lets Pagefind parse and index on the other
 * processor core while Eleventy renders the rest (lib/eleventy/search-index.ts).
 * @example const session = await startSearchIndex(); session.add(page); … await session.finish("_site");
 */
export async function startSearchIndex(): Promise<SearchIndexSession> {
  const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  assertNoErrors("start", created);
  const { index } = created;
  if (!index) throw new Error("Pagefind could not start: it returned no index and no error.");
  /** One promise per request, settling to the number of pages it added. */
  const pending: Promise<number>[] = [];
  return {
    add(page) {
      // Caught here and rethrown by finish(), so a failed page is never an unhandled rejection.
      pending.push(
        index.addHTMLFile({ url: page.url, content: page.content }).then((added) => {
          assertNoErrors(`index the page "${page.url}"`, added);
          return 1;
        }),
      );
    },
    addFolder(siteDir) {
      // Pagefind reads the files itself; the index folder is not HTML and is skipped.
      pending.push(
        index.addDirectory({ path: siteDir }).then((added) => {
          assertNoErrors(`index the pages in ${siteDir}`, added);
          return added.page_count;
        }),
      );
    },
    async finish(siteDir) {
      const outputPath = path.join(siteDir, SEARCH_INDEX_FOLDER);
      try {
        const settled = await Promise.allSettled(pending);
        const failures = settled.flatMap((result) =>
          result.status === "rejected" ? [(result.reason as Error).message ?? String(result.reason)] : [],
        );
        if (failures.length > 0) throw new Error(failures.join("\n"));
        // The dev server rebuilds into the same folder: no fragment of an older index may remain.
        rmSync(outputPath, { recursive: true, force: true });
        assertNoErrors("write the index", await index.writeFiles({ outputPath }));
        const pages = settled.reduce((sum, result) => sum + (result.status === "fulfilled" ? result.value : 0), 0);
        return { pages, outputPath };
      } finally {
        await pagefind.close();
      }
    },
    abandon: async () => {
      await pagefind.close();
    },
  };
}

/**
 * Indexes `pages` (HTML pages; those without data-pagefind-body are read and skipped) and writes the index to
 * `<siteDir>/pagefind/`, replacing any earlier index there. Throws with Pagefind's messages
 * on any error.
 * @example await indexSite("_site", [{ url: "/id/", content: "<!doctype html>…" }]);
 */
export async function indexSite(siteDir: string, pages: readonly BuiltPage[]): Promise<IndexSummary> {
  const session = await startSearchIndex();
  for (const page of pages) session.add(page);
  return session.finish(siteDir);
}
