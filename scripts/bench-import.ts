// `npm run bench:import [-- ROWS] [--check] [--no-preview]`: generates 100,000 valid activity rows
// in the teams' own template (bench/import-preview.ts: ";", CRLF, BOM, Indonesian dates, every
// row with notes of its own, activity words and venues repeating) in a temporary folder, imports
// them into a temporary copy of this project's content — dry run, real import, then the same file
// again (all duplicates) — and prints rows per second and the peak memory of this process; then
// times the CMS's preview of a 5,000-row sheet in Chromium. Goals: ≥ 50,000 rows/s; preview ≤ 2 s.
// A report, not a gate. Nothing in the project is touched.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCheck } from "../lib/build/check-content.ts";
import { runImport } from "../lib/csv/run-import.ts";
import { measureImportPreview, teamsSpreadsheet } from "../bench/import-preview.ts";
import { compileValidators } from "../lib/schema/validator.ts";

const args = process.argv.slice(2);
const rows = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
// --check: also run the full content check over the result (slow at 100,000 files).
const withCheck = args.includes("--check");
// --no-preview: leave out the CMS preview in Chromium (it starts npm start and a browser).
const withPreview = !args.includes("--no-preview");
const PREVIEW_ROWS = 5_000;
const work = mkdtempSync(path.join(tmpdir(), "pustaka-bench-"));
const root = path.join(work, "project");
for (const folder of ["content", "data"]) cpSync(path.join(process.cwd(), folder), path.join(root, folder), { recursive: true });

const csv = path.join(work, "kegiatan.csv");
writeFileSync(csv, teamsSpreadsheet(rows));

const validators = compileValidators();
const megabytes = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const progress = (line: string) => process.stderr.write(`${line}\n`);
let importRate = 0;
function measure(label: string, dryRun: boolean): void {
  const started = performance.now();
  const { summary } = runImport(root, readFileFresh(), { dryRun, validators, progress, progressEvery: 25_000 });
  const seconds = (performance.now() - started) / 1000;
  if (!dryRun && summary.imported > 0) importRate = summary.total / seconds;
  console.log(
    `${label.padEnd(26)} ${String(summary.total).padStart(7)} rows in ${seconds.toFixed(1).padStart(5)} s = ${Math.round(
      summary.total / seconds,
    )
      .toLocaleString("en")
      .padStart(7)} rows/s` +
      ` (imported ${summary.imported}, kept back ${summary.keptBack}, duplicates ${summary.duplicates}, rejected ${summary.rejected}); peak RSS so far ${megabytes()} MB`,
  );
}
function readFileFresh(): Buffer {
  return readFileSync(csv); // read per run, as the command does
}

console.log(`bench:import — ${rows} generated rows, ${(readFileSync(csv).byteLength / 1e6).toFixed(1)} MB, Node ${process.version}`);
try {
  measure("dry run", true);
  measure("import", false);
  measure("same file again", false);
  console.log(
    `goal ≥ 50,000 rows/s for the import: ${importRate >= 50_000 ? "PASS" : "FAIL"} (the real import, files written, is the figure that counts)`,
  );
  const files = readdirSync(path.join(root, "content/activities")).length;
  if (withCheck) {
    const started = performance.now();
    const check = runCheck(root);
    console.log(
      `npm run check afterwards: ${check.ok ? "no problems" : `${check.problems.length} problems`} in ${files} activity files (${((performance.now() - started) / 1000).toFixed(1)} s); peak RSS ${megabytes()} MB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (withPreview) {
  const preview = await measureImportPreview(PREVIEW_ROWS);
  console.log(
    `CMS preview in Chromium        ${preview.rows} rows shown in ${preview.seconds.toFixed(2)} s (goal ≤ 2 s: ${preview.seconds <= 2 ? "PASS" : "FAIL"})`,
  );
}
