/**
 * Reading on a phone, in real Chromium: the built sample site at 390 × 844 and 320 × 844, with
 * JavaScript off (as on a weak signal, before any script arrives) and on, in both languages.
 * Every page type shows its title within the top 320 px and the start of its first paragraph
 * on the first screen; nothing scrolls sideways; every control and every link that stands on
 * its own is at least 44 × 44 px; the menu folds behind "Menu" and opens without a script.
 * Screenshots of every page type at 390 px are written to tmp/phone-screenshots/ (ignored by
 * Git) for a person to look at.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../support/content-tree.ts";
import { openSampleSite, type SampleSite } from "../helpers/sample-site.ts";
import type { StaticServer } from "../../support/static-server.ts";

const SCREENSHOTS = path.join(REPO_ROOT, "tmp/phone-screenshots");
const PHONE = { width: 390, height: 844 };
const NARROWEST = 320;
/** How far down a page's title may end on a 390 × 844 screen. */
const TITLE_BY = 320;

/** One page of each type, in each language. */
const PAGE_TYPES: Record<string, Record<"id" | "en", string>> = {
  home: { id: "/id/", en: "/en/" },
  "module index": { id: "/id/modul/", en: "/en/modules/" },
  module: { id: "/id/modul/mengenal-tim-tangguh/", en: "/en/modules/mengenal-tim-tangguh/" },
  "case study index": { id: "/id/studi-kasus/", en: "/en/case-studies/" },
  "case study": { id: "/id/studi-kasus/mantan-napiter-mencari-pekerjaan/", en: "/en/case-studies/mantan-napiter-mencari-pekerjaan/" },
  "decree index": { id: "/id/keputusan/", en: "/en/decree/" },
  decree: { id: "/id/keputusan/kepgub-banten-339-05-2023/", en: "/en/decree/kepgub-banten-339-05-2023/" },
  glossary: { id: "/id/glosarium/", en: "/en/glossary/" },
  activities: { id: "/id/kegiatan/", en: "/en/activities/" },
  dashboard: { id: "/id/dasbor/", en: "/en/dashboard/" },
  search: { id: "/id/cari/", en: "/en/search/" },
  about: { id: "/id/about/", en: "/en/about/" },
  "visitor guide": { id: "/id/visitor-guide/", en: "/en/visitor-guide/" },
  "team index": { id: "/id/tim/", en: "/en/teams/" },
  team: { id: "/id/tim/jombang/", en: "/en/teams/jombang/" },
  timeline: { id: "/id/linimasa/", en: "/en/timeline/" },
  "action plan": { id: "/id/rencana-tindak-lanjut/", en: "/en/action-plan/" },
  "case statistics": { id: "/id/statistik-kasus/", en: "/en/case-statistics/" },
  data: { id: "/id/data/", en: "/en/data/" },
  "not found": { id: "/id/halaman-yang-tidak-ada/", en: "/en/no-such-page/" },
};
const EVERY_PAGE = Object.entries(PAGE_TYPES).flatMap(([type, urls]) =>
  (["id", "en"] as const).map((lang) => ({ type, lang, url: urls[lang] })),
);

let site: SampleSite;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  site = await openSampleSite();
  ({ browser, server } = site);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await site?.close();
});

interface Layout {
  titleBottom: number;
  firstParagraphTop: number | null;
  pageWidth: number;
  screenWidth: number;
  /** Controls and stand-alone links smaller than 44 × 44 px, described. */
  smallTargets: string[];
}

/** Where the page's title and first paragraph are, how wide the page is, and which targets are too small. */
async function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const title = document.querySelector("main h1");
    if (!title) throw new Error("no <h1> in <main>");
    const follows = (element: Element) => (title.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const paragraph = Array.from(document.querySelectorAll("main p")).find(
      (p) => follows(p) && (p.textContent ?? "").trim() !== "" && p.getBoundingClientRect().height > 0,
    );
    // A link inside running text keeps its line's size (WCAG 2.5.8's exception for inline
    // targets): one in a paragraph or cell, or one with words before it in its list item.
    const inRunningText = (link: Element) => {
      if (link.closest("p, td, dd, blockquote, figcaption")) return true;
      const parent = link.parentElement;
      if (!parent) return false;
      const range = document.createRange();
      range.setStart(parent, 0);
      range.setEndBefore(link);
      return range.toString().trim() !== "";
    };
    const smallTargets = Array.from(document.querySelectorAll("a[href], button, summary, input, select"))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.bottom < 0 || getComputedStyle(element).visibility === "hidden") return false;
        if (element.tagName === "A" && inRunningText(element)) return false;
        return box.width < 44 || box.height < 44;
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
    return {
      titleBottom: Math.round(title.getBoundingClientRect().bottom),
      firstParagraphTop: paragraph ? Math.round(paragraph.getBoundingClientRect().top) : null,
      pageWidth: document.documentElement.scrollWidth,
      screenWidth: window.innerWidth,
      smallTargets,
    };
  });
}

