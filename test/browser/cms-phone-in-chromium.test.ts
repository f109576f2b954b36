/**
 * The CMS on a phone and the editor's edges, in real Chromium: `npm start` over a temporary copy
 * of the project's content, /admin/ at 390×844 (lib/cms/browser/narrow-screen.ts), a refused
 * save's panel and the absence of an uncaught error (save-blocked-panel.ts, blocked-save.ts),
 * and opening one entry's address while another is open (entry-address-change.ts). Screenshots
 * land in the system's temporary folder (pustaka-phone-*.png) for a person to look at.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../support/browser.ts";
import { removeTree } from "../../support/content-tree.ts";
import { choose, control, typeDate, typeText } from "../helpers/decap.ts";
import { copyProjectContent, startDevServer, waitFor, type DevServer } from "../../support/dev-server.ts";
import { frontMatter, waitForSave, writtenJson } from "../helpers/saved-entries.ts";

let server: DevServer;
let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;
let root: string;

const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  root = copyProjectContent();
  server = await startDevServer(root);
  browser = await launchChromium();
  // en-US fixes the order of a date input's parts (month/day/year) for typeDate.
  phone = await browser.newContext({ locale: "en-US", viewport: PHONE, isMobile: true, hasTouch: true });
  desktop = await browser.newContext({ locale: "en-US", viewport: { width: 1400, height: 1000 } });
  for (const context of [phone, desktop]) context.setDefaultTimeout(30_000);
}, 240_000);

afterAll(async () => {
  await phone?.close().catch(() => undefined);
  await desktop?.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await server?.kill();
  if (root) removeTree(root);
}, 60_000);

/** A page that records the page's uncaught errors (an unhandled rejection is one too). */
async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

/** Opens an admin route, logging in to the local backend ("Masuk") when asked, and waits for `field`'s control. */
async function openEntry(page: Page, route: string, field: string): Promise<void> {
  await page.goto(`${server.url}/admin/${route}`);
  const login = page.getByRole("button", { name: "Masuk", exact: true });
  const loaded = control(page, field);
  await Promise.race([login.waitFor({ timeout: 120_000 }), loaded.waitFor({ timeout: 120_000 })]);
  if (await login.isVisible()) await login.click();
  await loaded.waitFor({ timeout: 120_000 });
}

/**
 * Saves through the toolbar: its save dropdown, then the dropdown's first item (save now). Found
 * by Decap's structure rather than by its words, which lib/cms/browser/toolbar-words.ts sets.
 */
async function save(page: Page): Promise<void> {
  await page.locator('[class*="-PublishButton"]').first().click();
  await page.getByRole("menuitem").first().click();
}

/**
 * Elements drawn (partly) outside the screen's width, for a failure message. Decap's notices
 * (Toastify) are left out: they slide in from the edge and out again by design.
 */
