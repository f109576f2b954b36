import { CsvFileError } from "./bilingual-error.ts";
import { type Delimiter, isBlankRecord, readRecords } from "./read-records.ts";

const CANDIDATES: readonly Delimiter[] = [",", ";", "\t"];
/** Enough rows to see a pattern, few enough to stay instant on 100,000-row files. */
const SAMPLE_RECORDS = 200;

/**
 * Finds the delimiter by reading the start of the file with each candidate (quotes respected,
 * by Papaparse) and keeping the one under which the header has several columns and the rows
 * have the header's width; recognised column names break ties. Papaparse's own guess counts
 * characters and picks "," for a ";" file whose notes hold decimal commas ("2,5 jam"); a width
 * test is not fooled, because those commas give the rows different widths.
 * `recognised` says how many header cells are known column names.
 * @example detectDelimiter("tanggal;catatan\n2024-11-04;durasi 2,5 jam\n", (cells) => cells.length) // ";"
 */
export function detectDelimiter(text: string, recognised: (header: string[]) => number): Delimiter {
  let best: { delimiter: Delimiter; score: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const records = readRecords(text, delimiter, SAMPLE_RECORDS).filter((record) => !isBlankRecord(record));
    const header = records[0];
    if (!header || header.cells.length < 2) continue;
    const width = header.cells.length;
    // A row may end with empty cells beyond the header (Excel pads ragged ranges).
    const fits = records.filter(
      (r) => r.cells.length === width || (r.cells.length > width && r.cells.slice(width).every((c) => c.trim() === "")),
    ).length;
    const score = (fits / records.length) * 1000 + recognised(header.cells) * 10 + Math.min(width, 99) / 100;
    if (!best || score > best.score) best = { delimiter, score };
  }
  if (!best) {
    throw new CsvFileError(
      {
        en: "no columns found: the first row must hold the column names, separated by commas, semicolons or tabs",
        id: "kolom tidak ditemukan: baris pertama harus berisi nama kolom yang dipisah koma, titik koma atau tab",
      },
      1,
    );
  }
  return best.delimiter;
}
