// npm run measure:stemming: what Pagefind's Indonesian stemmer misses on this project's own
// vocabulary, and what the glossary keywords (lib/site/search-keywords.ts) win back. Prints figures.
//
// 1. Stemmer alone: one tiny page per word form, indexed in Indonesian; searching each form,
//    which forms of the same family does Pagefind find? (recall over all pairs of a family)
// 2. On the sample site: for each form, the share of the family's pages it finds (pages that
//    contain any form of the family), once with the pages as built and once with the keyword
//    lines removed from the same pages and the index rebuilt.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildSite } from "../lib/build/build-site.ts";
import { indexSite } from "../lib/search/index-site.ts";
import { launchChromium } from "../support/browser.ts";
import { serveDirectory } from "../support/static-server.ts";

/** Word families of this project's vocabulary: the base form first, then affixed forms. */
const FAMILIES: string[][] = [
  ["sosialisasi", "bersosialisasi", "mensosialisasikan", "disosialisasikan", "sosialisasikan"],
  ["radikal", "radikalisme", "radikalisasi", "deradikalisasi", "teradikalisasi", "radikalis"],
  ["kohesi", "berkohesi", "kohesif"],
  ["verifikasi", "memverifikasi", "diverifikasi", "terverifikasi"],
  ["advokasi", "mengadvokasi", "diadvokasi"],
  ["integrasi", "reintegrasi", "terintegrasi"],
  ["catat", "mencatat", "dicatat", "pencatatan", "catatan"],
  ["toleran", "toleransi", "intoleransi", "intoleran"],
  ["ekstrem", "ekstremisme", "ekstremis"],
  ["stigma", "stigmatisasi", "distigma"],
];

/** The keyword line of a built page (templates/components/search-data.njk). */
const KEYWORD_LINE = /<p [^>]*data-search-keywords[^>]*>[^<]*<\/p>/g;
const workspace = mkdtempSync(path.join(tmpdir(), "pustaka-stemming-"));

function htmlPages(dir: string): { url: string; content: string }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({
      url: `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, ""),
      content: readFileSync(path.join(dir, file), "utf8"),
    }));
}

async function search(page: Page, query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    window.pf ??= await import("/pagefind/pagefind.js");
    const search = await window.pf.search(${JSON.stringify(query)});
    return Promise.all(search.results.map(async (result) => (await result.data()).url));
  })()`) as Promise<string[]>;
}

const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`);

try {
  // 1. The stemmer alone.
  const forms = path.join(workspace, "forms");
  const formPages = FAMILIES.flat().map((form) => ({
    url: `/f/${form}/`,
    content: `<!doctype html><html lang="id"><body><main data-pagefind-body><p>${form}</p></main></body></html>`,
  }));
  writeFileSync(path.join(workspace, "index.html"), "");
  cpSync(path.join(workspace, "index.html"), path.join(forms, "id", "index.html"), { recursive: true });
  writeFileSync(path.join(forms, "id", "index.html"), `<!doctype html><html lang="id"><body></body></html>`);
  await indexSite(forms, formPages);

  // 2. The sample site, as built and without its keyword lines.
  const built = path.join(workspace, "site");
  await buildSite({ root: process.cwd(), outDir: built });
  const withoutKeywords = path.join(workspace, "site-without-keywords");
  cpSync(built, withoutKeywords, { recursive: true });
  const stripped = htmlPages(withoutKeywords).map((page) => ({ ...page, content: page.content.replace(KEYWORD_LINE, "") }));
  for (const page of stripped)
    writeFileSync(path.join(withoutKeywords, page.url.endsWith("/") ? `${page.url}index.html` : page.url), page.content);
  await indexSite(withoutKeywords, stripped);

  const browser = await launchChromium();
  const servers = await Promise.all([forms, built, withoutKeywords].map((dir) => serveDirectory(dir)));
  const [formServer, builtServer, bareServer] = servers as [(typeof servers)[0], (typeof servers)[0], (typeof servers)[0]];
  const open = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(`${url}/id/`);
    return page;
  };
  const formPage = await open(formServer.url);
  const builtPage = await open(builtServer.url);
  const barePage = await open(bareServer.url);

  console.log("1. Pagefind's Indonesian stemmer alone: searching a form finds which forms of its family");
  let pairs = 0;
  let found = 0;
  for (const family of FAMILIES) {
    const cells: string[] = [];
    let familyFound = 0;
    for (const form of family) {
      const hits = (await search(formPage, form)).map((url) => url.replace(/^\/f\/|\/$/g, ""));
      const inFamily = family.filter((other) => hits.includes(other));
      familyFound += inFamily.length;
      cells.push(`${form} ${inFamily.length}/${family.length}`);
    }
    pairs += family.length ** 2;
    found += familyFound;
    console.log(`  ${percent(familyFound, family.length ** 2).padStart(4)}  ${cells.join(", ")}`);
  }
  console.log(
    `  recall over every pair of forms: ${percent(found, pairs)} (${found}/${pairs}; 100% would mean every form finds every other)`,
  );

  console.log("\n2. Sample site (Indonesian index): share of a family's pages found by each form, without → with glossary keywords");
  let totalWithout = 0;
  let totalWith = 0;
  let totalWanted = 0;
  for (const family of FAMILIES) {
    // The family's pages: every page some form of the family finds in the index without keywords.
    const familyPages = new Set<string>();
    for (const form of family) for (const url of await search(barePage, form)) familyPages.add(url);
    const cells: string[] = [];
    for (const form of family) {
      const without = (await search(barePage, form)).filter((url) => familyPages.has(url)).length;
      const withKeywords = (await search(builtPage, form)).filter((url) => familyPages.has(url)).length;
      totalWithout += without;
      totalWith += withKeywords;
      totalWanted += familyPages.size;
      cells.push(`${form} ${without}→${withKeywords}`);
    }
    console.log(`  ${String(familyPages.size).padStart(3)} pages  ${cells.join(", ")}`);
  }
  console.log(
    `  recall over every form: ${percent(totalWithout, totalWanted)} without keywords → ${percent(totalWith, totalWanted)} with keywords`,
  );
  await browser.close();
  for (const server of servers) await server.close();
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