describe("reading on a phone in real Chromium", () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`shows every page's title in the top ${TITLE_BY} px and its first paragraph on the first screen of a 390 × 844 phone (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      const late: string[] = [];
      for (const { type, lang, url } of EVERY_PAGE) {
        await page.goto(`${server.url}${url}`);
        const layout = await layoutOf(page);
        if (layout.titleBottom > TITLE_BY) late.push(`${url} (${type}): title ends at ${layout.titleBottom} px`);
        if (layout.firstParagraphTop === null || layout.firstParagraphTop >= PHONE.height)
          late.push(`${url} (${type}): first paragraph starts at ${layout.firstParagraphTop} px`);
        if (!javaScriptEnabled)
          await page.screenshot({ path: path.join(SCREENSHOTS, `${PHONE.width}-${lang}-${type.replaceAll(" ", "-")}.png`) });
      }
      await context.close();
      expect(late).toEqual([]);
    }, 180_000);
  }

  for (const width of [NARROWEST, PHONE.width]) {
    it(`never scrolls sideways, and every control or stand-alone link is at least 44 × 44 px, at ${width} px wide`, async () => {
      const context = await browser.newContext({ viewport: { width, height: PHONE.height }, javaScriptEnabled: false });
      const page = await context.newPage();
      const wide: string[] = [];
      const small: string[] = [];
      for (const { url } of EVERY_PAGE) {
        await page.goto(`${server.url}${url}`);
        const layout = await layoutOf(page);
        if (layout.pageWidth > layout.screenWidth) wide.push(`${url}: ${layout.pageWidth} px wide`);
        small.push(...layout.smallTargets.map((target) => `${url}: ${target}`));
      }
      await context.close();
      expect(wide).toEqual([]);
      expect(small).toEqual([]);
    }, 180_000);
  }

  it("folds the menu behind a Menu button that opens without JavaScript, from the keyboard too; search and the other language stay on the first row", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/id/kegiatan/`);
    const toggle = page.locator("summary.site-menu__toggle");
    const phoneMenu = page.locator(".site-menu nav");
    expect(await toggle.innerText()).toBe("Menu");
    expect(await page.locator(".site-header__nav").isVisible()).toBe(false);
    expect(await phoneMenu.getByRole("link", { name: "Beranda" }).isVisible()).toBe(false);
    // The search box and the other language are one tap away, above the page's title.
    const titleTop = (await page.locator("main h1").boundingBox())!.y;
    for (const control of [page.getByRole("searchbox"), page.getByRole("link", { name: "English" })]) {
      const box = (await control.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(titleTop);
    }
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => phoneMenu.getByRole("link", { name: "Beranda" }).isVisible()).toBe(true);
    expect(await phoneMenu.getByRole("link", { name: "Kegiatan" }).getAttribute("aria-current")).toBe("page");
    await page.screenshot({ path: path.join(SCREENSHOTS, `${PHONE.width}-id-menu-open.png`) });
    // The next Tab goes into the menu, in order.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Beranda");
    await toggle.click();
    expect(await phoneMenu.getByRole("link", { name: "Beranda" }).isVisible()).toBe(false);
    await context.close();
  });

  it("says in one line on a phone that the content is a sample, and in full on wider screens and on paper", async () => {
    for (const [viewport, expected] of [
      [PHONE, "Contoh: kasus ilustratif, angka bukan data resmi."],
      [{ width: 1280, height: 800 }, "Situs ini masih memuat contoh"],
    ] as const) {
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/id/`);
      const notice = page.locator(".notice--sample");
      expect(await notice.innerText()).toContain(expected);
      if (viewport === PHONE) expect((await notice.boundingBox())!.height).toBeLessThan(48);
      await page.emulateMedia({ media: "print" });
      expect(await notice.innerText()).toContain("Situs ini masih memuat contoh");
      await context.close();
    }
  });

  it("keeps the desktop header as it was: the menu bar open, no Menu button", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/`);
    expect(await page.locator("summary.site-menu__toggle").isVisible()).toBe(false);
    expect(await page.locator(".site-header__nav").getByRole("link", { name: "Training modules" }).isVisible()).toBe(true);
    await context.close();
  });
});
