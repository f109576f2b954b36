/**
 * Offline reading in real Chromium: after one visit, a reader's device keeps the training
 * modules, the glossary and search of their language, and shows the offline page for the rest.
 * Search offline runs on the small offline index (modules, glossary, home) and says so; online
 * it runs on the site's full index.
 * "Offline" here is the network really gone: the server cuts every connection (Playwright's
 * offline emulation alone does not reach a service worker's own requests) and the browser is
 * told it is offline. A second real build is then deployed to check that it replaces the cache.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../support/browser.ts";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { removeTree, REPO_ROOT } from "../../support/content-tree.ts";
import { serveDirectory, type StaticServer } from "../../support/static-server.ts";

const UPDATE_MARKER = "Kalimat tambahan dari pembaruan situs";
/** A word of an English module's text. */
const MODULE_WORD = "awareness";
/** A word of one English case study: no module or home page has it (the glossary has a word of the same stem). */
const CASE_STUDY_WORD = "customers";
/** What the search page says when it searches the offline index (data/i18n/en.json, search.offline). */
const OFFLINE_NOTICE = /offline: search covers only the training modules and the glossary/;

let workspace: string;
let root: string;
let browser: Browser;
let server: StaticServer;

const moduleSlugs = () => readdirSync(path.join(root, "content/modules/id")).map((file) => file.replace(/\.md$/, ""));

/** The cache version a build's service worker for `lang` uses. */
function builtVersion(siteDir: string, lang: string): string {
  const text = readFileSync(path.join(siteDir, lang, "sw.js"), "utf8");
  return /"version":"([0-9a-f]+)"/.exec(text)![1]!;
}

async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** Searches on the English search page and returns the result links once the count is shown. */
async function searchFor(page: Page, word: string): Promise<string[]> {
  await page.goto(`${server.url}/en/search/?q=${word}`);
  await page.waitForFunction(() => /\d/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  return page.locator("[data-search-results] > li > a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
}

/** The search index files (full or offline) `page` requests from now on, by address. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/pagefind(-offline)?\//.test(pathname)) seen.push(pathname);
  });
  return seen;
}

/** Opens `url` and waits until the service worker controls the page and has stored everything. */
async function visitOnce(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

function goOffline(context: BrowserContext): Promise<void> {
  server.setReachable(false);
  return context.setOffline(true);
}

function goOnline(context: BrowserContext): Promise<void> {
  server.setReachable(true);
  return context.setOffline(false);
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-offline-"));
  root = path.join(workspace, "root");
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  await buildInChildProcess(root, path.join(workspace, "site-1"));
  server = await serveDirectory(path.join(workspace, "site-1"));
  browser = await launchChromium();
});

// A failed test must not leave the next one without a network.
afterEach(() => server.setReachable(true));

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workspace) removeTree(workspace);
});

