import { describe, expect, it } from "vitest";
import { buildCaseStatisticsPages, periodAnchor } from "../../../lib/site/pages/case-statistics.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import { caseStatsEntry, loaded, withSettings } from "../../helpers/site-content.ts";

describe("case statistics page", () => {
  const context = createSiteContext(
    loaded(
      caseStatsEntry("2023", [
        ["jombang", "online-exposure", "resolved", 12],
        ["jombang", "intolerance", "resolved", 4],
        ["muncul", "intolerance", "handled", 9],
      ]),
      caseStatsEntry("2024-Q3", [["pondok-kacang-timur", "returnee-reintegration", "verified", 30]]),
    ),
  );
  const [id, en] = buildCaseStatisticsPages(context);

  it("lives at /id/statistik-kasus/ and /en/case-statistics/, each the other's translation, in the sitemap", () => {
    expect([id!.url, en!.url]).toEqual(["/id/statistik-kasus/", "/en/case-statistics/"]);
    expect(id!.alternates).toEqual([
      { lang: "id", url: "/id/statistik-kasus/" },
      { lang: "en", url: "/en/case-statistics/" },
    ]);
    expect(id!.inSitemap).toBe(true);
    expect(id!.section).toBe("case-statistics");
  });

  it("lists periods newest first, each with its own anchor", () => {
    expect(id!.periods.map((period) => [period.period, period.anchor])).toEqual([
      ["2024-Q3", "period-2024-q3"],
      ["2023", "period-2023"],
    ]);
    expect(periodAnchor("2024")).toBe("period-2024");
  });

  it("labels rows, columns and stages from the dictionary of each language", () => {
    const [idPeriod, enPeriod] = [id!.periods[1]!, en!.periods[1]!];
    if (idPeriod.withheld || enPeriod.withheld) throw new Error("expected tables");
    expect(idPeriod.byKelurahan.rows.map((row) => row.label)).toEqual(["Benda Baru", "Pondok Kacang Timur", "Jombang", "Muncul"]);
    expect(idPeriod.byKelurahan.columns[0]).toEqual({ key: "online-exposure", label: "Paparan konten daring" });
    expect(enPeriod.byKelurahan.columns[0]).toEqual({ key: "online-exposure", label: "Online exposure" });
    expect(idPeriod.byStage.rows.map((row) => row.label)).toEqual(["Dicatat", "Diverifikasi", "Ditangani", "Selesai"]);
    expect(enPeriod.byStage.rows.map((row) => row.label)).toEqual(["Recorded", "Verified", "Handled", "Resolved"]);
  });

  it("shows the suppressed tables: a small count is '<k' and carries no value", () => {
    const period = id!.periods[1]!;
    if (period.withheld) throw new Error("expected tables");
    const jombang = period.byKelurahan.rows.find((row) => row.key === "jombang")!;
    expect(jombang.counts[2]).toEqual({ kind: "small" });
    const counts = period.byKelurahan.rows.flatMap((row) => [...row.counts, row.total]);
    for (const count of counts) if (count.kind !== "count") expect(Object.keys(count)).toEqual(["kind"]);
  });

  it("takes k from the site settings", () => {
    expect(id!.threshold).toBe(5);
    const [strict] = buildCaseStatisticsPages(
      createSiteContext(
        withSettings(
          loaded(
            caseStatsEntry("2023", [
              ["jombang", "intolerance", "resolved", 4],
              ["jombang", "other", "resolved", 40],
            ]),
          ),
          { suppressionThreshold: 3 },
        ),
      ),
    );
    expect(strict!.threshold).toBe(3);
    const period = strict!.periods[0]!;
    if (period.withheld) throw new Error("expected tables");
    expect(period.byKelurahan.rows.find((row) => row.key === "jombang")!.counts[2]).toEqual({ kind: "count", value: 4 });
  });

  it("has no periods, and says so, when there are no statistics", () => {
    expect(buildCaseStatisticsPages(createSiteContext(loaded()))[0]!.periods).toEqual([]);
  });
});
