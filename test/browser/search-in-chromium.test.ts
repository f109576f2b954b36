/**
 * Search in real Chromium, over HTTP, on the shipped sample plus one draft module (whose
 * marker must never be findable). Built once for the whole file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INDEX_FILE, indexFileText } from "../../lib/search/decompress-index.ts";
import { launchChromium } from "../../support/browser.ts";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { markdownFile, removeTree, REPO_ROOT } from "../../support/content-tree.ts";
import { serveDirectory, type StaticServer } from "../../support/static-server.ts";

const DRAFT_MARKER = "zqdraftkata";
/** The core of the public pages' policy (lib/site/security-headers.ts): search must work under it. */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

let workspace: string;
let out: string;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-search-"));
  const root = path.join(workspace, "root");
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  writeFileSync(
    path.join(root, "content/modules/id/draf-rahasia.md"),
    markdownFile(
      `title: ${DRAFT_MARKER} modul
summary: ${DRAFT_MARKER} ringkasan
pillar: awareness
order: 41
durationMinutes: 30
objectives: [${DRAFT_MARKER}]
discussionQuestions: [${DRAFT_MARKER}?]
glossaryTerms: [arisan]
reviewed: { role: Fasilitator yayasan, date: 2024-11-20 }
draft: true`,
      `## ${DRAFT_MARKER}\n\nSosialisasi arisan ${DRAFT_MARKER}.\n`,
    ),
  );
  out = path.join(workspace, "site");
  await buildInChildProcess(root, out);
  server = await serveDirectory(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workspace) removeTree(workspace);
});

/** A browser context whose every response carries the site's content security policy. */
async function strictContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  // No service worker: it would fetch the index in the background for offline use
  // (test/browser/offline-in-chromium.test.ts), and these tests count what searching fetches.
  const context = await browser.newContext({ ...options, serviceWorkers: "block" });
  await context.route("**/*", async (route) => {
    // A request the page gave up on meanwhile (a newer search, the next test's navigation) has
    // no one left to answer: that is not a failure of the page.
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": CSP } });
    } catch (error) {
      if (!/disposed|closed|cancel/i.test((error as Error).message)) throw error;
    }
  });
  return context;
}

/**
 * Results' addresses for `query`, through Pagefind's own browser API: the page imports
 * /pagefind/pagefind.js itself (a string, so the test runner does not rewrite the import).
 */
async function pagefindResults(
  page: Page,
  query: string | null,
  filters: Record<string, string> = {},
): Promise<{ url: string; content: string }[]> {
  await page.evaluate(`(async () => { window.pagefindUnderTest ??= await import("/pagefind/pagefind.js"); })()`);
  return page.evaluate(
    async ({ query, filters }) => {
      type Data = { url: string; content: string };
      const pagefind = (
        window as unknown as {
          pagefindUnderTest: { search(q: string | null, o: object): Promise<{ results: { data(): Promise<Data> }[] }> };
        }
      ).pagefindUnderTest;
      const search = await pagefind.search(query, { filters });
      return Promise.all(
        search.results.map(async (result) => {
          const { url, content } = await result.data();
          return { url, content };
        }),
      );
    },
    { query, filters },
  );
}

async function pagefindSearch(page: Page, query: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  return (await pagefindResults(page, query, filters)).map((result) => result.url);
}

/** The number the status line announces, once a search has finished. */
async function announcedCount(page: Page): Promise<number> {
  const status = page.locator("[data-search-status]");
  await page.waitForFunction(() => /\d|Tidak|No /.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  const text = (await status.textContent()) ?? "";
  return /^(Tidak|No )/.test(text) ? 0 : Number(/\d+/.exec(text)?.[0]);
}

/** Clears the status, makes a change, and waits for the new announcement. */
async function countAfter(page: Page, change: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    document.querySelector("[data-search-status]")!.textContent = "";
  });
  await change();
  return announcedCount(page);
}