describe("reading offline after one visit", () => {
  it("opens every training module the reader never opened, in their language, with the network gone", async () => {
    const context = await browser.newContext();
    await visitOnce(context, `${server.url}/id/`);
    await goOffline(context);
    const page = await context.newPage();
    for (const slug of moduleSlugs()) {
      await page.goto(`${server.url}/id/modul/${slug}/`);
      const title = await page.locator("h1").textContent();
      expect(title?.trim().length, slug).toBeGreaterThan(0);
      expect(await page.locator("html").getAttribute("lang")).toBe("id");
      // The page is styled: the stylesheet came from the cache too.
      expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).not.toBe("");
    }
    // The glossary too, never opened either.
    await page.goto(`${server.url}/id/glosarium/`);
    expect(await page.locator("h1").textContent()).toBe("Glosarium");
    // And the network really is gone: a file that is not stored cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch("/robots.txt").then(
          () => "fetched",
          () => "failed",
        ),
      ),
    ).toBe("failed");
    await goOnline(context);
    await context.close();
  });

  it("finds modules with search while offline, from the offline index of the reader's language only, and says what it covers", async () => {
    const context = await browser.newContext();
    await visitOnce(context, `${server.url}/en/`);
    await goOffline(context);
    const page = await context.newPage();
    const requests = searchRequests(page);
    const links = await searchFor(page, MODULE_WORD);
    expect(links.length).toBeGreaterThan(0);
    expect(links.some((link) => link.startsWith("/en/modules/"))).toBe(true);
    expect(await page.locator("[data-search-offline]").isVisible()).toBe(true);
    expect(await page.locator("[data-search-offline]").textContent()).toMatch(OFFLINE_NOTICE);
    // What it does not cover, it does not pretend to: a case study's word finds no case study
    // offline, only what the offline index holds.
    const covered = (link: string) => link === "/en/" || link.startsWith("/en/modules/") || link === "/en/glossary/";
    expect((await searchFor(page, CASE_STUDY_WORD)).filter((link) => !covered(link))).toEqual([]);
    expect(links.filter((link) => !covered(link))).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // Only the full index's entry file is asked for (that is how the page learns it is offline).
    expect(requests.filter((request) => !request.startsWith("/pagefind-offline/"))).toEqual(
      requests.filter((request) => request === "/pagefind/pagefind-entry.json"),
    );
    // Only the English cache exists: the Indonesian index was never stored on this device.
    expect((await cacheNames(page)).every((name) => name.startsWith("pustaka-en-"))).toBe(true);
    await goOnline(context);
    await context.close();
  });

  it("searches the site's full index online, and keeps none of it on the device, so offline search is the offline index again", async () => {
    const context = await browser.newContext();
    await visitOnce(context, `${server.url}/en/`);
    const page = await context.newPage();
    const requests = searchRequests(page);
    const links = await searchFor(page, CASE_STUDY_WORD);
    expect(links.some((link) => link.startsWith("/en/case-studies/"))).toBe(true);
    expect(await page.locator("[data-search-offline]").isVisible()).toBe(false);
    expect(requests.some((request) => request.startsWith("/pagefind/fragment/"))).toBe(true);
    expect(requests.some((request) => request.startsWith("/pagefind-offline/"))).toBe(false);
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
      return keys.flat().map((request) => new URL(request.url).pathname);
    });
    expect(stored.filter((pathname) => pathname.startsWith("/pagefind/"))).toEqual([]);

    await goOffline(context);
    expect(await searchFor(page, MODULE_WORD)).not.toEqual([]);
    expect(await page.locator("[data-search-offline]").textContent()).toMatch(OFFLINE_NOTICE);
    await goOnline(context);
    await context.close();
  });

  it("shows the offline page, in the reader's language, for a page that is not on the device", async () => {
    const context = await browser.newContext();
    await visitOnce(context, `${server.url}/id/`);
    await goOffline(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/id/kegiatan/`);
    expect(await page.locator("h1").textContent()).toBe("Anda sedang luring");
    // It points to what does work offline, and those links open.
    await page.getByRole("link", { name: "Glosarium" }).last().click();
    await page.waitForURL(`${server.url}/id/glosarium/`);
    expect(await page.locator("h1").textContent()).not.toBe("Anda sedang luring");
    await goOnline(context);
    await context.close();
  });

  it("keeps a page the reader opened online, so it opens again offline", async () => {
    const context = await browser.newContext();
    const page = await visitOnce(context, `${server.url}/id/`);
    await page.goto(`${server.url}/id/kegiatan/`);
    const online = await page.locator("h1").textContent();
    await goOffline(context);
    await page.goto(`${server.url}/id/kegiatan/`);
    expect(await page.locator("h1").textContent()).toBe(online);
    await goOnline(context);
    await context.close();
  });
});

describe("a new build", () => {
  it("replaces the stored copy: the old cache is deleted and the edited module is what opens offline", async () => {
    const context = await browser.newContext();
    const page = await visitOnce(context, `${server.url}/id/`);
    const firstVersion = builtVersion(path.join(workspace, "site-1"), "id");
    expect(await cacheNames(page)).toEqual([`pustaka-id-${firstVersion}`]);

    const [slug] = moduleSlugs();
    const moduleFile = path.join(root, "content/modules/id", `${slug}.md`);
    writeFileSync(moduleFile, `${readFileSync(moduleFile, "utf8").trimEnd()}\n\n${UPDATE_MARKER}.\n`);
    await buildInChildProcess(root, path.join(workspace, "site-2"));
    server.serve(path.join(workspace, "site-2"));
    const secondVersion = builtVersion(path.join(workspace, "site-2"), "id");
    expect(secondVersion).not.toBe(firstVersion);

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    // The new worker stores the new build, then deletes the old cache as it takes over.
    await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([`pustaka-id-${secondVersion}`]);

    await goOffline(context);
    const reader = await context.newPage();
    await reader.goto(`${server.url}/id/modul/${slug}/`);
    expect(await reader.locator("main").textContent()).toContain(UPDATE_MARKER);
    await goOnline(context);
    await context.close();
  });
});
