import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load } from "cheerio";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { json, removeTree, REPO_ROOT } from "../../support/content-tree.ts";

/** A formula in a published activity's title: the CSV must neutralise it. */
const FORMULA_TITLE = "=1+1 Sosialisasi rumus";
const DRAFT_TITLE = "DRAFT-DASHBOARD-4c1f";

let workspace: string;
let out: string;

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-dashboard-"));
  const root = path.join(workspace, "root");
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  const activity = (title: string, extra: object) =>
    json({
      date: "2024-12-28",
      kelurahan: "muncul",
      pillar: "social-cohesion",
      activityType: "socialisation",
      forum: "pkk",
      title: { id: title, en: title },
      participants: { total: 21 },
      source: { kind: "cms" },
      ...extra,
    });
  writeFileSync(path.join(root, "content/activities/2024-12-28-muncul-rumus.json"), activity(FORMULA_TITLE, {}));
  writeFileSync(path.join(root, "content/activities/2024-12-29-muncul-draft.json"), activity(DRAFT_TITLE, { draft: true }));
  out = path.join(workspace, "site");
  await buildInChildProcess(root, out);
}, 240_000);

afterAll(() => {
  if (workspace) removeTree(workspace);
});

const page = (file: string) => load(readFileSync(path.join(out, file), "utf8"));
const DASHBOARDS = ["id/dasbor/index.html", "en/dashboard/index.html"];
const DATA_PAGES = ["id/data/index.html", "en/data/index.html"];
/** Every file under /data/: the activities in Indonesian and English, the tables as CSV and JSON, the blank templates. */
const FILES = [
  "data/kegiatan.csv",
  "data/activities.csv",
  "data/activities.json",
  ...["action-plan", "case-statistics"].flatMap((name) => [`data/${name}.csv`, `data/${name}.json`]),
  "data/templat-kegiatan.csv",
  "data/activity-template.csv",
];
const CSV_FILES = FILES.filter((file) => file.endsWith(".csv"));

type Row = Record<string, string>;
const csvRows = (file: string): Row[] => {
  const text = readFileSync(path.join(out, file), "utf8");
  return Papa.parse<Row>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
};
const jsonRows = (file: string): Row[] => (JSON.parse(readFileSync(path.join(out, file), "utf8")) as { rows: Row[] }).rows;

/** Raw sample counts per period: kelurahan × concern cells, kelurahan totals and stage totals. */
function rawCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, value: number) => counts.set(key, (counts.get(key) ?? 0) + value);
  const folder = path.join(REPO_ROOT, "content/case-stats");
  for (const file of readdirSync(folder)) {
    const data = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as {
      period: string;
      counts: { kelurahan: string; concernCategory: string; stage: string; count: number }[];
    };
    for (const record of data.counts) {
      add(`${data.period}|kelurahan-concern|${record.kelurahan}|${record.concernCategory}|`, record.count);
      add(`${data.period}|kelurahan-concern|${record.kelurahan}|total|`, record.count);
      add(`${data.period}|kelurahan-concern|total|${record.concernCategory}|`, record.count);
      add(`${data.period}|kelurahan-concern|total|total|`, record.count);
      add(`${data.period}|stage|||${record.stage}`, record.count);
      add(`${data.period}|stage|||total`, record.count);
    }
  }
  return counts;
}

const keyOf = (row: Row) =>
  [row["Periode / Period"], row["Tabel / Table"], row["Kelurahan"], row["Kekhawatiran / Concern"], row["Tahap / Stage"]].join("|");
const COUNT = "Jumlah / Count";

