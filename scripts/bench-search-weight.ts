// npm run bench:search: how many bytes a reader's browser fetches for a first one-word search,
// with our search page and with bare Pagefind (its default UI, and its API alone) on the same
// index of the same site. Printed figures, not a test: the budget is ours ≤ 1.25 × bare.
//
// Counted: every file the search fetches beyond what any page of the site fetches (the page
// itself, the stylesheet and the favicon are left out on both sides): our /assets/search.js,
// Pagefind's own UI files for the default UI, and everything under /pagefind/. A fresh browser
// context per measurement, so nothing comes from a cache. The static server does not compress,
// so bytes are file sizes; Pagefind's index files are compressed already.
//
// The measuring itself (server, browser, what counts) is lib/bench/site-session.ts and search-weight.ts, which
// `npm run bench` uses too.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "../lib/build/build-site.ts";
import { isOurSearchFile, isPagefindFile, SEARCH_TERMS, searchOurPage } from "../lib/bench/search-weight.ts";
import { openSiteSession } from "../lib/bench/site-session.ts";

const BUDGET = 1.25;
/** The default UI shows five results first; the API baseline loads as many. */
const BARE_RESULTS = 5;

const workspace = mkdtempSync(path.join(tmpdir(), "pustaka-bench-search-"));
const site = path.join(workspace, "site");
try {
  await buildSite({ root: process.cwd(), outDir: site });
  // Bare Pagefind pages, added to the built copy only: Pagefind's default UI exactly as its
  // documentation sets it up, and an empty page for its API. Indonesian, like our page.
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), html);
  };
  write("bench/bare-ui/index.html", `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bare</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: "#search" }); });</script></body></html>`);
  write("bench/bare-api/index.html", `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bare</title></head><body></body></html>`);

  const session = await openSiteSession(site);
  const { measure } = session;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: string[][] = [["term", "ours", "bare UI", "bare API", "ours/UI", "ours/API"]];
  let worst = 0;
  for (const term of SEARCH_TERMS) {
    const ours = await measure("/id/cari/", searchOurPage(term), isOurSearchFile);
    const bareUi = await measure(
      "/bench/bare-ui/",
      async (page) => {
        await page.locator(".pagefind-ui__search-input").fill(term);
        await page.locator(".pagefind-ui__result").first().waitFor();
      },
      isPagefindFile,
    );
    const bareApi = await measure(
      "/bench/bare-api/",
      async (page) => {
        await page.evaluate(`(async () => {
          const pagefind = await import("/pagefind/pagefind.js");
          const search = await pagefind.search(${JSON.stringify(term)});
          await Promise.all(search.results.slice(0, ${BARE_RESULTS}).map((result) => result.data()));
        })()`);
      },
      isPagefindFile,
    );
    const ratioApi = ours.bytes / bareApi.bytes;
    worst = Math.max(worst, ratioApi, ours.bytes / bareUi.bytes);
    rows.push([term, `${kb(ours.bytes)} (${ours.files} files)`, `${kb(bareUi.bytes)} (${bareUi.files})`, `${kb(bareApi.bytes)} (${bareApi.files})`, (ours.bytes / bareUi.bytes).toFixed(2), ratioApi.toFixed(2)]);
  }
  await session.close();

  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
  const verdict = worst <= BUDGET ? "PASS" : "FAIL";
  console.log(`${verdict}: our search fetches at most ${worst.toFixed(2)}× what bare Pagefind fetches (budget ${BUDGET}×).`);
  if (verdict === "FAIL") process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
