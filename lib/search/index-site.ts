/**
 * Builds the Pagefind index of a built site through Pagefind's Node API, checking every
 * response: Pagefind reports problems in an `errors` array rather than by throwing, and an
 * index silently missing pages is worse than a failed build.
 *
 * What is indexed is decided by the pages themselves (DESIGN.md §5): only the element marked
 * data-pagefind-body (the <main> of content pages) is read, so menus, footers and 404 pages
 * are not; Pagefind makes one index per <html lang>. Drafts are never in the output, so they
 * can never reach the index.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

/** The folder of the index inside the site: its address is /pagefind/. */
export const SEARCH_INDEX_FOLDER = "pagefind";

/** A page as Eleventy wrote it: its address and its HTML. */
export interface BuiltPage {
  url: string;
  content: string;
}

export interface IndexSummary {
  /** Pages Pagefind read (it indexes those with data-pagefind-body). */
  pages: number;
  /** The folder the index was written to. */
  outputPath: string;
}

/** Pagefind's own selectors to leave out, inside the main content too. */
const EXCLUDE_SELECTORS = [
  // Menus inside the main content (A–Z letters, previous/next, periods) are not content.
  "nav",
];

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}: the search index was not built.\n${response.errors.map((error) => `  - ${error}`).join("\n")}`);
  }
}

/**
 * Indexes `pages` (HTML pages; those without data-pagefind-body are read and skipped) and writes the index to
 * `<siteDir>/pagefind/`, replacing any earlier index there. Throws with Pagefind's messages
 * on any error.
 * @example await indexSite("_site", [{ url: "/id/", content: "<!doctype html>…" }]);
 */
export async function indexSite(siteDir: string, pages: readonly BuiltPage[]): Promise<IndexSummary> {
  const outputPath = path.join(siteDir, SEARCH_INDEX_FOLDER);
  const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  assertNoErrors("start", created);
  const { index } = created;
  if (!index) throw new Error("Pagefind could not start: it returned no index and no error.");
  try {
    let count = 0;
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.content });
      assertNoErrors(`index the page "${page.url}"`, added);
      count += 1;
    }
    // The dev server rebuilds into the same folder: no fragment of an older index may remain.
    rmSync(outputPath, { recursive: true, force: true });
    assertNoErrors("write the index", await index.writeFiles({ outputPath }));
    return { pages: count, outputPath };
  } finally {
    await pagefind.close();
  }
}
