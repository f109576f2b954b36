/**
 * The columns of an activity spreadsheet: what each one means, the names the importer accepts
 * (Indonesian and English, as volunteers actually head them) and the names the export writes.
 * Import and export read this one table, so an exported file always imports.
 */
import { compactLabel } from "./normalise-label.ts";

export type ActivityColumn =
  | "rowNumber"
  | "date"
  | "kelurahan"
  | "activityType"
  | "venue"
  | "participants"
  | "men"
  | "women"
  | "notesId"
  | "forum"
  | "pillar"
  | "titleId"
  | "titleEn"
  | "notesEn"
  | "partners"
  | "youth";

export interface ColumnDefinition {
  key: ActivityColumn;
  /** The heading the export writes, in each language. */
  header: { id: string; en: string };
  /** One of the columns of the teams' own spreadsheet (the blank template has only these). */
  template: boolean;
  required: boolean;
  /** Accepted names, in any case, spacing or punctuation. */
  aliases: readonly string[];
}

/**
 * In the order the export writes them: the teams' template first
 * (`No;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan`),
 * then what the site adds, so that an export re-imports with nothing lost.
 */
export const ACTIVITY_COLUMNS: readonly ColumnDefinition[] = [
  // The volunteer's own row number: named in messages, never stored, never used to spot duplicates.
  {
    key: "rowNumber",
    header: { id: "No", en: "No" },
    template: true,
    required: false,
    aliases: ["no", "no.", "nomor", "no urut", "nomor urut", "number", "row", "row number"],
  },
  {
    key: "date",
    header: { id: "Tanggal", en: "Date" },
    template: true,
    required: true,
    aliases: [
      "tanggal",
      "tgl",
      "tanggal kegiatan",
      "tgl kegiatan",
      "hari tanggal",
      "hari/tgl",
      "date",
      "activity date",
      "date of activity",
    ],
  },
  {
    key: "kelurahan",
    header: { id: "Kelurahan", en: "Kelurahan" },
    template: true,
    required: true,
    aliases: ["kelurahan", "kel", "nama kelurahan", "tim", "tim tangguh", "team", "village", "urban village"],
  },
  {
    key: "activityType",
    header: { id: "Jenis Kegiatan", en: "Activity type" },
    template: true,
    required: true,
    aliases: [
      "jenis kegiatan",
      "jenis",
      "tipe kegiatan",
      "kategori kegiatan",
      "bentuk kegiatan",
      "activity type",
      "type of activity",
      "type",
      "activity",
    ],
  },
  {
    key: "venue",
    header: { id: "Forum/Tempat", en: "Venue" },
    template: true,
    required: false,
    aliases: [
      "forum/tempat",
      "forum / tempat",
      "tempat",
      "tempat kegiatan",
      "lokasi",
      "lokasi kegiatan",
      "forum",
      "venue",
      "place",
      "location",
    ],
  },
  {
    key: "participants",
    header: { id: "Jumlah Peserta", en: "Participants" },
    template: true,
    required: true,
    aliases: [
      "jumlah peserta",
      "jml peserta",
      "jml. peserta",
      "peserta",
      "total peserta",
      "jumlah",
      "jml",
      "total",
      "jumlah hadir",
      "participants",
      "number of participants",
      "total participants",
      "participants total",
    ],
  },
  {
    key: "men",
    header: { id: "Laki-laki", en: "Men" },
    template: true,
    required: false,
    aliases: [
      "laki-laki",
      "laki laki",
      "peserta laki-laki",
      "jumlah laki-laki",
      "jml laki-laki",
      "pria",
      "l",
      "lk",
      "men",
      "male",
      "participants men",
    ],
  },
  {
    key: "women",
    header: { id: "Perempuan", en: "Women" },
    template: true,
    required: false,
    aliases: [
      "perempuan",
      "peserta perempuan",
      "jumlah perempuan",
      "jml perempuan",
      "wanita",
      "p",
      "pr",
      "women",
      "female",
      "participants women",
    ],
  },
  {
    key: "notesId",
    header: { id: "Keterangan", en: "Notes (Indonesian)" },
    template: true,
    required: false,
    aliases: ["keterangan", "ket", "ket.", "catatan", "catatan id", "catatan indonesia", "keterangan id", "notes id", "notes indonesian"],
  },
  {
    key: "forum",
    header: { id: "Kategori Forum", en: "Forum category" },
    template: false,
    required: false,
    aliases: ["kategori forum", "jenis forum", "forum category", "forum type", "wadah", "forum pertemuan", "setting"],
  },
  { key: "pillar", header: { id: "Pilar", en: "Pillar" }, template: false, required: false, aliases: ["pilar", "pillar"] },
  {
    key: "titleId",
    header: { id: "Judul", en: "Title (Indonesian)" },
    template: false,
    required: false,
    aliases: [
      "judul",
      "judul id",
      "judul indonesia",
      "judul bahasa indonesia",
      "judul kegiatan",
      "nama kegiatan",
      "uraian kegiatan",
      "title id",
      "title indonesian",
      "indonesian title",
      "title in indonesian",
    ],
  },
  {
    key: "titleEn",
    header: { id: "Judul (EN)", en: "Title" },
    template: false,
    required: false,
    aliases: [
      "title",
      "title en",
      "title english",
      "english title",
      "title in english",
      "judul en",
      "judul eng",
      "judul inggris",
      "judul bahasa inggris",
      "judul english",
    ],
  },
  {
    key: "notesEn",
    header: { id: "Keterangan (EN)", en: "Notes" },
    template: false,
    required: false,
    aliases: [
      "notes",
      "notes en",
      "notes english",
      "remarks",
      "keterangan en",
      "keterangan inggris",
      "catatan en",
      "catatan inggris",
      "catatan bahasa inggris",
    ],
  },
  {
    key: "partners",
    header: { id: "Mitra", en: "Partners" },
    template: false,
    required: false,
    aliases: ["mitra", "lembaga mitra", "mitra lembaga", "mitra yang terlibat", "partners", "partner", "partner institutions"],
  },
  {
    key: "youth",
    header: { id: "Peserta di bawah 25", en: "Under 25" },
    template: false,
    required: false,
    aliases: [
      "pemuda",
      "remaja",
      "pemuda di bawah 25",
      "peserta di bawah 25",
      "usia di bawah 25",
      "di bawah 25",
      "peserta muda",
      "youth",
      "under 25",
      "youth under 25",
      "of whom under 25",
    ],
  },
];

/**
 * What marks the blank template's example row in its No column: the export writes it, the
 * import skips a row that carries it (in any case) and says so.
 */
export const EXAMPLE_MARK = { id: "Contoh", en: "Example" } as const;

/** Compact alias → column, checked at load: one alias may never mean two columns. */
export const COLUMN_ALIASES: ReadonlyMap<string, ActivityColumn> = (() => {
  const map = new Map<string, ActivityColumn>();
  for (const column of ACTIVITY_COLUMNS) {
    // Column keys are not names: "forum" alone heads the venue, as in the teams' Forum/Tempat.
    for (const alias of column.aliases) {
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
