import { describe, expect, it } from "vitest";
import { columnLetter } from "../../lib/csv/activity-columns.ts";
import { matchHeader } from "../../lib/csv/header-map.ts";

const INDONESIAN = [
  "Tanggal",
  "Kelurahan",
  "Pilar",
  "Jenis Kegiatan",
  "Forum",
  "Judul",
  "Judul (EN)",
  "Jumlah Peserta",
  "Perempuan",
  "Laki-laki",
  "Pemuda",
  "Mitra",
  "Catatan",
];

function keys(cells: string[]) {
  const result = matchHeader(cells, 1, 1);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return cells.map((_, i) => result.map.columns.get(i) ?? null);
}

describe("matching column headings", () => {
  it("reads Indonesian headings by meaning", () => {
    expect(keys(INDONESIAN)).toEqual([
      "date",
      "kelurahan",
      "pillar",
      "activityType",
      "venue",
      "titleId",
      "titleEn",
      "participants",
      "women",
      "men",
      "youth",
      "partners",
      "notesId",
    ]);
  });

  it("reads the teams' own template and the variants people write", () => {
    expect(
      keys(["No", "Tanggal", "Kelurahan", "Jenis Kegiatan", "Forum/Tempat", "Jumlah Peserta", "Laki-laki", "Perempuan", "Keterangan"]),
    ).toEqual(["rowNumber", "date", "kelurahan", "activityType", "venue", "participants", "men", "women", "notesId"]);
    expect(keys(["No.", "Tgl", "Kel.", "Jenis", "Lokasi", "Jml Peserta", "L", "P", "Ket."])).toEqual([
      "rowNumber",
      "date",
      "kelurahan",
      "activityType",
      "venue",
      "participants",
      "men",
      "women",
      "notesId",
    ]);
    expect(keys(["Tanggal Kegiatan", "Tim", "Jenis kegiatan", "Tempat", "Kategori Forum", "Jml. Peserta"])).toEqual([
      "date",
      "kelurahan",
      "activityType",
      "venue",
      "forum",
      "participants",
    ]);
    expect(
      keys([
        "Date",
        "Kelurahan",
        "Activity type",
        "Venue",
        "Participants",
        "Men",
        "Women",
        "Notes",
        "Forum category",
        "Pillar",
        "Title",
        "Title (Indonesian)",
      ]),
    ).toEqual([
      "date",
      "kelurahan",
      "activityType",
      "venue",
      "participants",
      "men",
      "women",
      "notesEn",
      "forum",
      "pillar",
      "titleEn",
      "titleId",
    ]);
  });

  it("reads English, shouted, abbreviated and bilingual headings the same way", () => {
    expect(keys(["DATE", "kel.", "PILLAR", "activity_type", "forum", "Title (ID)", "Title", "participants", "P", "L", "Notes"])).toEqual([
      "date",
      "kelurahan",
      "pillar",
      "activityType",
      "venue",
      "titleId",
      "titleEn",
      "participants",
      "women",
      "men",
      "notesEn",
    ]);
    expect(
      keys([
        "Tanggal / Date",
        "Kelurahan",
        "Pilar / Pillar",
        "Jenis kegiatan / Activity type",
        "Forum",
        "Judul (ID) / Title (ID)",
        "Judul (EN) / Title (EN)",
        "Peserta / Participants",
        "Pemuda (<25) / Youth (<25)",
      ]),
    ).toEqual(["date", "kelurahan", "pillar", "activityType", "venue", "titleId", "titleEn", "participants", "youth"]);
  });

  it("never goes by position: shuffled columns map to the same fields", () => {
    const shuffled = [...INDONESIAN].reverse();
    expect(keys(shuffled)).toEqual(keys(INDONESIAN).reverse());
  });

  it("keeps unknown columns for the report instead of dropping them", () => {
    const result = matchHeader([...INDONESIAN, "Nama PIC", ""], 1, 1);
    expect(result.ok && result.map.unknown).toEqual([
      { index: 13, heading: "Nama PIC" },
      { index: 14, heading: "" },
    ]);
  });

  it("refuses a file without a required column, or with two columns meaning one field", () => {
    const missing = matchHeader(
      INDONESIAN.filter((h) => h !== "Jenis Kegiatan"),
      1,
      1,
    );
    expect(!missing.ok && missing.problems.map((p) => p.message)).toEqual([
      {
        en: expect.stringContaining('"Activity type" (Jenis Kegiatan) is missing'),
        id: expect.stringContaining('"Jenis Kegiatan" tidak ada'),
      },
    ]);
    // What the teams' sheet does not have is not required: pillar, forum category and titles are derived.
    expect(matchHeader(["Tanggal", "Kelurahan", "Jenis Kegiatan", "Jumlah Peserta"], 1, 1).ok).toBe(true);
    const twice = matchHeader([...INDONESIAN, "Tgl"], 1, 1);
    expect(!twice.ok && twice.problems[0]).toMatchObject({ column: "N (Tgl)", message: { en: expect.stringContaining("A (Tanggal)") } });
  });

  it("names columns with spreadsheet letters", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
