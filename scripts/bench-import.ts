// `npm run bench:import [-- ROWS] [--check]`: generates 100,000 valid activity rows in the teams'
// own template (a ";" file with decimal commas in the notes, as Excel with Indonesian settings
// writes it; every row with notes of its own, activity words and venues repeating) in a temporary
// folder, imports them into a temporary copy of this project's content — dry run, real
// import, then the same file again (all duplicates) — and prints rows per second and the peak
// memory of this process. Nothing in the project is touched.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCheck } from "../lib/content/check.ts";
import { runImport } from "../lib/csv/run-import.ts";
import { compileValidators } from "../lib/schema/validator.ts";

const args = process.argv.slice(2);
const rows = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
// --check: also run the full content check over the result (slow at 100,000 files).
const withCheck = args.includes("--check");
const work = mkdtempSync(path.join(tmpdir(), "pustaka-bench-"));
const root = path.join(work, "project");
for (const folder of ["content", "data"]) cpSync(path.join(process.cwd(), folder), path.join(root, folder), { recursive: true });

// The teams' own template, as their Excel writes it: No, their words for the activity and venues.
const KELURAHAN = ["Benda Baru", "Pondok Kacang Timur", "Jombang", "Muncul"];
const TYPES = ["Sosialisasi", "Penguatan kohesi", "Rapat kasus", "Audiensi", "Kerja bakti"];
const VENUES = ["Majelis Taklim Nurul Falah", "Arisan ibu-ibu RT 02", "Pertemuan PKK", "Posyandu Melati RW 09", "Karang Taruna", "Aula Kantor Kelurahan", "Zoom"];
const BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember"];
const lines = ["No;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan"];
for (let i = 0; i < rows; i++) {
  const day = (i % 28) + 1;
  const month = Math.floor(i / 28) % 12;
  const year = 2019 + (Math.floor(i / 336) % 6);
  const total = 10 + (i % 90);
  const women = Math.floor(total / 2);
  lines.push(
    [
      i + 1,
      i % 2 === 0 ? `${day} ${BULAN[month]} ${year}` : `${String(day).padStart(2, "0")}/${String(month + 1).padStart(2, "0")}/${year}`,
      // Every row has one text of its own (the notes), as real sheets do; words and venues repeat.
      KELURAHAN[i % 4], TYPES[i % 5], VENUES[i % 7],
      total, total - women, women, `"Pertemuan warga ke-${i + 1}; durasi ${1 + (i % 3)},5 jam"`,
    ].join(";"),
  );
}
const csv = path.join(work, "kegiatan.csv");
writeFileSync(csv, `\uFEFF${lines.join("\r\n")}\r\n`);

const validators = compileValidators();
const megabytes = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const progress = (line: string) => process.stderr.write(`${line}\n`);
function measure(label: string, dryRun: boolean): void {
  const started = performance.now();
  const { summary } = runImport(root, readFileFresh(), { dryRun, validators, progress, progressEvery: 25_000 });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(26)} ${String(summary.total).padStart(7)} rows in ${seconds.toFixed(1).padStart(5)} s = ${Math.round(summary.total / seconds).toLocaleString("en").padStart(7)} rows/s` +
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
  const files = readdirSync(path.join(root, "content/activities")).length;
  if (withCheck) {
    const started = performance.now();
    const check = runCheck(root);
    console.log(`npm run check afterwards: ${check.ok ? "no problems" : `${check.problems.length} problems`} in ${files} activity files (${((performance.now() - started) / 1000).toFixed(1)} s); peak RSS ${megabytes()} MB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