async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("body *"))
      .filter((element) => {
        if (element.closest(".Toastify")) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.left < -1 || box.right > window.innerWidth + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""}`),
  );
}

/** Asserts the page is no wider than the screen and nothing is drawn past its edges. */
async function expectFitsTheScreen(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth).toBe(PHONE.width);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  expect(await offScreen(page)).toEqual([]);
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not displayed");
  return found;
}

function shot(name: string): string {
  return path.join(tmpdir(), `pustaka-phone-${name}.png`);
}

describe("the CMS on a 390×844 phone, with npm start", () => {
  it("shows a bilingual case study in one column: Indonesian, then English, nothing off-screen, no preview", async () => {
    const { page, errors } = await newPage(phone);
    await openEntry(page, "#/collections/case-studies/entries/remaja-dan-konten-ekstrem-daring", "title");
    const indonesian = control(page, "title", "id");
    const english = control(page, "title", "en");
    await english.waitFor();
    await page.screenshot({ path: shot("case-study-top") });
    await expectFitsTheScreen(page);

    // One column: the English title lies below the Indonesian one, within the screen's width.
    const idBox = await box(indonesian);
    const enBox = await box(english);
    expect(enBox.y).toBeGreaterThan(idBox.y + idBox.height);
    for (const field of [idBox, enBox]) {
      expect(field.x).toBeGreaterThanOrEqual(0);
      expect(field.x + field.width).toBeLessThanOrEqual(PHONE.width);
    }
    // The preview and the pane toggles are not drawn on a phone.
    expect(await page.locator("#preview-pane").isVisible()).toBe(false);
    expect(await page.locator('[class*="-ViewControls"]').isVisible()).toBe(false);

    // Both languages are reached by scrolling the page; the toolbar stays in view.
    await english.scrollIntoViewIfNeeded();
    const scrolled = await box(english);
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const actions = await box(page.locator('[class*="-ToolbarSectionMain"]'));
    expect(actions.y).toBeGreaterThanOrEqual(0);
    expect(actions.x + actions.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: shot("case-study-english") });
    expect(await english.inputValue()).toBe(
      frontMatter(path.join(root, "content/case-studies/en/remaja-dan-konten-ekstrem-daring.md")).title,
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("creates an activity from the phone (date, kelurahan, venue, type, participants) and the file is written", async () => {
    const before = new Set(readdirSync(path.join(root, "content/activities")));
    const { page, errors } = await newPage(phone);
    await openEntry(page, "#/collections/activities/new", "venue");
    await expectFitsTheScreen(page);
    await typeText(control(page, "venue"), "Aula Kantor Kelurahan Muncul");
    await choose(control(page, "kelurahan"), "Muncul");
    await typeDate(control(page, "date"), "2024-12-21");
    await choose(control(page, "activityType"), "Sosialisasi — Awareness session");
    const total = control(control(page, "participants"), "total");
    await typeText(total, "30");
    await page.screenshot({ path: shot("activity-filled") });
    await expectFitsTheScreen(page);
    // Saved from the bottom of the form: the toolbar is still at hand.
    await save(page);

    const added = () => readdirSync(path.join(root, "content/activities")).filter((name) => !before.has(name));
    await waitForSave(
      page,
      () => added().length === 1 && writtenJson(path.join(root, "content/activities", added()[0]!)) !== undefined,
      "the new activity file",
    );
    expect(writtenJson(path.join(root, "content/activities", added()[0]!))).toMatchObject({
      date: "2024-12-21",
      kelurahan: "muncul",
      venue: "Aula Kantor Kelurahan Muncul",
      activityType: "socialisation",
      participants: { total: 30 },
    });
    await page.screenshot({ path: shot("activity-saved") });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  for (const [name, width] of [
    ["phone", PHONE.width],
    ["desktop", 1400],
  ] as const) {
    it(`on a ${name} (${width} px), a refused save lists its problems above the form, not over it, with no uncaught error, and writes nothing`, async () => {
      const slug = "2024-11-14-muncul-rapat-koordinasi-bulanan";
      const file = path.join(root, `content/activities/${slug}.json`);
      const stored = readFileSync(file, "utf8");
      const { page, errors } = await newPage(name === "phone" ? phone : desktop);
      await openEntry(page, `#/collections/activities/entries/${slug}`, "venue");
      const phoneNumber = "0812-3456-7890";
      await typeText(control(page, "venue"), `Balai warga, kontak ${phoneNumber}`);
      await save(page);

      const panel = page.locator("#pustaka-save-blocked");
      await panel.waitFor({ state: "visible" });
      expect(await panel.getAttribute("role")).toBe("alert");
      const lines = (await panel.innerText())
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      expect(lines[0]).toMatch(/^Belum disimpan: perbaiki \d+ masalah\. — Not saved: fix \d+ problems?\.$/);
      expect(
        lines.some((line) => /^• .*tampak seperti data pribadi \(nomor telepon\).* — looks like personal data \(phone number\)/.test(line)),
      ).toBe(true);
      expect(lines.join("\n")).not.toContain(phoneNumber);
      // Decap's notice has slid in by now.
      await page.waitForTimeout(1_000);
      await page.screenshot({ path: shot(`blocked-${name}`) });

      // Nothing of the form lies under the panel: the toolbar and the fields begin below it.
      const panelBox = await box(panel);
      const toolbar = await box(page.locator('[class*="-ToolbarContainer"]'));
      expect(toolbar.y).toBeGreaterThanOrEqual(panelBox.y + panelBox.height - 1);
      await page.evaluate(() => window.scrollTo(0, 0));
      const firstField = await box(page.locator('[class*="-ControlContainer"]').first());
      expect(firstField.y).toBeGreaterThanOrEqual(panelBox.y + panelBox.height - 1);
      if (name === "desktop") {
        // The editor fills what the panel leaves of the window, down to its bottom edge.
        const editor = await box(page.locator('[class*="-EditorContainer"]'));
        expect(editor.y).toBeGreaterThanOrEqual(panelBox.y + panelBox.height - 1);
        expect(Math.round(editor.y + editor.height)).toBeLessThanOrEqual(1000);
      } else {
        await expectFitsTheScreen(page);
      }

      // Decap's refused save rejects with its failure action; it is not reported as uncaught.
      await page.waitForTimeout(1_500);
      expect(errors).toEqual([]);
      expect(readFileSync(file, "utf8")).toBe(stored);

      // Closed, the panel gives its room back.
      await panel.getByRole("button", { name: "Tutup / Close" }).click();
      await panel.waitFor({ state: "detached" });
      expect((await box(page.locator('[class*="-ToolbarContainer"]'))).y).toBeLessThanOrEqual(1);
      await page.close();
    }, 300_000);
  }
});

