/**
 * The content security policy in real Chromium: the built sample site served with the headers
 * of its own `_headers` file (support/static-server.ts), one page of every type in both
 * languages, the site-wide 404, the search, and the CMS sign-in screen under its looser policy.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_POLICY, metaPolicyText, policyText, PUBLIC_POLICY } from "../../lib/site/security-headers.ts";
import { openSampleSite, publicHtmlFiles, type SampleSite } from "../helpers/sample-site.ts";
import type { StaticServer } from "../../support/static-server.ts";

let browser: Browser;
let server: StaticServer;
let out: string;
/** One address per page type and language, found in the built pages (`page--<type>` on <main>). */
let samples: Map<string, string>;

/** Every page type the site has; the test fails if the build stops producing one. */
const PAGE_TYPES = [
  "home",
  "module-index",
  "module",
  "case-study-index",
  "case-study",
  "decree-index",
  "decree",
  "activities",
  "team-index",
  "team",
  "action-plan",
  "glossary",
  "timeline",
  "case-statistics",
  "dashboard",
  "data",
  "search",
  "page",
  "not-found",
];

let site: SampleSite;

beforeAll(async () => {
  site = await openSampleSite();
  ({ browser, server, out } = site);
  samples = new Map();
  for (const file of publicHtmlFiles(out).sort()) {
    const html = readFileSync(file, "utf8");
    const type = /class="page page--([a-z-]+)"/.exec(html)?.[1];
    const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
    const url = `/${path.relative(out, file).replace(/index\.html$/, "")}`;
    if (type && lang && !samples.has(`${type} ${lang}`)) samples.set(`${type} ${lang}`, url);
  }
});

afterAll(async () => {
  await site?.close();
});

/**
 * A page that records every CSP violation: the DOM event (installed before any page script)
 * and Chromium's console report, which also covers what is blocked before scripts run.
 */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

describe("the content security policy in real Chromium", () => {
  it("finds a page of every type in both languages in the build", () => {
    const missing = PAGE_TYPES.flatMap((type) => ["id", "en"].map((lang) => `${type} ${lang}`)).filter((key) => !samples.has(key));
    expect(missing).toEqual([]);
  });

  it("serves every page of every type in both languages with the policy, and none of them breaks it", async () => {
    const visited: string[] = [];
    for (const [key, url] of [...samples, ["language-choice", "/"], ["missing page", "/id/tidak-ada/"]] as [string, string][]) {
      const { page, violations } = await watchedPage();
      const response = await page.goto(`${server.url}${url}`, { waitUntil: "load" });
      // The language choice forwards to /id/ at once; its own load is what is checked.
      if (key !== "language-choice") {
        expect(response?.headers()["content-security-policy"], url).toBe(policyText(PUBLIC_POLICY));
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"), url).toBe(
          metaPolicyText(PUBLIC_POLICY),
        );
      }
      await page.waitForLoadState("networkidle");
      expect(violations, `${key} ${url}`).toEqual([]);
      visited.push(key);
      await page.close();
    }
    expect(visited.length).toBeGreaterThanOrEqual(PAGE_TYPES.length * 2);
    // Every page waits for half a second without network traffic: about a minute on two busy
    // cores, so more than the default limit.
  }, 180_000);

  for (const { lang, query } of [
    { lang: "id", query: "sosialisasi" },
    { lang: "en", query: "awareness" },
  ]) {
    it(`still finds pages on the ${lang === "id" ? "Indonesian" : "English"} search page, with Pagefind's WebAssembly allowed and nothing else`, async () => {
      const { page, violations } = await watchedPage();
      await page.goto(`${server.url}${samples.get(`search ${lang}`)}?q=${query}`);
      await page.locator("[data-search-results] > li > a").first().waitFor({ timeout: 15_000 });
      expect(await page.locator("[data-search-results] > li > a").count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it("opens the CMS sign-in under the admin page's own policy without a violation", async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${server.url}/admin/`);
    expect(response?.headers()["content-security-policy"]).toBe(policyText(ADMIN_POLICY));
    // Decap's sign-in in Indonesian: the locale is registered and Decap started by our own scripts.
    await page.getByText("Masuk dengan GitHub").waitFor({ timeout: 20_000 });
    expect(violations).toEqual([]);
    await page.close();
  });
});
