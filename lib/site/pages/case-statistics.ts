/**
 * The case statistics page: per period, newest first, the two tables lib/suppression/publish-case-statistics.ts
 * allows, labelled from the dictionaries. It is built only from the suppressed tables in the
 * site context, which hold no hidden value, so neither the page model nor anything rendered
 * from it can contain a suppressed count.
 */
import type { Language } from "../../content/content-types.ts";
import type { PublishedCaseStatistics } from "../../suppression/publish-case-statistics.ts";
import { everyLanguageBase } from "../page-base.ts";
import { sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { CaseStatisticsPage, CaseStatisticsPeriodView } from "../types.ts";

/**
 * Anchor of a period's section on the page.
 * @example periodAnchor("2024-Q3") // "period-2024-q3"
 */
export function periodAnchor(period: string): string {
  return `period-${period.toLowerCase()}`;
}

function periodView(context: SiteContext, lang: Language, statistics: PublishedCaseStatistics): CaseStatisticsPeriodView {
  const { period } = statistics;
  const anchor = periodAnchor(period);
  if (statistics.withheld) return { period, anchor, withheld: true };
  const table = statistics.byKelurahanAndConcern;
  const list = statistics.byStage;
  return {
    period,
    anchor,
    withheld: false,
    byKelurahan: {
      columns: table.columnLabels.map((key) => ({ key, label: context.t(lang, `concern.${key}`) })),
      rows: table.rowLabels.map((key, r) => ({
        key,
        label: context.t(lang, `kelurahan.${key}`),
        counts: table.cells[r]!,
        total: table.rowTotals[r]!,
      })),
      columnTotals: table.columnTotals,
      grandTotal: table.grandTotal,
    },
    byStage: {
      rows: list.labels.map((key, i) => ({ key, label: context.t(lang, `stage.${key}`), count: list.counts[i]! })),
      total: list.total,
    },
  };
}

/**
 * One case statistics page per language.
 * @example buildCaseStatisticsPages(context)[0].periods[0].period // "2024"
 */
export function buildCaseStatisticsPages(context: SiteContext): CaseStatisticsPage[] {
  return context.languages.map((lang) => ({
    ...everyLanguageBase(context, lang, (other) => sectionUrl("case-statistics", other), "case-statistics", {
      title: context.t(lang, "caseStatistics.title"),
      description: context.t(lang, "caseStatistics.description"),
    }),
    type: "case-statistics",
    threshold: context.settings.suppressionThreshold,
    periods: context.caseStatistics.map((statistics) => periodView(context, lang, statistics)),
  }));
}
