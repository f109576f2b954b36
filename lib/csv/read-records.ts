import Papa from "papaparse";
import { CsvFileError } from "./bilingual-error.ts";

export type Delimiter = "," | ";" | "\t";

/** One record of the file: a spreadsheet row, which may span several lines of text. */
export interface CsvRecord {
  /** 1-based: the row number the spreadsheet shows (header = 1, blank rows included). */
  row: number;
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
  /** Papaparse's complaint about this record's quotes, if any. */
  quoteProblem?: boolean;
}

/**
 * Line endings as one: spreadsheets write CRLF, old Mac Excel a lone CR, and a cell with a line
 * break may carry either. Stored content uses LF only (the loader normalises too).
 * @example normaliseLineEndings("a\r\nb\rc") // "a\nb\nc"
 */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Splits CSV text into records with Papaparse, with every cell as text (never dynamicTyping:
 * it turns 007 into 7 and 1.200 into 1.2), blank lines kept (they are counted, and they keep
 * row numbers equal to what the spreadsheet shows) and the line each record starts on.
 * An unterminated quote would swallow the rest of the file into one cell: refused.
 * @example readRecords("a;b\n1;\"x\ny\"\n", ";") // [{ row: 1, line: 1, cells: ["a","b"] }, { row: 2, line: 2, cells: ["1","x\ny"] }]
 */
export function readRecords(text: string, delimiter: Delimiter, preview = 0): CsvRecord[] {
  const normalised = normaliseLineEndings(text);
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let unterminated: number | undefined;
  let trailingEmpty = false;
  Papa.parse<string[]>(normalised, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    dynamicTyping: false,
    skipEmptyLines: false,
    preview,
    step: (result) => {
      const cursor = result.meta.cursor;
      const cells = result.data;
      const record: CsvRecord = { row: records.length + 1, line, cells };
      trailingEmpty = start === normalised.length && normalised.length > 0;
      for (const error of result.errors) {
        if (error.code === "MissingQuotes") unterminated ??= line;
        else if (error.code === "InvalidQuotes") record.quoteProblem = true;
      }
      records.push(record);
      for (let i = start; i < cursor; i++) if (normalised.charCodeAt(i) === 10) line++;
      start = cursor;
    },
  });
  // Papaparse reports a trailing newline as one more, empty record; the spreadsheet has no such row.
  if (trailingEmpty) records.pop();
  if (unterminated !== undefined && preview === 0) {
    throw new CsvFileError(
      {
        en: `a quote (") opened on line ${unterminated} or after it is never closed, so the rest of the file would be read as one cell. Check the quotes in that row.`,
        id: `tanda kutip (") yang dibuka di baris ${unterminated} atau sesudahnya tidak pernah ditutup, sehingga sisa berkas akan terbaca sebagai satu sel. Periksa tanda kutip di baris itu.`,
      },
      unterminated,
    );
  }
  return records;
}

/** Whether every cell of a record is empty or whitespace: a blank or delimiter-only line. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === "");
}
