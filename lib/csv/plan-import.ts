import type { ValidateFunction } from "ajv";
import type { Bilingual } from "../content/entry.ts";
import { screenText } from "../privacy/screen-text.ts";
import type { Activity, PrivacyAllowList } from "../types/content.generated.ts";
import { ACTIVITY_COLUMNS, type ActivityColumn, EXAMPLE_MARK } from "./activity-columns.ts";
import { activityHash } from "./activity-hash.ts";
import { CsvFileError } from "./bilingual-error.ts";
import { privacyProblems, schemaProblems } from "./check-activity.ts";
import { type CsvEncoding, decodeCsvBytes } from "./decode-csv-bytes.ts";
import { detectDelimiter } from "./detect-delimiter.ts";
import { ACTIVITIES_FOLDER, type ExistingActivities } from "./existing-activities.ts";
import { cellReaders, remember } from "./cell-readers.ts";
import { columnLabel, type HeaderMap, matchHeader, recognisedHeadings } from "./header-map.ts";
import type { ImportProblem } from "./import-problem.ts";
import { isMonthFirst } from "./parse-date.ts";
import { type CsvRecord, type Delimiter, isBlankRecord, readRecords } from "./read-records.ts";
import { type CellProblem, readRow } from "./row-to-activity.ts";

/** What an import found: every record accounted for, every problem listed. */
export interface ImportSummary {
  /** Records below the header row: imported + keptBack + duplicates + rejected + blank. */
  total: number;
  /** New activities, published once saved. */
  imported: number;
  /** New activities saved as drafts for an editor to complete (never published as they are). */
  keptBack: number;
  duplicates: number;
  rejected: number;
  blank: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** How the file was read; absent when it could not be. */
  encoding?: CsvEncoding;
  /** True when the rows came from an Excel workbook's first sheet (lib/csv/read-workbook.ts). */
  workbook?: boolean;
  delimiter?: Delimiter;
}

/** A new activity file, path relative to the project root. */
export interface NewFile {
  file: string;
  text: string;
}

/** What happens to one row: added, kept back as a draft, already there, refused, or blank. */
export type RowOutcome = "add" | "keep-back" | "already-there" | "refuse" | "blank";

/** One row of the file and its outcome, for a preview that shows every row. */
export interface RowResult {
  row: number;
  line: number;
  /** The volunteer's own row number (the No column), if the sheet has one. */
  no: string | null;
  outcome: RowOutcome;
  /** The activity as read (for add and keep-back: as it will be written); never when it holds what looks like personal data. */
  activity?: Omit<Activity, "source">;
  /** For add and keep-back: the file it will be written to. */
  file?: string;
  /** This row's problems: errors first, then warnings (the reason it is kept back among them). */
  problems: ImportProblem[];
}

export interface ImportPlan {
  summary: ImportSummary;
  files: NewFile[];
  rows: RowResult[];
}

