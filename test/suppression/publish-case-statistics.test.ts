import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PublishedCount } from "../../lib/suppression/suppress-counts.ts";
import { buildSiteModel } from "../../lib/site/build-site-model.ts";
import { CASE_STAGES, CONCERN_CATEGORIES, publishCaseStatistics } from "../../lib/suppression/publish-case-statistics.ts";
import { KELURAHAN } from "../../lib/content/pillars.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";
import { possibleLinkedValues } from "../helpers/reconstruction-attack.ts";
import { type CaseCountRecord, caseStatsEntry, loaded, withSettings } from "../helpers/site-content.ts";

const schema = (name: string) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, "schemas", name), "utf8")) as { $defs: Record<string, { enum: string[] }> };

const value = (count: PublishedCount | undefined) => (count?.kind === "count" ? count.value : count?.kind);

describe("publishCaseStatistics", () => {
  it("counts each case once in each table: by kelurahan × concern, and by the furthest stage it reached", () => {
    const records: CaseCountRecord[] = [
      ["jombang", "online-exposure", "resolved", 20],
      ["jombang", "online-exposure", "handled", 10],
      ["muncul", "intolerance", "recorded", 7],
      ["muncul", "intolerance", "recorded", 8],
    ];
    const [published] = publishCaseStatistics([caseStatsEntry("2024", records)], 5);
    if (!published || published.withheld) throw new Error("expected published tables");
    const table = published.byKelurahanAndConcern;
    expect(table.rowLabels).toEqual([...KELURAHAN]);
    expect(table.columnLabels).toEqual([...CONCERN_CATEGORIES]);
    const jombang = KELURAHAN.indexOf("jombang");
    const muncul = KELURAHAN.indexOf("muncul");
    expect(value(table.cells[jombang]![CONCERN_CATEGORIES.indexOf("online-exposure")])).toBe(30);
    expect(value(table.cells[muncul]![CONCERN_CATEGORIES.indexOf("intolerance")])).toBe(15);
    expect(table.rowTotals.map(value)).toEqual([0, 0, 30, 15]);
    expect(value(table.grandTotal)).toBe(45);
    expect(published.byStage.labels).toEqual([...CASE_STAGES]);
    expect(published.byStage.counts.map(value)).toEqual([15, 0, 10, 20]);
    expect(value(published.byStage.total)).toBe(45);
  });

  it("uses every concern and stage the schema allows, in the schema's order", () => {
    expect([...CONCERN_CATEGORIES]).toEqual(schema("common.schema.json").$defs.concernCategory!.enum);
    expect([...CASE_STAGES]).toEqual(schema("common.schema.json").$defs.caseStage!.enum);
    expect([...KELURAHAN]).toEqual(schema("common.schema.json").$defs.kelurahan!.enum);
  });

  it("publishes exactly two tables per period and nothing else", () => {
    const [published] = publishCaseStatistics([caseStatsEntry("2024", [["jombang", "other", "resolved", 9]])], 5);
    expect(Object.keys(published!).sort()).toEqual(["byKelurahanAndConcern", "byStage", "period", "withheld"]);
  });

  it("puts the newest period first", () => {
    const periods = publishCaseStatistics(
      ["2022", "2024-Q2", "2023", "2024-Q1"].map((period) => caseStatsEntry(period, [["jombang", "other", "resolved", 9]])),
      5,
    ).map((published) => published.period);
    expect(periods).toEqual(["2024-Q2", "2024-Q1", "2023", "2022"]);
  });

  it("stops the build when a year and one of its quarters would both be published, naming both files", () => {
    const entries = [caseStatsEntry("2024", []), caseStatsEntry("2024-Q3", [])];
    expect(() => publishCaseStatistics(entries, 5)).toThrow(
      /content\/case-stats\/2024\.json.*content\/case-stats\/2024-Q3\.json.*subtract/,
    );
  });

  it("stops the build when two files count the same period", () => {
    const entries = [caseStatsEntry("2024", [], "2024"), caseStatsEntry("2024", [], "2024-copy")];
    expect(() => publishCaseStatistics(entries, 5)).toThrow(/2024-copy\.json/);
  });

  it("hides a quiet period's total in both tables", () => {
    const [published] = publishCaseStatistics(
      [
        caseStatsEntry("2024", [
          ["jombang", "other", "resolved", 2],
          ["muncul", "other", "handled", 1],
        ]),
      ],
      5,
    );
    if (!published || published.withheld) throw new Error("expected published tables");
    expect(published.byKelurahanAndConcern.grandTotal).toEqual({ kind: "small" });
    expect(published.byStage.total).toEqual({ kind: "small" });
  });

  it("withholds a period whose tables no pattern of hidden numbers can protect", () => {
    // With k = 3, "<3" and × (3 or more) carry bounds tight enough to pin these counts down.
    const records: CaseCountRecord[] = [
      ["benda-baru", "online-exposure", "recorded", 2],
      ["benda-baru", "other", "verified", 1],
      ["pondok-kacang-timur", "former-prisoner-reintegration", "verified", 1],
      ["pondok-kacang-timur", "former-prisoner-reintegration", "handled", 1],
      ["pondok-kacang-timur", "other", "handled", 1],
      ["muncul", "returnee-reintegration", "handled", 1],
      ["muncul", "returnee-reintegration", "resolved", 1],
      ["muncul", "former-prisoner-reintegration", "resolved", 1],
    ];
    expect(publishCaseStatistics([caseStatsEntry("2024", records)], 3)).toEqual([{ period: "2024", withheld: true }]);
  });

  it("publishes the shipped sample so that no hidden count can be worked out from the two tables together", () => {
    const folder = path.join(REPO_ROOT, "content/case-stats");
    const entries = readdirSync(folder).map((file) => {
      const data = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as {
        period: string;
        counts: { kelurahan: string; concernCategory: string; stage: string; count: number }[];
      };
      return caseStatsEntry(
        data.period,
        data.counts.map((record) => [record.kelurahan, record.concernCategory, record.stage, record.count]),
      );
    });
    const published = publishCaseStatistics(entries, 5);
    expect(published.length).toBe(entries.length);
    for (const period of published) {
      if (period.withheld) throw new Error(`${period.period} withheld`);
      const hidden = [...possibleLinkedValues(period.byKelurahanAndConcern, period.byStage, 200)];
      expect(hidden.length, period.period).toBeGreaterThan(0);
      expect(
        hidden.filter(([, values]) => values.length < 2),
        period.period,
      ).toEqual([]);
    }
  });
});

