/**
 * The browser preview time of the admin page's spreadsheet import: `npm start` on a temporary
 * copy of the content, a generated sheet in the teams' own format uploaded in real Chromium,
 * timed from choosing the file until every row of the preview is on the page (goal: 5,000 rows
 * in 2 s or less).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchChromium } from "../support/browser.ts";
import { removeTree } from "../support/content-tree.ts";
import { copyProjectContent, startDevServer } from "../support/dev-server.ts";

const KELURAHAN = ["Jombang", "Muncul", "Benda Baru", "Pondok Kacang Timur"];
const TYPES = ["Sosialisasi", "Penguatan kohesi"];
const VENUES = ["Majelis Taklim Nurul Falah", "Arisan ibu-ibu RT 02", "Aula Kantor Kelurahan"];
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember"];

/**
 * A valid sheet of `rows` activities as the teams write it: `;`, CRLF, BOM, the columns
 * `No;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan`,
 * dates in both Indonesian forms; every row different (the note numbers the meeting).
 * @example teamsSpreadsheet(3).split("\r\n").length // 5 (header, 3 rows, final empty)
 */
export function teamsSpreadsheet(rows: number): string {
  const lines = ["No;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan"];
  for (let i = 1; i <= rows; i++) {
    // Days of 2023 and 2024 (28 per month: always a real date), in the past.
    const year = 2023 + (i % 2);
    const month = (i * 7) % 12;
    const day = 1 + (i % 28);
    const date =
      i % 3 === 0 ? `${day} ${MONTHS[month]} ${year}` : `${String(day).padStart(2, "0")}/${String(month + 1).padStart(2, "0")}/${year}`;
    const men = i % 9;
    const women = 5 + (i % 23);
    lines.push(
      [
        i,
        date,
        KELURAHAN[i % 4],
        TYPES[i % 2],
        VENUES[i % 3],
        men + women,
        men,
        women,
        `Pertemuan rutin ke-${i}, dilanjutkan tanya jawab`,
      ].join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * @example const { seconds } = await measureImportPreview(5000); // e.g. 1.1
 */
export async function measureImportPreview(rows: number): Promise<{ rows: number; seconds: number }> {
  const root = copyProjectContent();
  const scratch = mkdtempSync(path.join(tmpdir(), "pustaka-import-bench-"));
  const csv = path.join(scratch, `kegiatan-${rows}.csv`);
  writeFileSync(csv, teamsSpreadsheet(rows));
  const server = await startDevServer(root);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(120_000);
    await page.goto(`${server.url}/admin/#/collections/activities`);
    // Decap's local-backend login, in the admin's Indonesian.
    const login = page.getByRole("button", { name: "Masuk", exact: true });
    const open = page.getByRole("button", { name: /Impor spreadsheet kegiatan/ });
    await Promise.race([login.waitFor(), open.waitFor()]);
    if (await login.isVisible()) await login.click();
    await open.click();
    const input = page.locator("#pustaka-import-file");
    await input.waitFor();
    // The dialog lists what is stored when it opens; let that finish, as an editor's choosing a file takes longer.
    await page.waitForTimeout(1_000);
    // Time measured inside the page: from the input's change event until the last row is in the
    // table and laid out, so Playwright's own round trips are not counted.
    await page.evaluate(() => {
      const input = document.getElementById("pustaka-import-file")!;
      input.addEventListener("change", () => ((window as unknown as { __importStart: number }).__importStart = performance.now()), {
        once: true,
        capture: true,
      });
    });
    await input.setInputFiles(csv);
    const done = await page.waitForFunction(
      (expected) => {
        const shown = document.querySelectorAll("#pustaka-import table[data-import-rows] tbody tr");
        if (shown.length < expected || !document.querySelector("#pustaka-import .pi-save:not([hidden])")) return false;
        // Reading the last row's position forces layout: the rows are ready to paint, not only in the DOM.
        void (shown[shown.length - 1] as HTMLElement).getBoundingClientRect();
        return performance.now();
      },
      rows,
      { polling: "raf", timeout: 120_000 },
    );
    const seconds =
      (((await done.jsonValue()) as number) - (await page.evaluate(() => (window as unknown as { __importStart: number }).__importStart))) /
      1000;
    const counts = await page.locator("[data-import-counts]").innerText();
    if (!counts.startsWith(`${rows} baris dibaca: ${rows} akan ditambahkan`))
      throw new Error(`The preview did not accept every generated row: ${counts}`);
    return { rows, seconds };
  } finally {
    await browser.close().catch(() => undefined);
    await server.kill();
    removeTree(root);
    removeTree(scratch);
  }
}