export interface PlanOptions {
  /** YYYY-MM-DD; later dates are flagged. */
  today: string;
  validate: ValidateFunction;
  allowList: PrivacyAllowList;
  existing: ExistingActivities;
  /** The bytes are an Excel workbook's first sheet, written as CSV by spreadsheetAsCsv. */
  workbook?: boolean;
  /** Called every `progressEvery` records with how many were read of how many. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/**
 * Reads a CSV file and decides, row by row, what to import; writes nothing. The result holds
 * the new files (named `<date>-<kelurahan>-<hash>.json`, fingerprint in `source.hash`) and a
 * summary in which every record is counted once: imported, duplicate (same content already
 * stored or earlier in the file), rejected (with every reason), or blank. A file that cannot
 * be read at all (encoding, columns, quotes) imports nothing and says why.
 * @example const { summary, files } = planImport(readFileSync("log.csv"), { today, validate, allowList, existing });
 */
export function planImport(bytes: Uint8Array, options: PlanOptions): ImportPlan {
  const summary: ImportSummary = { total: 0, imported: 0, keptBack: 0, duplicates: 0, rejected: 0, blank: 0, errors: [], warnings: [] };
  const results: RowResult[] = [];
  if (options.workbook) summary.workbook = true;
  let records: CsvRecord[];
  try {
    const { text, encoding } = decodeCsvBytes(bytes);
    summary.encoding = encoding;
    const delimiter = detectDelimiter(text, recognisedHeadings);
    summary.delimiter = delimiter;
    records = readRecords(text, delimiter);
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    summary.errors.push({ row: null, line: error.line ?? null, column: null, message: error.bilingual });
    return { summary, files: [], rows: results };
  }

  const headerAt = records.findIndex((record) => !isBlankRecord(record));
  const header = records[headerAt];
  if (!header) {
    summary.errors.push({ row: null, line: null, column: null, message: { en: "the file is empty", id: "berkas kosong" } });
    return { summary, files: [], rows: results };
  }
  const rows = records.filter((_, i) => i !== headerAt);
  summary.total = rows.length;
  const matched = matchHeader(header.cells, header.row, header.line);
  if (!matched.ok) {
    summary.errors.push(...matched.problems);
    summary.blank = rows.filter(isBlankRecord).length;
    summary.rejected = summary.total - summary.blank;
    summary.errors.push({
      row: null,
      line: null,
      column: null,
      message: {
        en: `nothing was imported: the ${summary.rejected} rows cannot be read without these columns`,
        id: `tidak ada yang diimpor: ${summary.rejected} baris tidak dapat dibaca tanpa kolom ini`,
      },
    });
    return { summary, files: [], rows: results };
  }
  const map = matched.map;
  reportUnknownColumns(map, header, rows, summary);

  const evidence = rows.find((record) => isMonthFirst(record.cells[map.index.get("date")!] ?? ""));
  const context = {
    today: options.today,
    ...(evidence ? { monthFirstEvidence: { row: evidence.row, text: (evidence.cells[map.index.get("date")!] ?? "").trim() } } : {}),
  };
  const readers = cellReaders(context);
  const screenRepeated = remember((text: string) => screenText(text, options.allowList));
  const seen = new Map<string, number>();
  const files: NewFile[] = [];
  const every = options.progressEvery ?? 10_000;
  const noAt = map.index.get("rowNumber");
  rows.forEach((record, i) => {
    if (options.onProgress && i > 0 && i % every === 0) options.onProgress(i, rows.length);
    const no = noAt === undefined ? null : (record.cells[noAt] ?? "").trim() || null;
    const result: RowResult = { row: record.row, line: record.line, no, outcome: "blank", problems: [] };
    results.push(result);
    const place = (problem: CellProblem): ImportProblem => ({
      row: record.row,
      line: record.line,
      ...(no ? { no } : {}),
      column: columnName(problem.column, map),
      message: problem.message,
    });
    const warn = (problem: CellProblem) => {
      const placed = place(problem);
      summary.warnings.push(placed);
      result.problems.push(placed);
    };
    // Volunteers number rows ahead of time: a row with only its No is still a blank row.
    if (record.cells.every((cell, column) => column === noAt || cell.trim() === "")) {
      summary.blank++;
      return;
    }
    if (no && EXAMPLE_MARKS.has(no.toLowerCase())) {
      // The blank template's example row, left in: skipped, and said so.
      summary.blank++;
      warn({
        column: "rowNumber",
        message: {
          en: "is the template's example row; it was skipped (delete it from your sheet)",
          id: "adalah baris contoh dari templat; dilewati (hapus dari lembar kerja Anda)",
        },
      });
      return;
    }
    const reading = readRow(record.cells, map, context, readers);
    const errors = [...structureProblems(record, map), ...reading.errors];
    const reported = new Set<ActivityColumn | null>(reading.errors.map((e) => e.column));
    // Pillar and titles follow from the type's words: an unreadable type is the one problem.
    if (reported.has("activityType")) for (const derived of ["pillar", "titleId", "titleEn"] as const) reported.add(derived);
    const activity = reading.activity;
    result.activity = activity;
    const asStored = {
      ...activity,
      source: { kind: "csv", hash: "0".repeat(64) },
      ...(reading.keptBack ? { draft: true } : {}),
    } as Activity;
    errors.push(...schemaProblems(options.validate, asStored, reported));
    const privacy = privacyProblems(reading.freeText, options.allowList, screenRepeated);
    // What looks like personal data never travels further, not even into the preview of the row.
    if (privacy.length > 0) delete result.activity;
    errors.push(...privacy);
    if (errors.length > 0) {
      summary.rejected++;
      result.outcome = "refuse";
      const placed = errors.map(place);
      summary.errors.push(...placed);
      result.problems.push(...placed);
      reading.warnings.forEach(warn);
      return;
    }
    reading.warnings.forEach(warn);
    const hash = activityHash(activity);
    const earlier = seen.get(hash);
    if (options.existing.hashes.has(hash) || earlier !== undefined) {
      summary.duplicates++;
      result.outcome = "already-there";
      if (earlier !== undefined)
        warn({
          column: null,
          message: {
            en: `same activity as row ${earlier}; counted once`,
            id: `kegiatan yang sama dengan baris ${earlier}; dihitung sekali`,
          },
        });
      return;
    }
    seen.set(hash, record.row);
    if (reading.keptBack) {
      summary.keptBack++;
      result.outcome = "keep-back";
      warn(reading.keptBack);
    } else {
      summary.imported++;
      result.outcome = "add";
    }
    const file = `${ACTIVITIES_FOLDER}/${fileName(activity, hash, options.existing.names)}`;
    result.file = file;
    files.push({ file, text: serialise(activity, hash, Boolean(reading.keptBack)) });
  });
  if (options.onProgress && rows.length >= every) options.onProgress(rows.length, rows.length);
  return { summary, files, rows: results };
}

/**
 * A column as messages name it: its letter and heading ("E (Forum/Tempat)"), or, for a field the
 * sheet has no column for (a pillar the type did not give), the heading it would have: "(Pilar)".
 */
function columnName(column: ActivityColumn | null, map: HeaderMap): string | null {
  if (column === null) return null;
  const index = map.index.get(column);
  if (index !== undefined) return columnLabel(index, map.labels[index]);
  const definition = ACTIVITY_COLUMNS.find((candidate) => candidate.key === column);
  return definition ? `(${definition.header.id})` : null;
}

/** Problems with the shape of a record: broken quotes, values beyond the last heading. */
function structureProblems(record: CsvRecord, map: HeaderMap): CellProblem[] {
  const problems: CellProblem[] = [];
  if (record.quoteProblem) {
    problems.push({
      column: null,
      message: {
        en: 'has a misplaced quote ("): a quoted cell must start and end with it',
        id: 'memiliki tanda kutip (") yang salah tempat: sel berkutip harus diawali dan diakhiri dengannya',
      },
    });
  }
  const beyond = record.cells.slice(map.labels.length).filter((cell) => cell.trim() !== "").length;
  if (beyond > 0) {
    problems.push({
      column: null,
      message: {
        en: `has ${record.cells.length} cells but the header has ${map.labels.length}: a cell probably contains an unquoted separator, so its values may have shifted`,
        id: `memiliki ${record.cells.length} sel sedangkan judul kolom ${map.labels.length}: kemungkinan ada sel berisi pemisah tanpa tanda kutip, sehingga nilainya bergeser`,
      },
    });
  }
  return problems;
}

/** Unknown columns are reported with how many values they held: not imported, not silently. */
function reportUnknownColumns(map: HeaderMap, header: CsvRecord, rows: readonly CsvRecord[], summary: ImportSummary): void {
  for (const { index, heading } of map.unknown) {
    const values = rows.filter((record) => (record.cells[index] ?? "").trim() !== "").length;
    if (heading === "" && values === 0) continue; // an empty trailing column Excel writes
    const message: Bilingual =
      heading === ""
        ? {
            en: `has no heading; its ${values} values were not imported`,
            id: `tidak memiliki judul kolom; ${values} nilainya tidak diimpor`,
          }
        : {
            en: `is not an activity field; its ${values} values were not imported (rename the column if it should be)`,
            id: `bukan kolom kegiatan; ${values} nilainya tidak diimpor (ganti nama kolom jika seharusnya diimpor)`,
          };
    summary.warnings.push({ row: header.row, line: header.line, column: columnLabel(index, heading), message });
  }
}

/**
 * `<date>-<kelurahan>-<first 8 hex digits of the hash>.json`, longer when that name is taken:
 * a new file never replaces one.
 */
function fileName(activity: Activity | Omit<Activity, "source">, hash: string, taken: Set<string>): string {
  for (let length = 8; length <= 64; length += 4) {
    const name = `${activity.date}-${activity.kelurahan}-${hash.slice(0, length)}.json`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error(`No free file name for activity ${hash}`);
}

const EXAMPLE_MARKS = new Set(Object.values(EXAMPLE_MARK).map((mark) => mark.toLowerCase()));

/**
 * The stored form: the key order and layout of the files editors write (readRow builds the
 * record in that order, leaving out what the row does not have); a row kept back is a draft.
 */
function serialise(activity: Omit<Activity, "source">, hash: string, keptBack: boolean): string {
  const record: Activity = { ...activity, source: { kind: "csv", hash }, ...(keptBack ? { draft: true } : {}) };
  return `${JSON.stringify(record, null, 2)}\n`;
}
