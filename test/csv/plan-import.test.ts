import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { existingActivitiesFrom } from "../../lib/csv/existing-activities.ts";
import { readExistingActivities } from "../../lib/csv/read-existing-activities.ts";
import { planImport, type PlanOptions } from "../../lib/csv/plan-import.ts";
import { encodeWindows1252 } from "../../lib/csv/windows-1252.ts";
import { compileValidators } from "../../lib/schema/validator.ts";
import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const validators = compileValidators();
const allowList = JSON.parse(readFileSync(path.join(REPO_ROOT, "data/privacy/allow-list.json"), "utf8")) as PrivacyAllowList;
const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, "test/fixtures/csv", name));
const options = (extra: Partial<PlanOptions> = {}): PlanOptions => ({
  today: "2025-06-30",
  validate: validators.activity,
  allowList,
  existing: { hashes: new Set(), names: new Set() },
  ...extra,
});
const plan = (bytes: Uint8Array | string, extra?: Partial<PlanOptions>) =>
  planImport(typeof bytes === "string" ? Buffer.from(bytes) : bytes, options(extra));
const accounted = ({ summary: s }: ReturnType<typeof plan>) => s.imported + s.keptBack + s.duplicates + s.rejected + s.blank === s.total;
const HEADER = "Tanggal,Kelurahan,Pilar,Jenis kegiatan,Forum,Judul,Title,Peserta,Perempuan,Laki-laki\n";