const resultLinks = (page: Page) =>
  page.locator("[data-search-results] > li > a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));

describe("searching from the header in real Chromium", () => {
  for (const { lang, query, searchPath } of [
    { lang: "id", query: "sosialisasi", searchPath: "/id/cari/" },
    { lang: "en", query: "awareness", searchPath: "/en/search/" },
  ]) {
    it(`answers a query typed on a ${lang === "id" ? "n Indonesian" : "n English"} page with pages in that language only, announced and loaded on demand`, async () => {
      const context = await strictContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
      });
      const before = server.requests.length;
      await page.goto(`${server.url}/${lang}/`);
      // An ordinary page view fetches no search code and no index (offline.js only registers the offline worker).
      expect(
        server.requests
          .slice(before)
          .filter((request) => request.startsWith("/pagefind/") || (request.endsWith(".js") && request !== "/assets/offline.js")),
      ).toEqual([]);
      await page.getByRole("searchbox").first().fill(query);
      await page.keyboard.press("Enter");
      await page.waitForURL(`${server.url}${searchPath}?q=${query}`);
      const count = await announcedCount(page);
      expect(count).toBeGreaterThan(1);
      // The count is in a live region, so a screen reader announces it.
      expect(await page.locator("[data-search-status]").getAttribute("aria-live")).toBe("polite");
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.startsWith(`/${lang}/`), link).toBe(true);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      // Labelled field on the search page.
      expect(await page.getByLabel(lang === "id" ? "Cari di situs" : "Search the site").count()).toBe(1);
      expect(violations).toEqual([]);
      // Pagefind searched on the page: its web worker (a second copy of its code, and a second
      // download of everything on a weak signal when it starts late) was never fetched.
      const fetched = server.requests.slice(before);
      expect(fetched.filter((request) => request.startsWith("/pagefind/pagefind-worker"))).toEqual([]);
      expect(fetched).toContain("/pagefind/pagefind.js");
      await context.close();
    });
  }

  it("narrows the results with each filter", async () => {
    const context = await strictContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/id/cari/?q=sosialisasi`);
    const all = await announcedCount(page);
    for (const key of ["type", "pillar", "kelurahan", "year"]) {
      const select = page.locator(`select[name="${key}"]`);
      const values = (
        await select.locator("option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
      ).filter(Boolean);
      expect(values.length, key).toBeGreaterThan(0);
      let narrowed = false;
      for (const value of values) {
        const count = await countAfter(page, () => select.selectOption(value));
        expect(count, `${key}=${value}`).toBeLessThanOrEqual(all);
        if (count > 0 && count < all) {
          narrowed = true;
          if (key === "type") {
            const facts = await page.locator(".search-results__meta").allTextContents();
            for (const fact of facts) expect(fact.startsWith(value), fact).toBe(true);
          }
          break;
        }
      }
      expect(narrowed, `some ${key} value narrows "sosialisasi"`).toBe(true);
      expect(await countAfter(page, () => select.selectOption(""))).toBe(all);
    }
    await context.close();
  });

  it("shows five results at first and five more on request, moving the keyboard to the first new one", async () => {
    const context = await strictContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/en/search/?q=arisan`);
    expect(await announcedCount(page)).toBeGreaterThan(10);
    expect(await page.locator("[data-search-results] > li").count()).toBe(5);
    await page.getByRole("button", { name: "Show more results" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-search-results] > li").length === 10);
    await page.waitForFunction(() => document.activeElement === document.querySelectorAll("[data-search-results] > li > a")[5]);
    await context.close();
  });

  it("sorts by date, newest first, when asked", async () => {
    const context = await strictContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/en/search/?q=tim&type=${encodeURIComponent("Training modules")}&sort=date:desc`);
    expect(await announcedCount(page)).toBeGreaterThan(1);
    expect(await page.locator("#search-filter-type").inputValue()).toBe("Training modules");
    await context.close();
  });
});

describe("the search page without JavaScript", () => {
  for (const { lang, query, glossary, glossaryUrl } of [
    { lang: "id", query: "arisan", glossary: "Glosarium", glossaryUrl: "/id/glosarium/" },
    { lang: "en", query: "arisan", glossary: "Glossary", glossaryUrl: "/en/glossary/" },
  ]) {
    it(`offers the A–Z index of every ${lang} page instead of results`, async () => {
      const context = await strictContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}/`);
      await page.getByRole("searchbox").first().fill(query);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\?q=arisan$/);
      expect(await page.locator("[data-search-no-script]").isVisible()).toBe(true);
      expect(await page.locator("[data-search-filters]").isVisible()).toBe(false);
      const links = await page
        .locator(".az-index > ul li a")
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
      expect(links.length).toBeGreaterThan(20);
      for (const link of links) expect(link.startsWith(`/${lang}/`), link).toBe(true);
      await page.locator(".az-index").getByRole("link", { name: glossary, exact: true }).click();
      await page.waitForURL(`${server.url}${glossaryUrl}`);
      await context.close();
    });
  }
});

