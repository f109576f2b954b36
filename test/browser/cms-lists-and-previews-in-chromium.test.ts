/**
 * The CMS's lists and previews as editors read them, in real Chromium against `npm start` on a
 * temporary copy of the content: training modules in course order, activities newest first, each
 * activity's line telling it apart by date and venue; choices previewed by their words, not codes.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { removeTree } from "../helpers/content-tree.ts";
import { copyProjectContent, startDevServer, type DevServer } from "../helpers/dev-server.ts";

let server: DevServer;
let browser: Browser;
let root: string;

beforeAll(async () => {
  root = copyProjectContent();
  server = await startDevServer(root);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.kill();
  if (root) removeTree(root);
}, 60_000);

/** The entries of a collection's list, top to bottom, as their one-line summaries. */
async function listed(page: Page, collection: string): Promise<string[]> {
  await page.goto(`${server.url}/admin/#/collections/${collection}`);
  const login = page.getByRole("button", { name: /login|masuk/i });
  const entries = page.locator(`a[href*="/collections/${collection}/entries/"]`);
  await Promise.race([login.waitFor({ timeout: 120_000 }), entries.first().waitFor({ timeout: 120_000 })]);
  if (await login.isVisible()) await login.click();
  await entries.first().waitFor({ timeout: 60_000 });
  return entries.evaluateAll((links) => links.map((link) => (link as HTMLElement).innerText.replace(/\s+/g, " ").trim()));
}

describe("the CMS's lists", () => {
  it("open training modules in course order and activities newest first, with date and venue", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const modules = await listed(page, "modules");
    const numbers = modules.map((line) => Number(/^(\d+)\./.exec(line)?.[1]));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

    // Nothing is uploaded through the CMS, so there is no Media tab to find empty.
    // (Decap's header shows it as a button beside Koleksi when a library asks for it.)
    await page.locator("header nav").getByRole("link", { name: "Konten" }).waitFor();
    expect((await page.locator("header nav").innerText()).trim()).toBe("Konten");

    const activities = await listed(page, "activities");
    const dates = activities.map((line) => /\d{4}-\d{2}-\d{2}/.exec(line)?.[0] ?? "");
    expect(dates.every((date) => date !== "")).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    // The newest stored activity opens the list, and its line names where it took place.
    const files = readdirSync(path.join(root, "content/activities")).filter((name) => name.endsWith(".json"));
    const newest = files.map((name) => JSON.parse(readFileSync(path.join(root, "content/activities", name), "utf8"))).sort((a, b) => b.date.localeCompare(a.date))[0];
    expect(activities[0]).toContain(newest.date);
    expect(activities[0]).toContain(newest.venue);
    await page.close();
  }, 300_000);
});

describe("the CMS's previews", () => {
  it("show a choice by its words, never its stored code", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.url}/admin/#/collections/activities/entries/2023-01-21-jombang-sosialisasi-majelis-taklim`);
    const login = page.getByRole("button", { name: /login|masuk/i });
    const form = page.locator('[id^="venue-field-"]');
    await Promise.race([login.waitFor({ timeout: 120_000 }), form.waitFor({ timeout: 120_000 })]);
    if (await login.isVisible()) await login.click();
    await form.waitFor({ timeout: 60_000 });
    const choices = page.frameLocator("#preview-pane").locator('[data-preview="choice"]');
    await choices.first().waitFor({ timeout: 30_000 });
    const shown = await choices.allInnerTexts();
    expect(shown).toEqual(expect.arrayContaining(["Sosialisasi — Awareness session", "Peningkatan kesadaran — Awareness raising", "Majelis taklim — Majelis taklim (religious study group)"]));
    expect(shown.join(" ")).not.toMatch(/\b(socialisation|majelis-taklim|awareness)\b/);
    await page.close();
  }, 300_000);
});