describe("opening an entry by its address while another is open", () => {
  const caseStudy = (slug: string) => frontMatter(path.join(root, `content/case-studies/id/${slug}.md`)).title as string;
  const A = "remaja-dan-konten-ekstrem-daring";
  const B = "mantan-napiter-mencari-pekerjaan";
  const route = (slug: string) => `#/collections/case-studies/entries/${slug}`;

  it("shows the second entry's own form (Decap kept the first one's)", async () => {
    const { page, errors } = await newPage(desktop);
    await openEntry(page, route(A), "title");
    await waitFor(async () => (await control(page, "title").inputValue()) === caseStudy(A), 30_000, "entry A's title");
    await page.evaluate((hash) => (window.location.hash = hash), route(B));
    await waitFor(
      async () =>
        (await control(page, "title")
          .inputValue()
          .catch(() => "")) === caseStudy(B),
      30_000,
      `entry B's title (${caseStudy(B)})`,
    );
    expect(await page.evaluate(() => window.location.hash)).toBe(route(B));
    // And back again by the address bar (a same-document navigation, as page.goto does here).
    await page.goto(`${server.url}/admin/${route(A)}`);
    await waitFor(
      async () =>
        (await control(page, "title")
          .inputValue()
          .catch(() => "")) === caseStudy(A),
      30_000,
      "entry A's title again",
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("with unsaved changes asks first (Decap's question); staying keeps the changes and the first entry's address", async () => {
    const { page } = await newPage(desktop);
    await openEntry(page, route(A), "title");
    await waitFor(async () => (await control(page, "title").inputValue()) === caseStudy(A), 30_000, "entry A's title");
    const edited = `${caseStudy(A)} (diubah)`;
    await typeText(control(page, "title"), edited);

    const questions: string[] = [];
    let answer = false;
    page.on("dialog", (dialog) => {
      questions.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    });
    await page.evaluate((hash) => (window.location.hash = hash), route(B));
    await waitFor(() => questions.length === 1, 10_000, "Decap's unsaved-changes question");
    await page.waitForTimeout(1_000);
    expect(await control(page, "title").inputValue()).toBe(edited);
    expect(await page.evaluate(() => window.location.hash)).toBe(route(A));

    answer = true;
    await page.evaluate((hash) => (window.location.hash = hash), route(B));
    await waitFor(
      async () =>
        (await control(page, "title")
          .inputValue()
          .catch(() => "")) === caseStudy(B),
      30_000,
      "entry B's title",
    );
    expect(questions.length).toBe(2);
    // Nothing was saved.
    expect(caseStudy(A)).not.toBe(edited);
    expect(existsSync(path.join(root, `content/case-studies/id/${A}.md`))).toBe(true);
    await page.close();
  }, 300_000);
});
