import { describe, expect, it } from "vitest";
import { countBy, countByMonth, monthRange } from "../../../lib/site/dashboard-counts.ts";
import { buildDashboardPages } from "../../../lib/site/pages/dashboard.ts";
import { buildDataPages } from "../../../lib/site/pages/data.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import { actionPlanEntry, activityEntry, caseStatsEntry, loaded, teamEntry } from "../../helpers/site-content.ts";

// Hand counts of the fixture below (published only): months 2024-01: 2 (30 + 12 participants),
// 2024-02: 0, 2024-03: 1 (8); pillars awareness 2, social-cohesion 1; kelurahan jombang 2,
// muncul 1; forums majelis-taklim 2, arisan 1. The draft (999 participants, pkk, May) must not count.
const context = createSiteContext(
  loaded(
    teamEntry("jombang"),
    teamEntry("muncul"),
    activityEntry("a", {
      date: "2024-01-10",
      kelurahan: "jombang",
      pillar: "awareness",
      forum: "majelis-taklim",
      participants: { total: 30 },
    }),
    activityEntry("b", {
      date: "2024-01-25",
      kelurahan: "jombang",
      pillar: "social-cohesion",
      forum: "arisan",
      participants: { total: 12 },
    }),
    activityEntry("c", {
      date: "2024-03-02",
      kelurahan: "muncul",
      pillar: "awareness",
      forum: "majelis-taklim",
      participants: { total: 8 },
    }),
    activityEntry("draft", {
      date: "2024-05-02",
      kelurahan: "muncul",
      pillar: "policy-advocacy",
      forum: "pkk",
      participants: { total: 999 },
      draft: true,
    }),
    actionPlanEntry("plan", { baseline: 2, current: 5, target: 10 }),
    caseStatsEntry("2024", [
      ["jombang", "online-exposure", "resolved", 9],
      ["jombang", "intolerance", "handled", 6],
      ["muncul", "online-exposure", "resolved", 2],
      ["benda-baru", "online-exposure", "recorded", 7],
      ["benda-baru", "intolerance", "resolved", 8],
    ]),
  ),
);
const [id, en] = buildDashboardPages(context);
const panel = (id_: string) => [...id!.activityPanels, ...id!.actionPlanPanels].find((item) => item.id === id_)!;
const rowsOf = (id_: string) => panel(id_).table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)]);