describe("the site model built from case statistics", () => {
  // k = 20 (the largest the schema allows), so that hidden counts can be unusual numbers that
  // appear nowhere else: 17 and 19 are "<20"; 1237 and 1409 are complements.
  const records: CaseCountRecord[] = [
    ["jombang", "online-exposure", "recorded", 17],
    ["jombang", "intolerance", "resolved", 1237],
    ["muncul", "online-exposure", "resolved", 1409],
    ["muncul", "intolerance", "resolved", 2311],
    ["benda-baru", "family-concern", "handled", 19],
    ["benda-baru", "other", "resolved", 3001],
  ];
  const model = buildSiteModel(withSettings(loaded(caseStatsEntry("2024", records)), { suppressionThreshold: 20 }));
  const json = JSON.stringify(model);

  /** Every number in the serialised model: JSON numbers and digit runs inside strings. */
  const numbersIn = (text: string) => new Set([...text.matchAll(/\d+/g)].map((match) => Number(match[0])));

  it("holds no hidden count anywhere, not even in a JSON dump of the whole model", () => {
    const page = model.pages.find((candidate) => candidate.type === "case-statistics" && candidate.lang === "id");
    if (page?.type !== "case-statistics" || page.periods[0]?.withheld !== false) throw new Error("no statistics page");
    const kinds = (counts: PublishedCount[]) => counts.map((count) => (count.kind === "count" ? count.value : count.kind));
    // The fixture hides what it means to: the two small counts, and large ones as complements.
    const rows = Object.fromEntries(page.periods[0].byKelurahan.rows.map((row) => [row.key, kinds([...row.counts, row.total])]));
    expect(rows["benda-baru"]).toEqual([0, 0, 0, 0, 0, "small", "complementary", 3020]);
    expect(rows.jombang).toEqual(["small", 0, "complementary", 0, 0, 0, 0, 1254]);
    expect(rows.muncul).toEqual(["complementary", 0, "complementary", 0, 0, 0, 0, 3720]);
    expect(kinds(page.periods[0].byStage.rows.map((row) => row.count))).toEqual(["small", 0, "small", 7958]);

    const numbers = numbersIn(json);
    for (const hidden of [17, 19, 1237, 1409, 2311, 3001]) expect(numbers.has(hidden), `${hidden} is in the model`).toBe(false);
    for (const shown of [3020, 1254, 7958, 7994]) expect(numbers.has(shown), `${shown} is shown`).toBe(true);
  });

  it("never names a raw case-statistics file or carries its records", () => {
    expect(json).not.toContain("case-stats");
    expect(json).not.toContain("concernCategory");
    expect(json).not.toMatch(/"stage"\s*:/);
  });
});
