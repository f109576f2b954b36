/**
 * Printing in real Chromium: modules, the decree and case studies, in both languages, under
 * print media (the rules of templates/layouts/print.css) and printed to PDF. pdftotext is not
 * installed here, so the printed text is checked in the print-media DOM rather than in the PDF:
 * what is display:none does not print, and a link's ::after content is what paper shows.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSampleSite, type SampleSite } from "../helpers/sample-site.ts";
import type { StaticServer } from "../../support/static-server.ts";

const SITE_URL = "https://pustaka-tangguh.example.org";
const PRINTED = [
  "/id/modul/sosialisasi-di-forum-warga/",
  "/en/modules/sosialisasi-di-forum-warga/",
  "/id/keputusan/kepgub-banten-339-05-2023/",
  "/en/decree/kepgub-banten-339-05-2023/",
  "/id/studi-kasus/penolakan-terhadap-keluarga-returni/",
  "/en/case-studies/penolakan-terhadap-keluarga-returni/",
];
/** Chrome that never belongs on paper. */
const CHROME = [".skip-link", ".site-header", ".site-search", ".language-switcher", ".site-footer", ".prev-next", ".content-editing"];

let browser: Browser;
let server: StaticServer;

let site: SampleSite;

beforeAll(async () => {
  site = await openSampleSite();
  ({ browser, server } = site);
});

afterAll(async () => {
  await site?.close();
});

async function printPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(`${server.url}${url}`);
  expect(response?.status(), url).toBe(200);
  await page.emulateMedia({ media: "print" });
  return page;
}

describe("printing modules, the decree and case studies in real Chromium", () => {
  for (const url of PRINTED) {
    it(`prints ${url} without the site's chrome, with link targets written out and headings kept with their text`, async () => {
      const page = await printPage(url);
      const shown = await page.evaluate(
        (selectors) =>
          selectors.filter((selector) =>
            Array.from(document.querySelectorAll(selector)).some((element) => getComputedStyle(element).display !== "none"),
          ),
        CHROME,
      );
      expect(shown).toEqual([]);
      // The main chrome is really on the page, so the check above is not passing vacuously.
      const present = await page.evaluate((selectors) => selectors.filter((selector) => document.querySelector(selector)), CHROME);
      expect(present).toEqual(expect.arrayContaining([".site-header", ".site-footer", ".content-editing"]));
      // Paper keeps the sample notice: handouts must not pass illustrative figures off as real.
      expect(
        await page.evaluate(() =>
          Array.from(document.querySelectorAll(".notice--sample")).some((element) => getComputedStyle(element).display !== "none"),
        ),
      ).toBe(true);

      const h1 = page.locator("main h1");
      expect(await h1.isVisible()).toBe(true);
      const afters = await page.evaluate(() =>
        Array.from(document.querySelectorAll("main a[href]"))
          .filter((link) => getComputedStyle(link).display !== "none" && link.closest(".content-editing, .prev-next") === null)
          .map((link) => ({ href: link.getAttribute("href") ?? "", after: getComputedStyle(link, "::after").content })),
      );
      const internal = afters.filter((link) => link.href.startsWith("/"));
      expect(internal.length, url).toBeGreaterThan(0);
      for (const link of internal) expect(link.after, link.href).toBe(`" (${SITE_URL}${link.href})"`);
      for (const link of afters.filter((link) => link.href.startsWith("http"))) expect(link.after, link.href).toBe(`" (${link.href})"`);
      for (const link of afters.filter((link) => link.href.startsWith("#"))) expect(link.after, link.href).toBe("none");

      const breaks = await page.evaluate(() => ({
        headings: Array.from(document.querySelectorAll("main h2, main h3")).map((heading) => getComputedStyle(heading).breakAfter),
        blocks: Array.from(document.querySelectorAll("main table, main figure, main dl")).map(
          (block) => getComputedStyle(block).breakInside,
        ),
      }));
      expect(breaks.headings.length).toBeGreaterThan(0);
      expect(new Set(breaks.headings)).toEqual(new Set(["avoid"]));
      for (const value of breaks.blocks) expect(value).toBe("avoid");
      await page.close();
    });
  }

  it("prints a module to a PDF of several A4 pages", async () => {
    const page = await printPage(PRINTED[1]!);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    // The module is several screens long; one page would mean the content was cut off.
    expect(pages.length).toBeGreaterThan(1);
    await page.close();
  });

  it("keeps the screen layout untouched: the header and footer show on screen", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${PRINTED[0]}`);
    expect(await page.locator(".site-header").isVisible()).toBe(true);
    expect(await page.locator(".site-footer").isVisible()).toBe(true);
    await page.close();
  });
});