describe("the built dashboard and data pages", () => {
  it("exist in both languages, linked from every page's footer", () => {
    for (const file of [...DASHBOARDS, ...DATA_PAGES]) expect(existsSync(path.join(out, file)), file).toBe(true);
    for (const [lang, home] of [
      ["id", "id/index.html"],
      ["en", "en/index.html"],
    ] as const) {
      const footer = page(home)(".site-footer a")
        .toArray()
        .map((element) => element.attribs.href);
      expect(footer, lang).toEqual(expect.arrayContaining([lang === "id" ? "/id/dasbor/" : "/en/dashboard/", `/${lang}/data/`]));
    }
  });

  it("show every chart as an accessible SVG with a real data table beside it", () => {
    for (const file of DASHBOARDS) {
      const $ = page(file);
      const charts = $("svg").toArray();
      expect(charts.length, file).toBeGreaterThanOrEqual(8);
      for (const chart of charts) {
        const svg = $(chart);
        expect(svg.attr("role")).toBe("img");
        const [titleId, descId] = svg.attr("aria-labelledby")!.split(" ");
        expect(svg.find(`title#${titleId}`).text().length, file).toBeGreaterThan(0);
        expect(svg.find(`desc#${descId}`).text().length, file).toBeGreaterThan(0);
        const table = svg.closest(".chart-panel__pair").find("table");
        expect(table.length, `${file}: ${titleId}`).toBe(1);
        expect(table.find("caption").text().trim().length).toBeGreaterThan(0);
        expect(table.find('th[scope="col"]').length).toBeGreaterThanOrEqual(2);
        expect(table.find('th[scope="row"]').length).toBeGreaterThan(0);
      }
      expect($.html()).not.toMatch(/NaN|Infinity/);
    }
  });

  it("write numbers and months in the reader's language", () => {
    const id = page("id/dasbor/index.html")("#by-month-caption").closest("table");
    const en = page("en/dashboard/index.html")("#by-month-caption").closest("table");
    expect(id.find("tbody th").first().text()).toBe("Januari 2023");
    expect(en.find("tbody th").first().text()).toBe("January 2023");
    // 2,226 participants in the sample plus the fixture's 21: thousands grouped per locale.
    expect(page("id/dasbor/index.html")("main .prose").first().text()).toContain("2.247 peserta");
    expect(page("en/dashboard/index.html")("main .prose").first().text()).toContain("2,247 participants");
  });

  it("count only published activities on the dashboard, and publish no draft in any data file", () => {
    for (const file of [...DASHBOARDS, ...FILES]) expect(readFileSync(path.join(out, file), "utf8"), file).not.toContain(DRAFT_TITLE);
    expect(csvRows("data/kegiatan.csv")).toHaveLength(jsonRows("data/activities.json").length);
    expect(csvRows("data/activities.csv")).toHaveLength(jsonRows("data/activities.json").length);
  });

  it("link every data file from the data pages, and every file exists", () => {
    for (const file of DATA_PAGES) {
      const links = page(file)(".data-file__links a")
        .toArray()
        .map((element) => element.attribs.href!.slice(1));
      expect(links.sort(), file).toEqual([...FILES].sort());
    }
    for (const file of FILES) expect(existsSync(path.join(out, file)), file).toBe(true);
  });

  it("start every CSV with a byte-order mark, and give the JSON the same rows", () => {
    for (const file of CSV_FILES) expect([...readFileSync(path.join(out, file)).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
    for (const name of ["activities", "action-plan", "case-statistics"]) {
      expect(jsonRows(`data/${name}.json`).length, name).toBe(csvRows(`data/${name}.csv`).length);
    }
  });

  it("write the activities for people in each language, with Indonesian separated by semicolons, and the JSON with codes", () => {
    const firstLine = (file: string) => readFileSync(path.join(out, file), "utf8").split("\r\n")[0];
    expect(firstLine("data/kegiatan.csv")).toMatch(
      /^\uFEFFNo;Tanggal;Kelurahan;Jenis Kegiatan;Forum\/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan;/,
    );
    expect(firstLine("data/activities.csv")).toMatch(/^\uFEFFNo,Date,Kelurahan,Activity type,Venue,Participants,/);
    expect(firstLine("data/templat-kegiatan.csv")).toBe(
      "\uFEFFNo;Tanggal;Kelurahan;Jenis Kegiatan;Forum/Tempat;Jumlah Peserta;Laki-laki;Perempuan;Keterangan",
    );
    const formula = (rows: Row[], column: string) => rows.find((row) => row[column]?.includes(FORMULA_TITLE))!;
    expect(formula(csvRows("data/kegiatan.csv"), "Judul")).toMatchObject({
      Tanggal: "28/12/2024",
      Kelurahan: "Muncul",
      "Jenis Kegiatan": "Sosialisasi",
      Pilar: "Penguatan kohesi sosial",
      "Kategori Forum": "PKK",
    });
    expect(formula(csvRows("data/activities.csv"), "Title (Indonesian)")).toMatchObject({
      Date: "28/12/2024",
      "Activity type": "Awareness session",
      Pillar: "Strengthening social cohesion",
    });
    expect(formula(jsonRows("data/activities.json"), "title.id")).toMatchObject({
      date: "2024-12-28",
      kelurahan: "muncul",
      activityType: "socialisation",
      pillar: "social-cohesion",
      forum: "pkk",
    });
  });

  it("neutralise a title starting with = in the published CSV, and keep it as written in the JSON", () => {
    for (const [file, column] of [
      ["data/kegiatan.csv", "Judul"],
      ["data/activities.csv", "Title (Indonesian)"],
    ] as const) {
      const titles = csvRows(file).map((row) => row[column]);
      expect(titles, file).toContain(`'${FORMULA_TITLE}`);
      expect(titles, file).not.toContain(FORMULA_TITLE);
    }
    expect(jsonRows("data/activities.json").map((row) => row["title.id"])).toContain(FORMULA_TITLE);
  });

  it("publish no raw case count that suppression hides, in the CSV, the JSON or on the dashboard", () => {
    const raw = rawCounts();
    for (const rows of [csvRows("data/case-statistics.csv"), jsonRows("data/case-statistics.json")]) {
      let hidden = 0;
      for (const row of rows) {
        const value = row[COUNT]!;
        const truth = raw.get(keyOf(row)) ?? 0;
        if (/^\d+$/.test(value)) expect(Number(value), keyOf(row)).toBe(truth);
        else {
          expect(["<5", "×"], keyOf(row)).toContain(value);
          hidden += 1;
        }
      }
      // The sample hides some counts; otherwise this test would prove nothing.
      expect(hidden).toBeGreaterThan(3);
    }
    // On the dashboard, a kelurahan total the CSV hides shows its mark, never its raw number.
    const published = new Map(csvRows("data/case-statistics.csv").map((row) => [keyOf(row), row[COUNT]!]));
    const $ = page("en/dashboard/index.html");
    for (const period of ["2023", "2024"]) {
      for (const [kelurahan, name] of [
        ["benda-baru", "Benda Baru"],
        ["pondok-kacang-timur", "Pondok Kacang Timur"],
        ["jombang", "Jombang"],
        ["muncul", "Muncul"],
      ]) {
        const shown = published.get(`${period}|kelurahan-concern|${kelurahan}|total|`)!;
        const row = $(`#cases-${period}-kelurahan-caption`)
          .closest("table")
          .find("tbody tr")
          .filter((_, tr) => $(tr).find("th").text() === name);
        const cell = row.find("td").first();
        if (/^\d+$/.test(shown)) expect(cell.text(), `${period} ${kelurahan}`).toBe(shown);
        else expect(cell.find('[aria-hidden="true"]').text(), `${period} ${kelurahan}`).toBe(shown);
      }
    }
  });
});
