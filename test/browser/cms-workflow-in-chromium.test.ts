/**
 * The editorial workflow end to end, in real Chromium: `npm start` with CMS_MODE=git over a
 * temporary Git copy of the content, so decap-server saves on a cms/… branch and "Terapkan"
 * merges it into main, as production does on GitHub. What is checked is the one notion of
 * status: the toolbar and the workflow board speak of the change ("Perubahan: Draf", "Siap
 * diterapkan", "Sudah diterapkan"), never of "published"; whether the entry is on the site is
 * answered at the top of its form, and the built site agrees.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../support/browser.ts";
import { removeTree } from "../../support/content-tree.ts";
import { choose, control } from "../helpers/decap.ts";
import { commitAsRepository, copyProjectContent, startDevServer, statusOf, waitFor, type DevServer } from "../../support/dev-server.ts";

const SLUG = "mantan-napiter-mencari-pekerjaan";
const FILE = `content/case-studies/id/${SLUG}.md`;
const PAGE = `/id/studi-kasus/${SLUG}/`;

let server: DevServer;
let browser: Browser;
let context: BrowserContext;
let root: string;
let page: Page;
const pageErrors: string[] = [];

const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
/** The file as the main branch holds it (not the working tree, which decap-server switches between branches). */
const onMain = (file: string) => git("show", `main:${file}`);
const statusLine = (text: string) => /^status: "?([^"\n]*)"?$/m.exec(text)?.[1];

beforeAll(async () => {
  root = copyProjectContent();
  commitAsRepository(root);
  server = await startDevServer(root, { cmsMode: "git" });
  browser = await launchChromium();
  context = await browser.newContext({ locale: "en-US", viewport: { width: 1400, height: 1000 } });
  context.setDefaultTimeout(30_000);
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
}, 240_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await server?.kill();
  if (root) removeTree(root);
}, 60_000);

/**
 * Opens a toolbar menu and picks an item. In git mode decap-server switches the working copy
 * between branches to save, so the dev server rebuilds and live-reloads the page now and then:
 * a menu open at that moment is gone. Tried again once the page is back, up to three times.
 */
async function chooseFromMenu(button: Locator, item: Locator): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await siteStatus().waitFor({ timeout: 30_000 });
      await button.click();
      await item.click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The editor's toolbar: the header row with the save and status buttons. */
const toolbarText = () => page.locator('[class*="ToolbarContainer"]').first().innerText();
const siteStatus = () => page.locator("[data-site-status]").first();

describe("the editorial workflow (CMS_MODE=git) in real Chromium", () => {
  it("answers at the top of the form whether the entry is on the site, and speaks of the change in the toolbar", async () => {
    await page.goto(`${server.url}/admin/#/collections/case-studies/entries/${SLUG}`);
    await page.getByRole("button", { name: "Masuk", exact: true }).click({ timeout: 120_000 });
    await expect.poll(() => siteStatus().getAttribute("data-site-status"), { timeout: 120_000 }).toBe("shown");
    expect(await siteStatus().innerText()).toContain("Tampil di situs setelah perubahan ini diterapkan");
    expect(await toolbarText()).toContain("Sudah diterapkan");
    // Opening an entry is not an edit (Decap's relation widget used to make it one).
    expect(await toolbarText()).not.toContain("PERUBAHAN BELUM DISIMPAN");

    await choose(control(page, "status"), "Draf (belum tampil di situs) — Draft (not on the site)");
    await expect.poll(() => siteStatus().getAttribute("data-site-status")).toBe("not-shown");
    expect(await siteStatus().innerText()).toContain('status: Draf (belum tampil di situs); pilih "Tampilkan di situs"');
  }, 240_000);

  it("saves the change on a review branch: main, and so the site, are unchanged until it is applied", async () => {
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await waitFor(() => git("branch", "--list", "cms/*").includes(`cms/case-studies/${SLUG}`), 30_000, "the review branch");
    expect(statusLine(onMain(FILE))).toBe("published");
    await expect.poll(toolbarText).toContain("Perubahan: Draf");
    expect(await statusOf(`${server.url}${PAGE}`)).toBe(200);
  }, 120_000);

  it("shows the change on the workflow board by its title, without the entry's stored status code", async () => {
    await chooseFromMenu(page.getByRole("button", { name: "Perubahan: Draf" }), page.getByRole("menuitem", { name: "Siap diterapkan" }));
    await expect.poll(toolbarText).toContain("Perubahan: Siap diterapkan");
    // Within the CMS's own page, as its links do: the address's #part changes, the page stays.
    await page.evaluate(() => {
      window.location.hash = "#/workflow";
    });
    const ready = page.locator('[class*="WorkflowListContainer"] > div').filter({ hasText: "Siap diterapkan" });
    await expect.poll(() => ready.innerText(), { timeout: 60_000 }).toContain("Mantan napiter pulang");
    const card = await ready.innerText();
    expect(card).not.toMatch(/\bdraft\b|\bpublished\b|terbit/i);
    // Back to the entry the way an editor goes: by its card.
    await ready.getByText("Mantan napiter pulang").first().click();
    await siteStatus().waitFor({ timeout: 60_000 });
  }, 180_000);

  it("applies the change: main holds the draft, the header says applied (not published) and the site no longer shows the case study", async () => {
    page.on("dialog", (dialog) => void dialog.accept());
    await chooseFromMenu(page.getByRole("button", { name: "Terapkan", exact: true }), page.getByText("Terapkan sekarang", { exact: true }));
    await waitFor(() => statusLine(onMain(FILE)) === "draft", 30_000, "the change merged into main");
    await expect.poll(toolbarText).toContain("Sudah diterapkan");
    expect(await toolbarText()).not.toMatch(/terbit|publish/i);
    expect(await siteStatus().getAttribute("data-site-status")).toBe("not-shown");
    // decap-server leaves main checked out; the dev server rebuilds from it.
    expect(readFileSync(path.join(root, FILE), "utf8")).toMatch(/^status: draft$/m);
    await waitFor(async () => (await statusOf(`${server.url}${PAGE}`)) === 404, 60_000, `${PAGE} to be gone after the rebuild`);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
