/**
 * The columns of an activity spreadsheet: what each one means, the names the importer accepts
 * (Indonesian and English, as volunteers actually head them) and the name the exporter writes.
 * Import and export read this one table, so an exported file always imports.
 */
import { compactLabel } from "./normalise-label.ts";

export type ActivityColumn =
  | "date"
  | "kelurahan"
  | "pillar"
  | "activityType"
  | "forum"
  | "titleId"
  | "titleEn"
  | "participants"
  | "women"
  | "men"
  | "youth"
  | "partners"
  | "notesId"
  | "notesEn";

export interface ColumnDefinition {
  key: ActivityColumn;
  /** The header written by the export: Indonesian first, English second. */
  header: string;
  required: boolean;
  /** Accepted names, in any case, spacing or punctuation. */
  aliases: readonly string[];
}

export const ACTIVITY_COLUMNS: readonly ColumnDefinition[] = [
  { key: "date", header: "Tanggal / Date", required: true, aliases: ["tanggal", "tgl", "tanggal kegiatan", "hari tanggal", "hari/tgl", "date", "activity date", "date of activity"] },
  { key: "kelurahan", header: "Kelurahan", required: true, aliases: ["kelurahan", "kel", "nama kelurahan", "tim", "tim tangguh", "team", "village", "urban village"] },
  { key: "pillar", header: "Pilar / Pillar", required: true, aliases: ["pilar", "pillar"] },
  { key: "activityType", header: "Jenis kegiatan / Activity type", required: true, aliases: ["jenis kegiatan", "jenis", "tipe kegiatan", "kategori kegiatan", "bentuk kegiatan", "activity type", "type of activity", "type"] },
  { key: "forum", header: "Forum", required: true, aliases: ["forum", "wadah", "forum pertemuan", "forum/wadah", "setting"] },
  { key: "titleId", header: "Judul (ID) / Title (ID)", required: true, aliases: ["judul", "judul id", "judul indonesia", "judul bahasa indonesia", "judul kegiatan", "nama kegiatan", "kegiatan", "uraian kegiatan", "title id", "title indonesian", "indonesian title", "title in indonesian"] },
  { key: "titleEn", header: "Judul (EN) / Title (EN)", required: true, aliases: ["title", "title en", "title english", "english title", "title in english", "judul en", "judul eng", "judul inggris", "judul bahasa inggris", "judul english"] },
  { key: "participants", header: "Peserta / Participants", required: true, aliases: ["peserta", "jumlah peserta", "total peserta", "jumlah", "total", "jumlah hadir", "participants", "number of participants", "total participants", "participants total"] },
  { key: "women", header: "Perempuan / Women", required: false, aliases: ["perempuan", "peserta perempuan", "jumlah perempuan", "wanita", "p", "women", "female", "participants women"] },
  { key: "men", header: "Laki-laki / Men", required: false, aliases: ["laki-laki", "laki laki", "peserta laki-laki", "jumlah laki-laki", "pria", "l", "men", "male", "participants men"] },
  { key: "youth", header: "Pemuda (<25) / Youth (<25)", required: false, aliases: ["pemuda", "remaja", "pemuda di bawah 25", "usia di bawah 25", "di bawah 25", "peserta muda", "youth", "under 25", "youth under 25", "of whom under 25"] },
  { key: "partners", header: "Mitra / Partners", required: false, aliases: ["mitra", "lembaga mitra", "mitra lembaga", "mitra yang terlibat", "partners", "partner", "partner institutions"] },
  { key: "notesId", header: "Catatan (ID) / Notes (ID)", required: false, aliases: ["catatan", "catatan id", "catatan indonesia", "keterangan", "ket", "notes id", "notes indonesian"] },
  { key: "notesEn", header: "Catatan (EN) / Notes (EN)", required: false, aliases: ["notes", "notes en", "notes english", "remarks", "catatan en", "catatan inggris", "catatan bahasa inggris"] },
];

/** Compact alias → column, checked at load: one alias may never mean two columns. */
export const COLUMN_ALIASES: ReadonlyMap<string, ActivityColumn> = (() => {
  const map = new Map<string, ActivityColumn>();
  for (const column of ACTIVITY_COLUMNS) {
    for (const alias of [...column.aliases, column.key]) {
      const key = compactLabel(alias);
      const existing = map.get(key);
      if (existing && existing !== column.key) throw new Error(`Column alias "${alias}" means both ${existing} and ${column.key}`);
      map.set(key, column.key);
    }
  }
  return map;
})();

/** Spreadsheet letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
