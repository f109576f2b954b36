import type { Bilingual } from "../content/entry.ts";
import { ACTIVITY_COLUMNS, type ActivityColumn, COLUMN_ALIASES, columnLetter } from "./activity-columns.ts";
import { stripFormulaGuard } from "./cell-text.ts";
import type { ImportProblem } from "./import-problem.ts";
import { resolveLabel } from "./normalise-label.ts";

export interface HeaderMap {
  /** Column index → what it holds. */
  columns: Map<number, ActivityColumn>;
  /** Where each known column is; the label says "C (Pilar)" in messages. */
  index: Map<ActivityColumn, number>;
  labels: string[];
  /** Indexes of columns that are not known, with their heading. */
  unknown: { index: number; heading: string }[];
}

export type HeaderResult = { ok: true; map: HeaderMap } | { ok: false; problems: ImportProblem[] };

/** How a column is named in messages: its letter and, if it has one, its heading. */
export function columnLabel(index: number, heading: string | undefined): string {
  const name = heading?.trim();
  return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
}

/**
 * Matches the header row to the activity's fields by meaning, never by position: headings in
 * Indonesian or English, any case, spacing or punctuation ("Jenis Kegiatan", "activity_type",
 * "Tanggal / Date"). A missing required column or two columns meaning the same field refuse
 * the file (no row could be read right); unknown columns are kept for the summary, which
 * reports them, so no data is dropped silently.
 * @example matchHeader(["Tanggal", "Kelurahan", "Pilar", …], 1, 1) // { ok: true, map: { columns: Map { 0 => "date", … }, … } }
 */
export function matchHeader(cells: readonly string[], row: number, line: number): HeaderResult {
  const columns = new Map<number, ActivityColumn>();
  const index = new Map<ActivityColumn, number>();
  const unknown: { index: number; heading: string }[] = [];
  const problems: ImportProblem[] = [];
  const labels = cells.map((cell) => stripFormulaGuard(cell).trim());
  labels.forEach((heading, i) => {
    if (heading === "") {
      unknown.push({ index: i, heading });
      return;
    }
    const key = resolveLabel(heading, COLUMN_ALIASES);
    if (!key) {
      unknown.push({ index: i, heading });
      return;
    }
    const earlier = index.get(key);
    if (earlier !== undefined) {
      problems.push(
        fileProblem(row, line, columnLabel(i, heading), {
          en: `means the same as column ${columnLabel(earlier, labels[earlier])}; keep one of them`,
          id: `bermakna sama dengan kolom ${columnLabel(earlier, labels[earlier])}; pertahankan salah satunya`,
        }),
      );
      return;
    }
    columns.set(i, key);
    index.set(key, i);
  });
  for (const column of ACTIVITY_COLUMNS) {
    if (column.required && !index.has(column.key)) {
      problems.push(
        fileProblem(row, line, null, {
          en: `the required column "${column.header.en}" (${column.header.id}) is missing (the first row must hold the column names)`,
          id: `kolom wajib "${column.header.id}" tidak ada (baris pertama harus berisi nama kolom)`,
        }),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, map: { columns, index, labels, unknown } };
}

/** Counts how many of a row's cells are known column names (for delimiter detection). */
export function recognisedHeadings(cells: readonly string[]): number {
  return cells.filter((cell) => resolveLabel(stripFormulaGuard(cell), COLUMN_ALIASES) !== undefined).length;
}

function fileProblem(row: number, line: number, column: string | null, message: Bilingual): ImportProblem {
  return { row, line, column, message };
}
