/**
 * The dashboard: the activity records, the action plan and the case statistics in figures,
 * one chart per question with the table of its data beside it. Charts are SVG strings made
 * here at build time (lib/charts), so readers need no JavaScript. Activities count published
 * records only (the context has no drafts); case figures come only from the suppressed tables,
 * so a "<5" has no value to draw and is written as "<5".
 */
import type { Language } from "../../content/content-types.ts";
import { barChart, type Bar } from "../../charts/bar-chart.ts";
import { columnChart } from "../../charts/column-chart.ts";
import { lineChart } from "../../charts/line-chart.ts";
import { formatNumberIn } from "../../format/format-number.ts";
import { formatPeriodIn } from "../../format/format-period.ts";
import type { PublishedCount } from "../../suppression/suppress-counts.ts";
import type { Activity } from "../../types/content.generated.ts";
import { countBy, countByMonth } from "../dashboard-counts.ts";
import { monthLabel } from "../../format/month-label.ts";
import { everyLanguageBase } from "../page-base.ts";
import { KELURAHAN, PILLARS } from "../../content/pillars.ts";
import { sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { ChartPanel, ChartTableCell, DashboardPage } from "../types.ts";
import { progressPercent } from "./action-plan.ts";

type Forum = Activity["forum"];

/** Every forum in the schema's order; `satisfies` makes the compiler catch a new forum. */
const FORUM_ORDER = {
  "majelis-taklim": true,
  arisan: true,
  pkk: true,
  posyandu: true,
  "karang-taruna": true,
  "rt-rw-meeting": true,
  school: true,
  "women-farmers-group": true,
  "theatre-group": true,
  "kampung-kb": true,
  "government-office": true,
  online: true,
  other: true,
} as const satisfies Record<Forum, true>;
const FORUMS = Object.keys(FORUM_ORDER) as Forum[];

const plain = (text: string): ChartTableCell => ({ text, spoken: null });

interface Labelled {
  label: string;
  value: number;
}

/** A sentence for <desc>: how many categories, and the largest. */
function barsDescription(context: SiteContext, lang: Language, items: readonly Labelled[]): string {
  const top = [...items].sort((a, b) => b.value - a.value)[0];
  if (!top || top.value === 0) return context.t(lang, "dashboard.descEmpty");
  return context.t(lang, "dashboard.descBars", { count: items.length, label: top.label, value: formatNumberIn(top.value, lang) });
}

/** A sentence for <desc> of a chart over time: its span and its highest month. */
function timeDescription(context: SiteContext, lang: Language, items: readonly Labelled[]): string {
  const top = [...items].sort((a, b) => b.value - a.value)[0];
  if (!top || top.value === 0) return context.t(lang, "dashboard.descEmpty");
  return context.t(lang, "dashboard.descTime", {
    from: items[0]!.label,
    to: items.at(-1)!.label,
    count: items.length,
    label: top.label,
    value: formatNumberIn(top.value, lang),
  });
}

/** A bar chart of counts per category with its two-column table. */
function countsPanel(
  context: SiteContext,
  lang: Language,
  id: string,
  headingKey: string,
  columnKey: string,
  items: Labelled[],
): ChartPanel {
  const heading = context.t(lang, headingKey);
  const valueColumn = context.t(lang, "dashboard.activities");
  return {
    id,
    heading,
    note: null,
    svgHtml: barChart({
      id: `${id}-chart`,
      title: heading,
      description: barsDescription(context, lang, items),
      bars: items.map((item) => ({ label: item.label, value: item.value, valueText: formatNumberIn(item.value, lang) })),
    }),
    table: {
      caption: heading,
      columns: [context.t(lang, columnKey), valueColumn],
      rows: items.map((item) => ({ label: item.label, cells: [plain(formatNumberIn(item.value, lang))] })),
      footer: {
        label: context.t(lang, "dashboard.total"),
        cells: [
          plain(
            formatNumberIn(
              items.reduce((sum, item) => sum + item.value, 0),
              lang,
            ),
          ),
        ],
      },
    },
  };
}

function activityPanels(context: SiteContext, lang: Language): ChartPanel[] {
  const months = countByMonth(context.activities);
  const short = months.map((month) => ({
    ...month,
    label: monthLabel(month.month, lang, "short"),
    long: monthLabel(month.month, lang, "long"),
  }));
  const format = (value: number) => formatNumberIn(value, lang);
  const timeTable = (caption: string, column: string, pick: (m: (typeof short)[number]) => number): ChartPanel["table"] => ({
    caption,
    columns: [context.t(lang, "dashboard.month"), column],
    rows: short.map((month) => ({ label: month.long, cells: [plain(format(pick(month)))] })),
    footer: { label: context.t(lang, "dashboard.total"), cells: [plain(format(short.reduce((sum, month) => sum + pick(month), 0)))] },
  });
  const byMonthHeading = context.t(lang, "dashboard.byMonth");
  const participantsHeading = context.t(lang, "dashboard.participantsOverTime");
  const byKey = <K extends "pillar" | "kelurahan" | "forum">(field: K, keys: readonly Activity[K][], prefix: string) =>
    [...countBy(context.activities, field, keys)].map(([key, value]) => ({ label: context.t(lang, `${prefix}.${key}`), value }));
  return [
    {
      id: "by-month",
      heading: byMonthHeading,
      note: null,
      svgHtml: columnChart({
        id: "by-month-chart",
        title: byMonthHeading,
        description: timeDescription(
          context,
          lang,
          short.map((m) => ({ label: m.long, value: m.activities })),
        ),
        formatValue: format,
        columns: short.map((month) => ({ label: month.label, value: month.activities })),
      }),
      table: timeTable(byMonthHeading, context.t(lang, "dashboard.activities"), (month) => month.activities),
    },
    {
      id: "participants",
      heading: participantsHeading,
      note: context.t(lang, "dashboard.participantsNote"),
      svgHtml: lineChart({
        id: "participants-chart",
        title: participantsHeading,
        description: timeDescription(
          context,
          lang,
          short.map((m) => ({ label: m.long, value: m.participants })),
        ),
        formatValue: format,
        points: short.map((month) => ({ label: month.label, value: month.participants })),
      }),
      table: timeTable(participantsHeading, context.t(lang, "dashboard.participants"), (month) => month.participants),
    },
    countsPanel(context, lang, "by-pillar", "dashboard.byPillar", "dashboard.pillar", byKey("pillar", PILLARS, "pillar")),
    countsPanel(context, lang, "by-kelurahan", "dashboard.byKelurahan", "dashboard.kelurahan", byKey("kelurahan", KELURAHAN, "kelurahan")),
    // Thirteen forums, most of them unused by a given set of records: only those with an activity.
    countsPanel(
      context,
      lang,
      "by-forum",
      "dashboard.byForum",
      "dashboard.forum",
      byKey("forum", FORUMS, "forum").filter((item) => item.value > 0),
    ),
  ];
}

function actionPlanPanel(context: SiteContext, lang: Language): ChartPanel {
  const heading = context.t(lang, "dashboard.progress");
  const format = (value: number) => formatNumberIn(value, lang);
  const items = context.actionPlan.map(({ data }) => ({
    label: `${data.order}. ${data.objective[lang]}`,
    data,
    percent: progressPercent(data.baseline, data.current, data.target),
  }));
  const percentText = (percent: number) => context.t(lang, "dashboard.percent", { percent: format(percent) });
  return {
    id: "action-plan",
    heading,
    note: context.t(lang, "dashboard.progressNote"),
    svgHtml: barChart({
      id: "action-plan-chart",
      title: heading,
      description:
        items.length === 0 ? context.t(lang, "dashboard.descEmpty") : context.t(lang, "dashboard.descProgress", { count: items.length }),
      max: 100,
      bars: items.map((item) => ({ label: item.label, value: item.percent, valueText: percentText(item.percent) })),
    }),
    table: {
      caption: heading,
      columns: ["objective", "baseline", "current", "target", "progressColumn"].map((key) => context.t(lang, `dashboard.${key}`)),
      rows: items.map(({ label, data, percent }) => ({
        label,
        cells: [
          plain(`${format(data.baseline)} ${data.unit[lang]}`),
          plain(`${format(data.current)} ${data.unit[lang]}`),
          plain(`${format(data.target)} ${data.unit[lang]}`),
          plain(percentText(percent)),
        ],
      })),
      footer: null,
    },
  };
}

/** A published case count as a bar (no bar for a mark) and as a table cell. */
function caseCount(
  context: SiteContext,
  lang: Language,
  count: PublishedCount,
  k: number,
): { bar: Pick<Bar, "value" | "valueText">; cell: ChartTableCell } {
  if (count.kind === "count") {
    const text = formatNumberIn(count.value, lang);
    return { bar: { value: count.value, valueText: text }, cell: plain(text) };
  }
  const text = count.kind === "small" ? `<${k}` : context.t(lang, "caseStatistics.hiddenMark");
  const spoken = context.t(lang, count.kind === "small" ? "caseStatistics.smallSpoken" : "caseStatistics.hiddenSpoken", { k });
  return { bar: { value: null, valueText: text }, cell: { text, spoken } };
}

function casePanel(
  context: SiteContext,
  lang: Language,
  id: string,
  heading: string,
  columnKey: string,
  rows: { label: string; count: PublishedCount }[],
  total: PublishedCount,
  k: number,
): ChartPanel {
  const counts = rows.map((row) => ({ label: row.label, ...caseCount(context, lang, row.count, k) }));
  return {
    id,
    heading,
    note: null,
    svgHtml: barChart({
      id: `${id}-chart`,
      title: heading,
      description: context.t(lang, "dashboard.descCases", { count: rows.length, k }),
      bars: counts.map((row) => ({ label: row.label, ...row.bar })),
    }),
    table: {
      caption: heading,
      columns: [context.t(lang, columnKey), context.t(lang, "caseStatistics.cases")],
      rows: counts.map((row) => ({ label: row.label, cells: [row.cell] })),
      footer: { label: context.t(lang, "dashboard.total"), cells: [caseCount(context, lang, total, k).cell] },
    },
  };
}

function casePeriods(context: SiteContext, lang: Language): DashboardPage["casePeriods"] {
  return context.caseStatistics.map((statistics) => {
    if (statistics.withheld) return { period: statistics.period, withheld: true, panels: [] };
    const period = formatPeriodIn(statistics.period, lang, context.strings);
    const anchor = `cases-${statistics.period.toLowerCase()}`;
    const table = statistics.byKelurahanAndConcern;
    const list = statistics.byStage;
    return {
      period: statistics.period,
      withheld: false,
      panels: [
        casePanel(
          context,
          lang,
          `${anchor}-kelurahan`,
          context.t(lang, "dashboard.casesByKelurahan", { period }),
          "caseStatistics.kelurahan",
          table.rowLabels.map((key, r) => ({ label: context.t(lang, `kelurahan.${key}`), count: table.rowTotals[r]! })),
          table.grandTotal,
          table.k,
        ),
        casePanel(
          context,
          lang,
          `${anchor}-stage`,
          context.t(lang, "dashboard.casesByStage", { period }),
          "caseStatistics.stage",
          list.labels.map((key, i) => ({ label: context.t(lang, `stage.${key}`), count: list.counts[i]! })),
          list.total,
          list.k,
        ),
      ],
    };
  });
}

/**
 * One dashboard per language.
 * @example buildDashboardPages(context)[0].activityPanels[0].id // "by-month"
 */
export function buildDashboardPages(context: SiteContext): DashboardPage[] {
  const participants = context.activities.reduce((sum, { data }) => sum + data.participants.total, 0);
  const first = context.activities[0];
  const last = context.activities.at(-1);
  return context.languages.map((lang) => ({
    ...everyLanguageBase(context, lang, (other) => sectionUrl("dashboard", other), "dashboard", {
      title: context.t(lang, "dashboard.title"),
      description: context.t(lang, "dashboard.description"),
    }),
    type: "dashboard",
    totals: { activities: context.activities.length, participants, actionPlanItems: context.actionPlan.length },
    span: first && last ? { from: first.data.date, to: last.data.date } : null,
    activityPanels: activityPanels(context, lang),
    actionPlanPanels: [actionPlanPanel(context, lang)],
    threshold: context.settings.suppressionThreshold,
    casePeriods: casePeriods(context, lang),
    dataUrl: sectionUrl("data", lang),
  }));
}
