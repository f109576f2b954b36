/**
 * Excel workbooks (.xlsx) as the importer's CSV: the first sheet's cells written out as text,
 * so that one parser and one set of rules read both (a workbook goes through exactly what a
 * CSV export of it would). Numbers stay as written in the cell (never rounded or re-typed),
 * date cells become YYYY-MM-DD, empty cells empty. Reading is done by read-excel-file (MIT,
 * maintained), which runs the same in Node and in the browser.
 */
import Papa from "papaparse";
import { readSheet } from "read-excel-file/universal";
import { CsvFileError } from "./bilingual-error.ts";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The old binary Excel format (.xls) and other compound files.
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/**
 * Whether the bytes are an .xlsx workbook (a ZIP file), whatever the file is called.
 * @example isWorkbook(readFileSync("kegiatan.xlsx")) // true
 */
export function isWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

/**
 * The bytes the importer reads: a CSV file as it is, an .xlsx workbook's first sheet as CSV.
 * An old .xls file or a damaged workbook is refused with what to do instead.
 * @example const { bytes, workbook } = await spreadsheetAsCsv(readFileSync("kegiatan.xlsx"));
 */
export async function spreadsheetAsCsv(bytes: Uint8Array): Promise<{ bytes: Uint8Array; workbook: boolean }> {
  if (startsWith(bytes, COMPOUND)) {
    throw new CsvFileError({
      en: "this is an old Excel file (.xls) or a password-protected workbook; open it in Excel and save it as .xlsx or as CSV",
      id: "ini berkas Excel lama (.xls) atau buku kerja berkata sandi; buka di Excel lalu simpan sebagai .xlsx atau CSV",
    });
  }
  if (!isWorkbook(bytes)) return { bytes, workbook: false };
  let rows: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    rows = (await readSheet(buffer, { parseNumber: (text: string) => text, trim: false })) as unknown[][];
  } catch {
    throw new CsvFileError({
      en: "the workbook cannot be read (it may be damaged, or not an Excel workbook); open it in Excel and save it again, as .xlsx or as CSV",
      id: "buku kerja tidak dapat dibaca (mungkin rusak, atau bukan buku kerja Excel); buka di Excel lalu simpan lagi sebagai .xlsx atau CSV",
    });
  }
  const text = Papa.unparse(
    rows.map((row) => row.map(cellText)),
    { delimiter: ";", newline: "\n", quotes: true },
  );
  return { bytes: new TextEncoder().encode(text), workbook: true };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  // A date cell holds the calendar date at midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}
