// `npm run import -- [--dry-run] [--json] FILE.csv|FILE.xlsx`: import activity rows from a
// spreadsheet (CSV, or an Excel workbook's first sheet) into content/activities/, one file per
// new activity. `--recover` alone undoes an import that was killed half-way. Exit 0: everything
// read was imported, kept back or already there; 1: some rows were rejected (the others were
// imported); 2: nothing could be imported (unreadable file, missing columns, usage). Progress
// goes to stderr; with --json, stdout holds only the JSON.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CsvFileError } from "../lib/csv/bilingual-error.ts";
import { ImportLockedError } from "../lib/csv/commit-files.ts";
import { formatSummary, summaryJson } from "../lib/csv/import-summary.ts";
import { spreadsheetAsCsv } from "../lib/csv/read-workbook.ts";
import { recoverImport, runImport } from "../lib/csv/run-import.ts";

const USAGE =
  "usage: npm run import -- [--dry-run] [--json] FILE.csv|FILE.xlsx | --recover — cara pakai: npm run import -- [--dry-run] [--json] BERKAS.csv|BERKAS.xlsx | --recover";
const OPTIONS = new Set(["--dry-run", "--json", "--recover"]);
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg.startsWith("--") && !OPTIONS.has(arg));
const files = args.filter((arg) => !arg.startsWith("--"));
const json = args.includes("--json");
const dryRun = args.includes("--dry-run");
const root = process.cwd();

function fail(en: string, id: string): never {
  console.error(`${en} — ${id}`);
  process.exit(2);
}

if (unknown.length > 0) fail(`unknown option ${unknown.join(", ")}\n${USAGE}`, `opsi tidak dikenal ${unknown.join(", ")}`);
if (args.includes("--recover")) {
  if (files.length > 0) fail(`--recover takes no file\n${USAGE}`, "--recover tidak memakai berkas");
  const removed = recoverImport(root);
  console.log(
    `✓ ${removed} file${removed === 1 ? "" : "s"} of an interrupted import removed — ${removed} berkas dari impor yang terputus dihapus`,
  );
  process.exit(0);
}
if (files.length !== 1) fail(`give exactly one CSV or .xlsx file\n${USAGE}`, "berikan tepat satu berkas CSV atau .xlsx");

const file = files[0]!;
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  const code = (error as { code?: string }).code;
  fail(`${file}: cannot be read (${code ?? "error"})`, `${file}: tidak dapat dibaca (${code ?? "galat"})`);
}

try {
  // An Excel workbook is read as its first sheet written out as CSV: one parser for both.
  const sheet = await spreadsheetAsCsv(bytes);
  const { summary, recovered } = runImport(root, sheet.bytes, {
    dryRun,
    workbook: sheet.workbook,
    progress: (line) => console.error(line),
  });
  if (recovered > 0)
    console.error(
      `an interrupted earlier import was undone first (${recovered} files removed) — impor sebelumnya yang terputus dibatalkan dulu (${recovered} berkas dihapus)`,
    );
  if (json) console.log(summaryJson(summary));
  else for (const line of formatSummary(path.basename(file), summary, dryRun)) console.log(line);
  const refused = summary.errors.length > 0 && summary.imported === 0 && summary.keptBack === 0 && summary.duplicates === 0;
  process.exitCode = summary.errors.length === 0 ? 0 : refused ? 2 : 1;
} catch (error) {
  if (error instanceof CsvFileError) fail(error.bilingual.en, error.bilingual.id);
  if (error instanceof ImportLockedError) fail(error.message, "");
  console.error(
    `✗ the import failed and was undone; no content file was changed — impor gagal dan dibatalkan; tidak ada berkas konten yang berubah`,
  );
  throw error;
}