describe("the dashboard counts", () => {
  it("count activities and participants per month, quiet months included as zero", () => {
    expect(countByMonth(context.activities)).toEqual([
      { month: "2024-01", activities: 2, participants: 42 },
      { month: "2024-02", activities: 0, participants: 0 },
      { month: "2024-03", activities: 1, participants: 8 },
    ]);
    expect(countByMonth([])).toEqual([]);
  });

  it("list every month between two months, across a year's end", () => {
    expect(monthRange("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthRange("2024-05", "2024-05")).toEqual(["2024-05"]);
  });

  it("count per pillar, kelurahan and forum in the order given, zeros included", () => {
    expect([...countBy(context.activities, "pillar", ["awareness", "case-management", "social-cohesion", "policy-advocacy"])]).toEqual([
      ["awareness", 2],
      ["case-management", 0],
      ["social-cohesion", 1],
      ["policy-advocacy", 0],
    ]);
    expect(Object.fromEntries(countBy(context.activities, "kelurahan", ["jombang", "muncul"]))).toEqual({ jombang: 2, muncul: 1 });
  });
});

describe("the dashboard page", () => {
  it("exists in both languages at its own address", () => {
    expect([id!.url, en!.url]).toEqual(["/id/dasbor/", "/en/dashboard/"]);
    expect(id!.dataUrl).toBe("/id/data/");
  });

  it("counts only published activities: the draft is in no figure", () => {
    expect(id!.totals).toEqual({ activities: 3, participants: 50, actionPlanItems: 1 });
    expect(id!.span).toEqual({ from: "2024-01-10", to: "2024-03-02" });
    expect(JSON.stringify(id)).not.toContain("999");
    expect(rowsOf("by-forum").map(([label]) => label)).not.toContain("PKK");
  });

  it("matches the hand counts per month, pillar, kelurahan and forum, in the reader's language", () => {
    expect(rowsOf("by-month")).toEqual([
      ["Januari 2024", "2"],
      ["Februari 2024", "0"],
      ["Maret 2024", "1"],
    ]);
    expect(rowsOf("participants")).toEqual([
      ["Januari 2024", "42"],
      ["Februari 2024", "0"],
      ["Maret 2024", "8"],
    ]);
    expect(rowsOf("by-pillar").map(([, count]) => count)).toEqual(["2", "0", "1", "0"]);
    expect(rowsOf("by-kelurahan")).toEqual([
      ["Benda Baru", "0"],
      ["Pondok Kacang Timur", "0"],
      ["Jombang", "2"],
      ["Muncul", "1"],
    ]);
    expect(rowsOf("by-forum")).toEqual([
      ["Majelis taklim", "2"],
      ["Arisan", "1"],
    ]);
    expect(panel("by-forum").table.footer?.cells[0]?.text).toBe("3");
    expect(en!.activityPanels[0]!.table.rows[0]!.label).toBe("January 2024");
  });

  it("shows action-plan progress from baseline through current to target", () => {
    expect(rowsOf("action-plan")).toEqual([["1. Tujuan plan", "2 kegiatan", "5 kegiatan", "10 kegiatan", "38%"]]);
  });

  it("shows case totals only after suppression: small counts as marks, without a bar", () => {
    const [byKelurahan, byStage] = id!.casePeriods[0]!.panels;
    const muncul = byKelurahan!.table.rows.find((row) => row.label === "Muncul")!.cells[0]!;
    expect(muncul).toEqual({ text: "<5", spoken: "kurang dari 5" });
    expect(byKelurahan!.svgHtml).not.toMatch(/>2<\/text>/);
    // Every number the dashboard shows for cases is one the suppressed model publishes.
    const published = JSON.stringify(context.caseStatistics);
    for (const row of [...byKelurahan!.table.rows, ...byStage!.table.rows]) {
      const text = row.cells[0]!.text;
      if (/^\d+$/.test(text)) expect(published, `${row.label}: ${text}`).toContain(`"value":${text}`);
    }
  });

  it("puts a chart with a title and description beside every table", () => {
    const panels = [...id!.activityPanels, ...id!.actionPlanPanels, ...id!.casePeriods.flatMap((period) => period.panels)];
    expect(panels.length).toBe(8);
    for (const item of panels) {
      expect(item.svgHtml, item.id).toContain(`aria-labelledby="${item.id}-chart-title ${item.id}-chart-desc"`);
      expect(item.table.rows.length, item.id).toBeGreaterThan(0);
    }
    expect(new Set(panels.map((item) => item.id)).size).toBe(panels.length);
  });
});

describe("the data page", () => {
  const [idPage, enPage] = buildDataPages(context);

  it("offers each table as CSV and JSON with its columns and row count, the activities first in the page's language", () => {
    expect(idPage!.url).toBe("/id/data/");
    expect(
      idPage!.files.map((file) => [file.key, file.csvUrl, file.otherLanguageCsv.map((link) => link.url), file.jsonUrl, file.rowCount]),
    ).toEqual([
      ["activities", "/data/kegiatan.csv", ["/data/activities.csv"], "/data/activities.json", 3],
      ["action-plan", "/data/action-plan.csv", [], "/data/action-plan.json", 1],
      ["case-statistics", "/data/case-statistics.csv", [], "/data/case-statistics.json", expect.any(Number)],
    ]);
    expect(enPage!.files[0]).toMatchObject({
      csvUrl: "/data/activities.csv",
      otherLanguageCsv: [{ url: "/data/kegiatan.csv", lang: "id" }],
    });
    expect(idPage!.files[0]!.columns.slice(0, 4)).toEqual(["No", "Tanggal", "Kelurahan", "Jenis Kegiatan"]);
    expect(enPage!.files[0]!.columns.slice(0, 4)).toEqual(["No", "Date", "Kelurahan", "Activity type"]);
    expect([idPage!.files[0]!.csvLinkText, idPage!.files[0]!.otherLanguageCsv[0]!.text]).toEqual([
      "Kegiatan — CSV, bahasa Indonesia (dipisahkan titik koma)",
      "Kegiatan — CSV, bahasa Inggris (dipisahkan koma)",
    ]);
    expect(idPage!.files[1]!.csvLinkText).toBe("Rencana tindak lanjut — CSV");
  });

  it("offers the blank template in the page's language, with the other's, its columns and four steps", () => {
    expect(idPage!.template).toMatchObject({
      url: "/data/templat-kegiatan.csv",
      otherLanguage: [{ url: "/data/activity-template.csv", lang: "en" }],
    });
    expect(enPage!.template).toMatchObject({
      url: "/data/activity-template.csv",
      otherLanguage: [{ url: "/data/templat-kegiatan.csv", lang: "id" }],
    });
    expect(idPage!.template.columns).toEqual([
      "No",
      "Tanggal",
      "Kelurahan",
      "Jenis Kegiatan",
      "Forum/Tempat",
      "Jumlah Peserta",
      "Laki-laki",
      "Perempuan",
      "Keterangan",
    ]);
    expect(idPage!.template.steps).toHaveLength(4);
    expect(idPage!.template.steps.at(-1)).toContain("Impor spreadsheet kegiatan");
    expect(enPage!.template.steps.at(-1)).toContain("Impor spreadsheet kegiatan");
  });
});
