/**
 * The spreadsheet import of /admin/ end to end, in real Chromium: `npm start` over a temporary
 * copy of the content, a messy teams' sheet (test/fixtures/csv/tim-tangguh-cms-upload.csv: `;`,
 * CRLF, BOM, Indonesian dates, a phone number, an impossible date, a blank line) chosen in the
 * dialog, every row's outcome checked in the preview, saved through decap-server, the files
 * checked on disk and on the rebuilt site; then the same file again adds nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../support/browser.ts";
import { removeTree, REPO_ROOT } from "../../support/content-tree.ts";
import { copyProjectContent, startDevServer, waitFor, type DevServer } from "../../support/dev-server.ts";

const SHEET = path.join(REPO_ROOT, "test/fixtures/csv/tim-tangguh-cms-upload.csv");
const WORKBOOK = path.join(REPO_ROOT, "test/fixtures/csv/tim-tangguh-template.xlsx");

let server: DevServer;
let browser: Browser;
let context: BrowserContext;
let root: string;
let before: Set<string>;

const activityFiles = () => new Set(readdirSync(path.join(root, "content/activities")).filter((name) => name.endsWith(".json")));

beforeAll(async () => {
  root = copyProjectContent();
  before = activityFiles();
  server = await startDevServer(root);
  browser = await launchChromium();
  context = await browser.newContext({ locale: "en-US", viewport: { width: 1400, height: 1000 } });
  context.setDefaultTimeout(30_000);
}, 240_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await server?.kill();
  if (root) removeTree(root);
}, 60_000);

/** The Activities list, logged in to the local backend, with the import dialog open. */
async function openImport(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin/#/collections/activities`);
  const login = page.getByRole("button", { name: "Masuk", exact: true });
  const open = page.getByRole("button", { name: "Impor spreadsheet kegiatan — Import activity spreadsheet" });
  await Promise.race([login.waitFor({ timeout: 120_000 }), open.waitFor({ timeout: 120_000 })]);
  if (await login.isVisible()) await login.click();
  await open.click();
  await page.getByRole("dialog", { name: "Impor spreadsheet kegiatan — Import activity spreadsheet" }).waitFor();
}

/** Each preview row as [row, No, outcome, reasons]. */
async function previewRows(page: Page): Promise<string[][]> {
  const table = page.locator("#pustaka-import table[data-import-rows]");
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.children).map((cell) => (cell as HTMLElement).innerText.trim());
      return [cells[0]!, cells[1]!, cells[4]!, cells[5]!];
    }),
  );
}

