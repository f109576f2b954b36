// npm run bench:search: how many bytes a reader's browser fetches for a first one-word search on
// the sample, with our search page and our index, and with bare Pagefind — its API and its
// default UI — on the index Pagefind's own command line makes of the same built pages (the
// stock toolchain's step, bench/stock-toolchain.ts). Printed figures, not a test: the
// budget is ours ≤ 1.1× the lighter bare way, for every term (bench/budgets.ts).
//
// Counted: every file the search fetches beyond what any page of the site fetches (the page
// itself, the stylesheet and the favicon are left out on both sides): our /assets/search.js,
// Pagefind's own UI files for the default UI, and everything under /pagefind/. A fresh browser
// context per measurement, so nothing comes from a cache. Compared as a compressing static host
// sends the files (bench/site-session.ts); the bytes as stored are printed too.
//
// The measuring itself (server, browser, what counts) is bench/site-session.ts,
// search-weight.ts and stock-search-weight.ts, which `npm run bench` uses too.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "../lib/build/build-site.ts";
import { LIMITS } from "../bench/budgets.ts";
import { runPagefindCli } from "../bench/run-stock.ts";
import { isOurSearchFile, SEARCH_TERMS, searchOurPage } from "../bench/search-weight.ts";
import { openSiteSession, type Fetched } from "../bench/site-session.ts";
import { lighterWay, pagefindFirstSearches, writePagefindPages } from "../bench/stock-search-weight.ts";
import { table } from "../bench/text-table.ts";
import { formatBytes } from "../bench/units.ts";
import { SEARCH_INDEX_FOLDER } from "../lib/search/index-site.ts";

const BUDGET = LIMITS.firstSearchRatio.max;

const workspace = mkdtempSync(path.join(tmpdir(), "pustaka-bench-search-"));
const site = path.join(workspace, "site");
const stockSite = path.join(workspace, "stock-site");
try {
  await buildSite({ root: process.cwd(), outDir: site });
  // The same pages, indexed by Pagefind's command line instead of our build.
  cpSync(site, stockSite, { recursive: true });
  rmSync(path.join(stockSite, SEARCH_INDEX_FOLDER), { recursive: true, force: true });
  await runPagefindCli(stockSite);
  writePagefindPages(stockSite, "id");

  const oursSession = await openSiteSession(site);
  const ours: Fetched[] = [];
  try {
    for (const term of SEARCH_TERMS) ours.push(await oursSession.measure("/id/cari/", searchOurPage(term), isOurSearchFile));
  } finally {
    await oursSession.close();
  }
  const stockSession = await openSiteSession(stockSite);
  const bare = await pagefindFirstSearches(stockSession, SEARCH_TERMS).finally(() => stockSession.close());

  const weight = (fetched: Fetched) => `${formatBytes(fetched.transferBytes)} / ${formatBytes(fetched.bytes)} (${fetched.files} files)`;
  const rows = [["term", "ours", "bare Pagefind API", "bare Pagefind UI", "ours / lighter bare"]];
  let worst = 0;
  SEARCH_TERMS.forEach((term, index) => {
    const mine = ours[index] as Fetched;
    const theirs = bare[index]!;
    const ratio = mine.transferBytes / lighterWay(theirs).transferBytes;
    worst = Math.max(worst, ratio);
    rows.push([term, weight(mine), weight(theirs.api), weight(theirs.ui), `${ratio.toFixed(2)}×`]);
  });
  console.log("first search on the sample, compressed as a static host sends it / as stored:");
  for (const line of table(rows)) console.log(line);
  const verdict = worst <= BUDGET ? "PASS" : "FAIL";
  console.log(
    `${verdict}: our search fetches at most ${worst.toFixed(2)}× what bare Pagefind fetches on its own index of the same pages (budget ${BUDGET}×).`,
  );
  if (verdict === "FAIL") process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