describe("planning an import", () => {
  it("reads an Excel file with Indonesian settings: semicolons, CRLF, decimal commas, blank and delimiter-only lines", () => {
    const result = plan(fixture("excel-id-semicolon.csv"));
    expect(result.summary).toMatchObject({
      total: 4,
      imported: 2,
      duplicates: 0,
      rejected: 0,
      blank: 2,
      errors: [],
      delimiter: ";",
      encoding: "utf-8",
    });
    const [first, second] = result.files.map((file) => JSON.parse(file.text));
    expect(first).toMatchObject({
      date: "2024-11-04",
      kelurahan: "jombang",
      pillar: "awareness",
      activityType: "socialisation",
      forum: "majelis-taklim",
      participants: { total: 30, women: 25, men: 5 },
    });
    expect(first.notes.id).toBe("Durasi 2,5 jam, lalu tanya jawab; hadir 1,5 RW");
    expect(second).toMatchObject({
      date: "2024-11-11",
      kelurahan: "muncul",
      forum: "women-farmers-group",
      notes: { id: "Baris satu\n=baris dua" },
    });
    expect(result.files[0]!.file).toMatch(/^content\/activities\/2024-11-04-jombang-[0-9a-f]{8}\.json$/);
    expect(first.source).toEqual({ kind: "csv", hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(accounted(result)).toBe(true);
  });

  it("reads English Google Sheets files and LibreOffice tab files with abbreviated headings", () => {
    expect(plan(fixture("google-sheets-english.csv")).summary).toMatchObject({ imported: 1, errors: [], delimiter: "," });
    const tab = plan(fixture("libreoffice-tab.csv"));
    expect(tab.summary).toMatchObject({ imported: 1, errors: [], delimiter: "\t" });
    expect(JSON.parse(tab.files[0]!.text)).toMatchObject({
      date: "2024-11-04",
      kelurahan: "pondok-kacang-timur",
      forum: "government-office",
      participants: { total: 7, women: 3, men: 4 },
    });
  });

  it("gives the same records from UTF-8, UTF-16 LE/BE and Windows-1252 copies of one file", () => {
    const text = `${HEADER}4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Sosialisasi “aman” – café,Session “safe” – café,30,20,10\n`;
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    const be = Buffer.from(le);
    be.swap16();
    const expected = plan(text).files.map((f) => f.text);
    expect(expected).toHaveLength(1);
    for (const bytes of [Buffer.from(`\uFEFF${text}`), le, be, encodeWindows1252(text)!]) {
      expect(plan(bytes).files.map((f) => f.text)).toEqual(expected);
    }
  });

  it("lists every problem of every row in one pass, with row, line and column, in both languages", () => {
    const result = plan(fixture("bad-rows.csv"));
    expect(result.summary).toMatchObject({ total: 4, imported: 0, rejected: 4 });
    const where = result.summary.errors.map((e) => `${e.row}|${e.line}|${e.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "2|2|A (Tanggal)",
        "2|2|H (Peserta)",
        "3|3|A (Tanggal)",
        "3|3|H (Peserta)",
        "4|4|H (Peserta)",
        "5|5|B (Kelurahan)",
        "5|5|D (Jenis kegiatan)",
        "5|5|H (Peserta)",
      ]),
    );
    const byPlace = (place: string) => result.summary.errors.find((e) => `${e.row}|${e.line}|${e.column}` === place)!.message;
    expect(byPlace("2|2|H (Peserta)")).toEqual({
      en: "women (20) and men (5) add up to 25, not to the total 30",
      id: "perempuan (20) dan laki-laki (5) berjumlah 25, bukan total 30",
    });
    expect(byPlace("3|3|H (Peserta)").en).toContain("digits only");
    expect(byPlace("4|4|H (Peserta)").en).toContain("cannot be negative");
    expect(byPlace("5|5|H (Peserta)").en).toContain("women (5) and men (1) add up to 6");
    expect(result.summary.warnings.some((w) => w.row === 4 && w.message.en.includes('row 3 ("11/25/2024") writes the month first'))).toBe(
      true,
    );
    expect(accounted(result)).toBe(true);
  });

  it("rejects rows with personal data, naming the cell and a masked value, never the value", () => {
    const result = plan(fixture("personal-data.csv"));
    expect(result.summary).toMatchObject({ imported: 0, rejected: 1 });
    const messages = JSON.stringify(result.summary.errors);
    expect(messages).toContain("I (Catatan)");
    expect(messages).toContain("phone number");
    expect(messages).not.toContain("0812-3456-7890");
    expect(messages).not.toContain("Rahmat");
  });

  it("reports unknown columns and how many values they held, and still imports the rest", () => {
    const result = plan(`${HEADER.trimEnd()},Nama PIC,\n4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Judul,Title,3,1,2,x,\n`);
    expect(result.summary.imported).toBe(1);
    expect(result.summary.warnings).toEqual([
      {
        row: 1,
        line: 1,
        column: "K (Nama PIC)",
        message: expect.objectContaining({ en: expect.stringContaining("its 1 values were not imported") }),
      },
    ]);
  });

  it("rejects a row whose cells run past the header (an unquoted separator shifted them)", () => {
    const result = plan(`${HEADER}4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Judul, dengan koma,Title,3,1,2\n`);
    expect(result.summary.rejected).toBe(1);
    expect(result.summary.errors.map((e) => e.message.en).join()).toContain("unquoted separator");
  });

  it("refuses the whole file when a required column is missing, counting every row as rejected", () => {
    const result = plan("Tanggal,Judul\n4 November 2024,a\n\n5 November 2024,b\n");
    expect(result.summary).toMatchObject({ total: 3, imported: 0, rejected: 2, blank: 1 });
    expect(result.files).toEqual([]);
    expect(accounted(result)).toBe(true);
  });

  it("counts a repeated row and an already stored activity as duplicates, by content and never by row number", () => {
    const row = "4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Judul,Title,3,1,2\n";
    const sameInOtherWords = "04/11/2024,  JOMBANG ,awareness,socialisation,pkk,judul,TITLE,003,1,2\n";
    const first = plan(`${HEADER}${row}${sameInOtherWords}`);
    expect(first.summary).toMatchObject({ imported: 1, duplicates: 1 });
    expect(first.summary.warnings[0]!.message.en).toBe("same activity as row 2; counted once");
    const hash = JSON.parse(first.files[0]!.text).source.hash as string;
    const again = plan(`${HEADER}${sameInOtherWords}`, { existing: { hashes: new Set([hash]), names: new Set() } });
    expect(again.summary).toMatchObject({ imported: 0, duplicates: 1, warnings: [] });
  });

  it("recognises activities typed into the CMS from their content", () => {
    const existing = readExistingActivities(REPO_ROOT);
    const stored = JSON.parse(
      readFileSync(path.join(REPO_ROOT, "content/activities/2023-01-21-jombang-sosialisasi-majelis-taklim.json"), "utf8"),
    );
    const row = [
      stored.date,
      stored.kelurahan,
      stored.pillar,
      stored.activityType,
      stored.venue ?? "",
      stored.forum,
      stored.title.id,
      stored.title.en,
      stored.participants.total,
      stored.participants.women,
      stored.participants.men,
      stored.partners[0],
      stored.notes.id,
      stored.notes.en,
    ];
    const header =
      "Tanggal,Kelurahan,Pilar,Jenis kegiatan,Forum/Tempat,Kategori forum,Judul,Title,Peserta,Perempuan,Laki-laki,Mitra,Catatan,Notes";
    const csv = `${header}\n${row.map((cell) => `"${cell}"`).join(",")}\n`;
    expect(plan(csv, { existing }).summary).toMatchObject({ imported: 0, duplicates: 1, errors: [] });
  });

  it("never reuses a file name that is taken", () => {
    const result = plan(`${HEADER}4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Judul,Title,3,1,2\n`);
    const name = path.basename(result.files[0]!.file);
    const again = plan(`${HEADER}4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Judul,Title,3,1,2\n`, {
      existing: { hashes: new Set(), names: new Set([name]) },
    });
    expect(path.basename(again.files[0]!.file)).toMatch(/^2024-11-04-jombang-[0-9a-f]{12}\.json$/);
  });

  it("reports progress every N rows", () => {
    const rows = Array.from({ length: 25 }, (_, i) => `4 November 2024,Jombang,Kesadaran,Sosialisasi,PKK,Judul ${i},Title ${i},3,1,2`).join(
      "\n",
    );
    const calls: number[] = [];
    plan(`${HEADER}${rows}\n`, { progressEvery: 10, onProgress: (done) => calls.push(done) });
    expect(calls).toEqual([10, 20, 25]);
  });

  it("refuses an unreadable file with one clear error and nothing to write", () => {
    const result = plan(Uint8Array.of(0x61, 0x3b, 0x62, 0x0a, 0x81));
    expect(result).toEqual({
      summary: expect.objectContaining({ total: 0, imported: 0, errors: [expect.objectContaining({ row: null, line: 2, column: null })] }),
      files: [],
      rows: [],
    });
  });
});

describe("importing the teams' own spreadsheet", () => {
  const result = plan(fixture("tim-tangguh-template.csv"));
  const byNo = (no: string) => result.rows.find((row) => row.no === no)!;
  const written = (no: string) => JSON.parse(result.files.find((file) => file.file === byNo(no).file)!.text);

  it("accounts for every row: added, kept back, refused or blank, and says so in the summary", () => {
    expect(result.summary).toMatchObject({
      total: 12,
      imported: 4,
      keptBack: 2,
      duplicates: 0,
      rejected: 5,
      blank: 1,
      encoding: "utf-8-bom",
      delimiter: ";",
    });
    expect(result.rows.map((row) => `${row.no}:${row.outcome}`)).toEqual([
      "1:add",
      "2:add",
      "3:keep-back",
      "4:add",
      "5:blank",
      "6:add",
      "7:keep-back",
      "8:refuse",
      "9:refuse",
      "10:refuse",
      "11:refuse",
      "12:refuse",
    ]);
    expect(accounted(result)).toBe(true);
    expect(result.files).toHaveLength(6);
  });

  it("derives forum, type, pillar and both titles from the venue and the team's own words", () => {
    expect(written("1")).toMatchObject({
      date: "2024-11-04",
      kelurahan: "jombang",
      activityType: "socialisation",
      pillar: "awareness",
      venue: "Majelis Taklim Nurul Falah",
      forum: "majelis-taklim",
      title: { id: "Sosialisasi di Majelis Taklim Nurul Falah", en: "Awareness session at Majelis Taklim Nurul Falah" },
      participants: { total: 46, men: 0, women: 46 },
      notes: { id: "Materi ajakan kekerasan atas nama agama, sekitar 1,5 jam" },
    });
    expect(written("2")).toMatchObject({
      venue: "Arisan ibu-ibu RT 02",
      forum: "arisan",
      activityType: "community-event",
      pillar: "social-cohesion",
      title: { id: "Penguatan kohesi di Arisan ibu-ibu RT 02" },
    });
    expect(written("4")).toMatchObject({
      activityType: "case-conference",
      pillar: "case-management",
      forum: "government-office",
      title: { en: "Case conference at Aula Kantor Kelurahan Muncul" },
    });
    expect(written("6")).toMatchObject({ activityType: "advocacy", pillar: "policy-advocacy" });
    expect(written("1").draft).toBeUndefined();
  });

  it("keeps back, as a draft without a pillar, a row whose words do not say which pillar it served", () => {
    const kept = written("3");
    expect(kept).toMatchObject({
      activityType: "training",
      draft: true,
      title: { id: "Pelatihan relawan di Aula Kantor Kelurahan", en: "Training at Aula Kantor Kelurahan" },
    });
    expect(kept.pillar).toBeUndefined();
    expect(validators.activity(kept)).toBe(true);
    expect(validators.activity({ ...kept, draft: false })).toBe(false);
    expect(byNo("7").problems.map((p) => `${p.column}: ${p.message.en}`)).toEqual([
      expect.stringContaining('D (Jenis Kegiatan): "nonton bareng" does not say which pillar'),
    ]);
  });

  it("lets a pillar column win over what the type says, and keeps nothing back when it is filled", () => {
    const csv =
      "No;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Pilar\n1;04/11/2024;Jombang;Pelatihan relawan;Aula Kantor Kelurahan;10;Manajemen kasus\n2;05/11/2024;Jombang;Sosialisasi;Arisan RT 01;10;Kohesi sosial\n";
    const both = plan(csv);
    expect(both.summary).toMatchObject({ imported: 2, keptBack: 0 });
    expect(both.files.map((file) => JSON.parse(file.text).pillar)).toEqual(["case-management", "social-cohesion"]);
  });

  it("names each refused row by the sheet's row, the volunteer's No and the column, with the reason in both languages", () => {
    const reasons = (no: string) => byNo(no).problems.map((p) => ({ no: p.no, column: p.column, en: p.message.en, id: p.message.id }));
    expect(reasons("8")).toEqual([
      expect.objectContaining({ no: "8", column: "B (Tanggal)", en: expect.stringContaining("April 2024 has 30 days") }),
    ]);
    expect(reasons("9")).toEqual([
      expect.objectContaining({
        column: "D (Jenis Kegiatan)",
        en: expect.stringContaining("Sosialisasi, Manajemen kasus"),
        id: expect.stringContaining("bukan jenis kegiatan yang dikenal"),
      }),
    ]);
    expect(reasons("10")).toEqual([expect.objectContaining({ column: "E (Forum/Tempat)", en: expect.stringContaining("person's name") })]);
    expect(reasons("11")).toEqual([expect.objectContaining({ column: "I (Keterangan)", en: expect.stringContaining("phone number") })]);
    expect(JSON.stringify(result.rows)).not.toContain("0812-3456-7890");
    expect(reasons("12")).toEqual([
      expect.objectContaining({ column: "F (Jumlah Peserta)", en: "women (11) and men (30) add up to 41, not to the total 40" }),
    ]);
    expect(byNo("8").problems[0]).toMatchObject({ row: 9, line: 9 });
  });

  it("adds nothing when the same sheet is imported again, kept-back rows included", () => {
    const again = plan(fixture("tim-tangguh-template.csv"), {
      existing: existingActivitiesFrom(result.files.map((file) => ({ name: path.basename(file.file), text: file.text }))),
    });
    expect(again.summary).toMatchObject({ imported: 0, keptBack: 0, duplicates: 6, rejected: 5, blank: 1 });
    expect(again.files).toEqual([]);
  });

  it("recognises a kept-back row once an editor has chosen its pillar and published it", () => {
    const edited = result.files.map((file) => {
      const data = JSON.parse(file.text);
      if (data.draft) {
        delete data.draft;
        data.pillar = "case-management";
      }
      return { name: path.basename(file.file), text: JSON.stringify(data) };
    });
    expect(plan(fixture("tim-tangguh-template.csv"), { existing: existingActivitiesFrom(edited) }).summary).toMatchObject({
      imported: 0,
      keptBack: 0,
      duplicates: 6,
    });
  });

  it("skips the blank template's example row and says so", () => {
    const csv =
      "No;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta\nContoh;04/11/2024;Jombang;Sosialisasi;Majelis Taklim Nurul Falah;30\n";
    const example = plan(csv);
    expect(example.summary).toMatchObject({ total: 1, imported: 0, blank: 1 });
    expect(example.summary.warnings[0]!.message.en).toContain("example row");
  });
});