describe("the search index of the built sample", () => {
  it("holds no draft text, neither findable nor in any decompressed index file", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/id/`);
    // Pagefind may still return a page for a prefix of the marker ("z" of "A–Z"): what matters
    // is that no result holds the draft's text.
    const found = await pagefindResults(page, DRAFT_MARKER);
    expect(found.filter((result) => result.content.toLowerCase().includes(DRAFT_MARKER))).toEqual([]);
    await page.close();
    const files = readdirSync(path.join(out, "pagefind"), { recursive: true, encoding: "utf8" }).filter((file) => INDEX_FILE.test(file));
    const text = files.map((file) => indexFileText(file, readFileSync(path.join(out, "pagefind", file)))).join("\n");
    expect(text).toContain("sosialisasi"); // the index is read, not just opened
    expect(text.toLowerCase()).not.toContain(DRAFT_MARKER);
  });

  // Queries this project did not tune for (no keyword was added for them), through Pagefind's
  // own API. Each expected page is the one a reader means: it is about exactly that.
  const UNTUNED: { lang: "id" | "en"; query: string; expected: string; why: string }[] = [
    {
      lang: "id",
      query: "pekerjaan mantan napiter",
      expected: "/id/studi-kasus/mantan-napiter-mencari-pekerjaan/",
      why: "the case of a former convict looking for work",
    },
    {
      lang: "id",
      query: "parkir",
      expected: "/id/studi-kasus/ujaran-intoleran-antarkelompok-warga/",
      why: "the dispute that started over parking",
    },
    {
      lang: "id",
      query: "verifikasi dua sumber",
      expected: "/id/modul/mencatat-dan-memverifikasi-kasus/",
      why: "the module that teaches verifying with two sources",
    },
    { lang: "id", query: "grup whatsapp", expected: "/id/modul/literasi-digital-keluarga/", why: "the module on family WhatsApp groups" },
    {
      lang: "id",
      query: "anak remaja",
      expected: "/id/studi-kasus/remaja-dan-konten-ekstrem-daring/",
      why: "the case of a teenager drawn into online content",
    },
    {
      lang: "en",
      query: "parking dispute",
      expected: "/en/case-studies/ujaran-intoleran-antarkelompok-warga/",
      why: "the case that began as a parking dispute",
    },
    {
      lang: "en",
      query: "mayoral regulation",
      expected: "/en/modules/advokasi-perwal-dan-radpe/",
      why: "the module on the proposed mayoral regulation (Perwal)",
    },
    {
      lang: "en",
      query: "teenager social media",
      expected: "/en/case-studies/remaja-dan-konten-ekstrem-daring/",
      why: "the case of a teenager and extremist content on social media",
    },
    {
      lang: "en",
      query: "two sources",
      expected: "/en/modules/mencatat-dan-memverifikasi-kasus/",
      why: "the module on verifying a case with two sources",
    },
    {
      lang: "en",
      query: "returnee family",
      expected: "/en/case-studies/penolakan-terhadap-keluarga-returni/",
      why: "the case of residents rejecting a returnee family",
    },
  ];
  for (const { lang, query, expected, why } of UNTUNED) {
    it(`finds ${why} among the first three results for "${query}" (${lang}), and only ${lang} pages`, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${lang}/`);
      const urls = await pagefindSearch(page, query);
      expect(urls.slice(0, 3)).toContain(expected);
      for (const url of urls) expect(url.startsWith(`/${lang}/`), url).toBe(true);
      await page.close();
    });
  }

  it("finds local terms on the English site: arisan and majelis taklim lead to the English pages that explain them", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/`);
    for (const query of ["arisan", "majelis taklim"]) {
      const urls = await pagefindSearch(page, query);
      expect(urls, query).toContain("/en/glossary/");
      expect(urls, query).toContain("/en/modules/sosialisasi-di-forum-warga/");
      for (const url of urls) expect(url.startsWith("/en/"), url).toBe(true);
    }
    // An Indonesian word only in the glossary's keywords finds English pages through them.
    expect(await pagefindSearch(page, "pengajian")).toContain("/en/modules/sosialisasi-di-forum-warga/");
    await page.close();
  });

  it("finds affixed Indonesian forms the stemmer leaves alone, through the glossary keywords", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/id/`);
    for (const [query, expected] of [
      ["bersosialisasi", "/id/modul/sosialisasi-di-forum-warga/"],
      ["mensosialisasikan", "/id/modul/sosialisasi-di-forum-warga/"],
      ["berkohesi", "/id/modul/bekerja-melalui-kelompok-warga/"],
      ["teradikalisasi", "/id/modul/tanda-awal-tanpa-stigma/"],
    ] as const) {
      expect(await pagefindSearch(page, query), query).toContain(expected);
    }
    await page.close();
  });
});
