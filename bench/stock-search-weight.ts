/**
 * The first search on bare Pagefind, measured the same way as ours (search-weight.ts): the
 * same terms, a fresh Chromium context each (site-session.ts), every file under /pagefind/
 * counted, as stored and as a compressing host sends it. Bare Pagefind has no search page of
 * its own, so two are added to the built site's folder after it is built and indexed (they are
 * in no index): its default UI exactly as its documentation sets it up, and an empty page that
 * uses its API, loading the first five results as our page and the default UI show them.
 * Shared by `npm run bench` (the stock toolchain's own index) and `npm run bench:search` (our
 * index of the sample).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { Language } from "../lib/content/content-types.ts";
import { isPagefindFile } from "./search-weight.ts";
import type { Fetched, SiteSession } from "./site-session.ts";

/** Results whose fragments a first search loads: our page's and the default UI's first batch. */
export const FIRST_RESULTS = 5;

/** Addresses of the two added pages. */
export const PAGEFIND_UI_PAGE = "/bench/pagefind-ui/";
export const PAGEFIND_API_PAGE = "/bench/pagefind-api/";

/**
 * Writes the two bare Pagefind pages into `siteDir`, in `lang` (Pagefind picks the index of the
 * page's language).
 * @example writePagefindPages("/tmp/bench/stock-out", "id");
 */
export function writePagefindPages(siteDir: string, lang: Language): void {
  const write = (address: string, html: string) => {
    const file = path.join(siteDir, address, "index.html");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
  };
  write(
    PAGEFIND_UI_PAGE,
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: "#search" }); });</script></body></html>`,
  );
  write(
    PAGEFIND_API_PAGE,
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind API</title></head><body></body></html>`,
  );
}

/** Types `term` into Pagefind's default UI and waits for its first result. */
export function searchPagefindUi(term: string): (page: Page) => Promise<void> {
  return async (page) => {
    await page.locator(".pagefind-ui__search-input").fill(term);
    await page.locator(".pagefind-ui__result").first().waitFor();
  };
}

/** Searches `term` through Pagefind's API and loads the first results' data. */
export function searchPagefindApi(term: string): (page: Page) => Promise<void> {
  return async (page) => {
    await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const search = await pagefind.search(${JSON.stringify(term)});
      await Promise.all(search.results.slice(0, ${FIRST_RESULTS}).map((result) => result.data()));
    })()`);
  };
}

/** A first search of one term on bare Pagefind, both ways. */
export interface PagefindTermWeight {
  term: string;
  ui: Fetched;
  api: Fetched;
}

/**
 * The bare Pagefind first search of each term, in a session over a site holding the pages of
 * writePagefindPages.
 * @example await pagefindFirstSearches(session, ["arisan"]) // [{ term: "arisan", ui: {…}, api: {…} }]
 */
export async function pagefindFirstSearches(session: SiteSession, terms: readonly string[]): Promise<PagefindTermWeight[]> {
  const weights: PagefindTermWeight[] = [];
  for (const term of terms) {
    const ui = await session.measure(PAGEFIND_UI_PAGE, searchPagefindUi(term), isPagefindFile);
    const api = await session.measure(PAGEFIND_API_PAGE, searchPagefindApi(term), isPagefindFile);
    weights.push({ term, ui, api });
  }
  return weights;
}

/**
 * The lighter of the two bare ways, per term: what the first-search ratio is judged against
 * (the strictest peer).
 * @example lighterWay({ term: "x", ui: { bytes: 9, transferBytes: 5, files: 9 }, api: { bytes: 8, transferBytes: 4, files: 7 } }) // the api figures
 */
export function lighterWay(weight: PagefindTermWeight): Fetched {
  return weight.api.transferBytes <= weight.ui.transferBytes ? weight.api : weight.ui;
}
