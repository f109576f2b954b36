import { CsvFileError } from "./bilingual-error.ts";
import { decodeWindows1252, Windows1252Error } from "./windows-1252.ts";

export type CsvEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/** The names people see in a spreadsheet's "Save as" dialog, for messages. */
export const ENCODING_NAMES: Readonly<Record<CsvEncoding, string>> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 (BOM)",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252",
};

const SAVE_AS_UTF8 = {
  en: "Save it again as “CSV UTF-8 (comma delimited)” and import that file.",
  id: "Simpan ulang sebagai “CSV UTF-8 (dipisahkan koma)” lalu impor berkas itu.",
};

/**
 * Turns the bytes of a CSV file into text, deciding the encoding from evidence, never by hope:
 *
 * - a byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE), and the rest must then be valid;
 * - without one, valid UTF-8 is UTF-8. Text in Windows-1252 with any byte above 0x7F is almost
 *   never valid UTF-8 by chance (an accented letter would have to be followed by exactly the
 *   right continuation bytes), so this test is reliable;
 * - bytes that are not UTF-8 are read as Windows-1252 only when the file holds no valid UTF-8
 *   multi-byte sequence at all: a mix means a damaged or pasted-together file, and decoding it
 *   either way would store mojibake, so it is refused, naming the line;
 * - NUL bytes without a byte-order mark mean UTF-16 whose byte order cannot be known: refused.
 *
 * Decoding is strict (no U+FFFD is ever produced); a refusal says how to save the file again.
 * @example decodeCsvBytes(Buffer.from("\uFEFFtanggal\n", "utf8")) // { text: "tanggal\n", encoding: "utf-8-bom" }
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), 3, bytes), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0)
      refuse(
        "is UTF-32, which spreadsheets do not read back reliably",
        "berupa UTF-32, yang tidak dibaca ulang dengan andal oleh lembar kerja",
      );
    return { text: utf16(bytes.subarray(2), "le"), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), "be"), encoding: "utf-16be" };
  if (bytes.includes(0)) {
    refuse(
      "contains NUL bytes: it looks like UTF-16 without a byte-order mark, so its byte order is unknown",
      "berisi byte NUL: tampaknya UTF-16 tanpa penanda urutan byte, sehingga urutan bytenya tidak diketahui",
    );
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === undefined) return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  if (hasUtf8Sequence(bytes)) {
    refuse(
      "mixes UTF-8 with another encoding (for example text pasted from two sources); reading it either way would garble letters",
      "mencampur UTF-8 dengan pengodean lain (misalnya teks yang ditempel dari dua sumber); membacanya dengan cara mana pun akan merusak huruf",
      lineOf(bytes, invalid),
    );
  }
  try {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  } catch (error) {
    if (!(error instanceof Windows1252Error)) throw error;
    const hex = `0x${error.byte.toString(16).toUpperCase()}`;
    refuse(
      `is neither UTF-8 nor Windows-1252 (byte ${hex} has no meaning in either)`,
      `bukan UTF-8 maupun Windows-1252 (byte ${hex} tidak bermakna di keduanya)`,
      lineOf(bytes, error.offset),
    );
  }
}

function refuse(en: string, id: string, line?: number): never {
  throw new CsvFileError({ en: `the file ${en}. ${SAVE_AS_UTF8.en}`, id: `berkas ${id}. ${SAVE_AS_UTF8.id}` }, line);
}

function strictUtf8(body: Uint8Array, skipped: number, whole: Uint8Array): string {
  const invalid = firstInvalidUtf8(body);
  if (invalid !== undefined) {
    refuse(
      "starts with a UTF-8 mark but is not valid UTF-8",
      "diawali penanda UTF-8 tetapi bukan UTF-8 yang sah",
      lineOf(whole, invalid + skipped),
    );
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(body);
}

function utf16(body: Uint8Array, order: "le" | "be"): string {
  if (body.length % 2 !== 0)
    refuse("is UTF-16 with an odd number of bytes (cut short)", "berupa UTF-16 dengan jumlah byte ganjil (terpotong)");
  let le = body;
  if (order === "be") {
    // Node's decoder for utf-16be depends on the ICU build; swapping is always available.
    le = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      le[i] = body[i + 1]!;
      le[i + 1] = body[i]!;
    }
  }
  try {
    return new TextDecoder("utf-16le", { fatal: true }).decode(le);
  } catch {
    refuse("is UTF-16 with a broken character (a lone surrogate)", "berupa UTF-16 dengan karakter rusak (surrogate tunggal)");
  }
}

/** Offset of the first byte that breaks UTF-8, or undefined when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return undefined;
}

/** Length of the valid UTF-8 multi-byte sequence at `i` (2–4), or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef && b !== 0xed) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2 && utf8SequenceLength(bytes, i) > 0) return true;
  return false;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
