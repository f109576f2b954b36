/**
 * How many bytes a reader's browser fetches for a first search, measured in real Chromium
 * against a built site served over HTTP (site-session.ts). Shared by
 * `npm run bench:search` (ours against bare Pagefind on the sample) and `npm run bench` (ours on
 * the synthetic corpus).
 *
 * Counted: every file the search fetches beyond what any page of the site fetches (the page
 * itself, the stylesheet and the favicon are left out): our /assets/search.js and everything
 * under /pagefind/.
 */
import type { Page } from "playwright-core";
import { sectionUrl } from "../lib/content/routes.ts";
import { openSiteSession, type Fetched } from "./site-session.ts";

/** Files of the Pagefind index and its scripts. */
export const isPagefindFile = (request: string) => request.startsWith("/pagefind/");
/** What our search page fetches to search: its script and Pagefind's files. */
export const isOurSearchFile = (request: string) => request === "/assets/search.js" || isPagefindFile(request);

/** One-word searches: a local word, a common verb-noun and a derived form the glossary adds. */
export const SEARCH_TERMS = ["arisan", "sosialisasi", "radikalisme"] as const;

/**
 * Types `term` into our search page's field, submits, and waits for the result count.
 * @example await session.measure("/id/cari/", searchOurPage("arisan"), isOurSearchFile);
 */
export function searchOurPage(term: string): (page: Page) => Promise<void> {
  return async (page) => {
    await page.locator("#search-query").fill(term);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /\d/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  };
}

/** A first search on our Indonesian search page, per term. */
export interface TermWeight extends Fetched {
  term: string;
}

/**
 * Bytes our Indonesian search page fetches for a first search of each term on the site in `siteDir`.
 * @example await firstSearchWeights("/tmp/bench/out") // [{ term: "arisan", bytes: 151234, files: 9 }, …]
 */
export async function firstSearchWeights(siteDir: string, terms: readonly string[] = SEARCH_TERMS): Promise<TermWeight[]> {
  const session = await openSiteSession(siteDir);
  try {
    const weights: TermWeight[] = [];
    for (const term of terms)
      weights.push({ term, ...(await session.measure(sectionUrl("search", "id"), searchOurPage(term), isOurSearchFile)) });
    return weights;
  } finally {
    await session.close();
  }
}
