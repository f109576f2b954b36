import type { Bilingual } from "../content/entry.ts";
import type { ImportProblem } from "./import-problem.ts";
import type { ImportSummary } from "./plan-import.ts";
import { ENCODING_NAMES } from "./decode-csv-bytes.ts";

const DELIMITER_NAMES = { ",": ["commas", "koma"], ";": ["semicolons", "titik koma"], "\t": ["tabs", "tab"] } as const;

/**
 * How the file was read, for the summary and the CMS's preview: the first sheet of a workbook,
 * or a CSV file's encoding and separator; undefined when it could not be read.
 * @example howTheFileWasRead(summary) // { en: "read as UTF-8, columns separated by semicolons", id: "dibaca sebagai UTF-8, pemisah kolom titik koma" }
 */
export function howTheFileWasRead(summary: ImportSummary): Bilingual | undefined {
  if (summary.workbook) return { en: "read from the first sheet of the Excel workbook", id: "dibaca dari lembar pertama buku kerja Excel" };
  if (!summary.encoding || !summary.delimiter) return undefined;
  const [en, id] = DELIMITER_NAMES[summary.delimiter];
  const name = ENCODING_NAMES[summary.encoding];
  return { en: `read as ${name}, columns separated by ${en}`, id: `dibaca sebagai ${name}, pemisah kolom ${id}` };
}

/**
 * The `--json` form, exactly `{total, imported, keptBack, duplicates, rejected, blank, errors,
 * warnings}`; each problem is `{row, line, no, column, message}` with `message` an object
 * `{id, en}` (row, line, no and column are null where they do not apply: `no` is the sheet's
 * own No column).
 * @example JSON.parse(summaryJson(summary)).imported // 115
 */
export function summaryJson(summary: ImportSummary): string {
  const { total, imported, keptBack, duplicates, rejected, blank, errors, warnings } = summary;
  const plain = (p: ImportProblem) => ({
    row: p.row,
    line: p.line,
    no: p.no ?? null,
    column: p.column,
    message: { id: p.message.id, en: p.message.en },
  });
  return JSON.stringify(
    { total, imported, keptBack, duplicates, rejected, blank, errors: errors.map(plain), warnings: warnings.map(plain) },
    null,
    2,
  );
}

/**
 * One line per problem, in file order (errors marked ✗, warnings !), then how the file was read
 * and the closing count line, English first and Indonesian after " — " as in `npm run check`:
 * `kegiatan.csv:7: row/baris 6, C (Pilar): "x" is not one of: … — "x" bukan salah satu dari: …`
 * @example formatSummary("kegiatan.csv", summary, false).join("\n")
 */
export function formatSummary(fileName: string, summary: ImportSummary, dryRun: boolean): string[] {
  const lines: string[] = [];
  const problems = [...summary.errors.map((p) => ["✗", p] as const), ...summary.warnings.map((p) => ["!", p] as const)];
  problems.sort(([, a], [, b]) => (a.line ?? 0) - (b.line ?? 0));
  for (const [mark, p] of problems) {
    const where = [p.row === null ? null : `row/baris ${p.row}${p.no ? ` (No ${p.no})` : ""}`, p.column]
      .filter((part) => part !== null)
      .join(", ");
    lines.push(`${mark} ${fileName}${p.line === null ? "" : `:${p.line}`}: ${where ? `${where}: ` : ""}${p.message.en} — ${p.message.id}`);
  }
  const read = howTheFileWasRead(summary);
  if (read) lines.push(`${read.en} — ${read.id}`);
  const { total, imported, keptBack, duplicates, rejected, blank } = summary;
  const ok = summary.errors.length === 0;
  const verb = dryRun
    ? ["would be imported (dry run, nothing written)", "akan diimpor (uji coba, tidak ada yang ditulis)"]
    : ["imported", "diimpor"];
  const held = dryRun
    ? ["would be kept back as drafts for review", "akan ditahan sebagai draf untuk ditinjau"]
    : ["kept back as drafts for review", "ditahan sebagai draf untuk ditinjau"];
  lines.push(
    `${ok ? "✓" : "✗"} ${total} rows read: ${imported} ${verb[0]}, ${keptBack} ${held[0]}, ${duplicates} already there, ${rejected} rejected, ${blank} blank` +
      ` — ${total} baris dibaca: ${imported} ${verb[1]}, ${keptBack} ${held[1]}, ${duplicates} sudah ada, ${rejected} ditolak, ${blank} kosong`,
  );
  return lines;
}