describe("/admin/ imports the teams' activity spreadsheet", () => {
  it("previews every row, writes nothing before Save, then saves through decap-server and the site rebuilds", async () => {
    const page = await context.newPage();
    await openImport(page);
    const dialog = page.getByRole("dialog");
    // The blank template is offered.
    expect(await dialog.getByRole("link", { name: /Unduh templat kosong/ }).getAttribute("href")).toBe("/data/templat-kegiatan.csv");
    // Focus starts in the dialog, on the file input.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pustaka-import-file");

    await page.locator("#pustaka-import-file").setInputFiles(SHEET);
    const rows = await previewRows(page);
    expect(rows.map(([row, no, outcome]) => [row, no, outcome])).toEqual([
      ["5", "4", "ditolak — refused"],
      ["7", "5", "ditolak — refused"],
      ["4", "3", "ditahan untuk ditinjau (draf) — kept back for review (draft)"],
      ["2", "1", "akan ditambahkan — will be added"],
      ["3", "2", "akan ditambahkan — will be added"],
      ["6", "", "baris kosong, dilewati — blank row, skipped"],
    ]);
    // Each reason in Indonesian and English, with the row and the sheet's No; the phone number masked.
    expect(rows[0]![3]).toMatch(
      /^baris 5 \(No 4\), I \(Keterangan\): tampak seperti data pribadi \(nomor telepon\): 08•+90\..* — row 5 \(No 4\), I \(Keterangan\): looks like personal data \(phone number\)/,
    );
    expect(rows[1]![3]).toContain(
      '"31/04/2024" bukan tanggal yang benar: April 2024 hanya 30 hari — row 7 (No 5), B (Tanggal): "31/04/2024" is not a real date',
    );
    expect(rows[2]![3]).toContain("Pelatihan relawan");
    expect(await dialog.innerText()).not.toContain("3456-7890");
    expect(await page.locator("[data-import-counts]").innerText()).toBe(
      "6 baris dibaca: 2 akan ditambahkan, 1 ditahan sebagai draf, 0 sudah ada, 2 ditolak, 1 kosong — 6 rows read: 2 will be added, 1 kept back as drafts, 0 already there, 2 refused, 1 blank",
    );
    // Nothing is written by the preview.
    await page.waitForTimeout(1_000);
    expect(activityFiles()).toEqual(before);

    await dialog.getByRole("button", { name: "Simpan 3 kegiatan — Save 3 activities" }).click();
    await dialog.locator(".pi-done").waitFor({ timeout: 60_000 });
    expect(await dialog.locator(".pi-done").innerText()).toMatch(
      /^Tersimpan: 2 kegiatan ditambahkan, 1 ditahan sebagai draf.*Situs sedang dibangun ulang.* — Saved: 2 activities added, 1 kept back as drafts.*The site is rebuilding/,
    );

    const added = [...activityFiles()].filter((name) => !before.has(name));
    expect(added).toHaveLength(3);
    const saved = added.map(
      (name) => JSON.parse(readFileSync(path.join(root, "content/activities", name), "utf8")) as Record<string, unknown>,
    );
    const byDate = new Map(saved.map((activity) => [activity.date as string, activity]));
    expect([...byDate.keys()].sort()).toEqual(["2024-11-04", "2024-11-11", "2024-11-18"]);
    for (const date of ["2024-11-04", "2024-11-11"]) {
      expect(byDate.get(date)).not.toHaveProperty("draft");
      expect(byDate.get(date)).toHaveProperty("pillar");
      expect(byDate.get(date)).toMatchObject({ source: { kind: "csv" } });
    }
    expect(byDate.get("2024-11-18")).toMatchObject({ draft: true, kelurahan: "benda-baru", venue: "Aula Kantor Kelurahan" });
    expect(byDate.get("2024-11-18")).not.toHaveProperty("pillar");
    expect(byDate.get("2024-11-04")).toMatchObject({
      kelurahan: "jombang",
      venue: "Majelis Taklim Nurul Falah",
      participants: { total: 32, women: 30, men: 2 },
    });

    // The dev server rebuilds: an added activity's title is on the activities page.
    const title = (byDate.get("2024-11-04")!.title as { id: string }).id;
    await waitFor(
      async () => (await (await fetch(`${server.url}/id/kegiatan/`)).text()).includes(title),
      90_000,
      `the activities page to show "${title}"`,
    );

    await page.close();
  }, 300_000);

  it("the same file again adds nothing: every row is already there", async () => {
    const now = activityFiles();
    const page = await context.newPage();
    await openImport(page);
    await page.locator("#pustaka-import-file").setInputFiles(SHEET);
    const rows = await previewRows(page);
    expect(rows.filter(([, , outcome]) => !/^ditolak|^baris kosong/.test(outcome!)).map(([, no, outcome]) => [no, outcome])).toEqual([
      ["1", "sudah ada — already there"],
      ["2", "sudah ada — already there"],
      ["3", "sudah ada — already there"],
    ]);
    expect(await page.locator("[data-import-counts]").innerText()).toMatch(
      /^6 baris dibaca: 0 akan ditambahkan, 0 ditahan sebagai draf, 3 sudah ada, 2 ditolak, 1 kosong/,
    );
    const save = page.getByRole("dialog").getByRole("button", { name: "Tidak ada yang perlu disimpan — Nothing to save" });
    expect(await save.isDisabled()).toBe(true);
    await page.waitForTimeout(1_000);
    expect(activityFiles()).toEqual(now);
    // Esc closes the dialog and focus returns to the button that opened it. (Checked here, where
    // nothing was saved: after a save the dev server's rebuild may reload the page.)
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.closest("#pustaka-import-open") !== null, undefined, { timeout: 10_000 });
    await page.close();
  }, 300_000);

  it("reads an Excel workbook (.xlsx) like its CSV: the same outcomes, nothing saved before Save", async () => {
    const now = activityFiles();
    const page = await context.newPage();
    await openImport(page);
    await page.locator("#pustaka-import-file").setInputFiles(WORKBOOK);
    const rows = await previewRows(page);
    // The fixture is the teams' template of test/csv (12 rows): 4 new, 2 kept back, 5 refused, 1 blank.
    expect(Object.fromEntries(rows.map(([, no, outcome]) => [no, outcome!.split(" — ")[1]]))).toEqual({
      "1": "will be added",
      "2": "will be added",
      "3": "kept back for review (draft)",
      "4": "will be added",
      "5": "blank row, skipped",
      "6": "will be added",
      "7": "kept back for review (draft)",
      "8": "refused",
      "9": "refused",
      "10": "refused",
      "11": "refused",
      "12": "refused",
    });
    expect(await page.locator("#pustaka-import").innerText()).toContain(
      "dibaca dari lembar pertama buku kerja Excel — read from the first sheet of the Excel workbook",
    );
    expect(await page.locator("#pustaka-import").innerText()).not.toContain("Budi");
    await page.waitForTimeout(1_000);
    expect(activityFiles()).toEqual(now);
    await page.close();
  }, 300_000);

  it("works at phone width: the dialog fits the screen and the table scrolls inside it", async () => {
    const phone = await browser.newContext({ locale: "id-ID", viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    try {
      await openImport(page);
      await page.locator("#pustaka-import-file").setInputFiles(SHEET);
      await page.locator("[data-import-counts]").waitFor();
      const box = (await page.getByRole("dialog").boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.height).toBeLessThanOrEqual(740);
      // The page itself does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await phone.close();
    }
  }, 300_000);
});
