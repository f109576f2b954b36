/**
 * The three tables the export writes, taken from the site model (lib/site/site-context.ts), so
 * a download shows exactly what the site shows: published entries only (no drafts), and case
 * statistics only after small-count suppression — the raw counts are never in reach here.
 */
import type { Entry } from "../content/entry.ts";
import type { PublishedCount } from "../privacy/suppress-counts.ts";
import type { PublishedCaseStatistics } from "../site/case-statistics.ts";
import type { ActionPlanItem, Activity } from "../types/content.generated.ts";
import { ACTIVITY_COLUMNS, type ActivityColumn } from "./activity-columns.ts";

export interface CsvTable {
  /** File name, e.g. activities.csv. */
  name: string;
  header: string[];
  rows: string[][];
}

const number = (value: number | undefined) => (value === undefined ? "" : String(value));

/**
 * Partners one per line (unambiguous, and what Alt+Enter gives in a spreadsheet). A lone
 * partner whose name holds ";" gets a trailing line break, so the importer, which splits on
 * ";" when a cell has no line break, keeps it whole.
 */
function partnersCell(partners: readonly string[] | undefined): string {
  if (!partners || partners.length === 0) return "";
  const joined = partners.join("\n");
  return partners.length === 1 && joined.includes(";") ? `${joined}\n` : joined;
}

/**
 * Activities with the importer's own column headings (lib/csv/activity-columns.ts) and stored
 * codes for the fixed lists, so that re-importing an export adds nothing.
 * @example activityTable(context.activities).header[0] // "Tanggal / Date"
 */
export function activityTable(activities: readonly Entry<Activity>[]): CsvTable {
  const value: Record<ActivityColumn, (a: Activity) => string> = {
    date: (a) => a.date,
    kelurahan: (a) => a.kelurahan,
    rowNumber: () => "",
    venue: (a) => a.venue ?? "",
    pillar: (a) => a.pillar ?? "",
    activityType: (a) => a.activityType,
    forum: (a) => a.forum,
    titleId: (a) => a.title.id,
    titleEn: (a) => a.title.en,
    participants: (a) => number(a.participants.total),
    women: (a) => number(a.participants.women),
    men: (a) => number(a.participants.men),
    youth: (a) => number(a.participants.youth),
    partners: (a) => partnersCell(a.partners),
    notesId: (a) => a.notes?.id ?? "",
    notesEn: (a) => a.notes?.en ?? "",
  };
  return {
    name: "activities.csv",
    header: ACTIVITY_COLUMNS.map((column) => column.header.id),
    rows: activities.map((entry) => ACTIVITY_COLUMNS.map((column) => value[column.key](entry.data))),
  };
}

/**
 * The action plan, one row per item in plan order, with its latest progress update.
 * @example actionPlanTable(context.actionPlan).rows[0]![0] // "1"
 */
export function actionPlanTable(items: readonly Entry<ActionPlanItem>[]): CsvTable {
  return {
    name: "action-plan.csv",
    header: [
      "Urutan / Order", "Pilar / Pillar", "Tujuan (ID) / Objective (ID)", "Tujuan (EN) / Objective (EN)",
      "Indikator (ID) / Indicator (ID)", "Indikator (EN) / Indicator (EN)", "Satuan (ID) / Unit (ID)", "Satuan (EN) / Unit (EN)",
      "Awal / Baseline", "Target", "Saat ini / Current", "Tenggat / Due date",
      "Penanggung jawab (ID) / Responsible (ID)", "Penanggung jawab (EN) / Responsible (EN)", "Tim / Teams", "Status",
      "Pembaruan terakhir / Last update",
    ],
    rows: items.map(({ data: item }) => [
      String(item.order), item.pillar, item.objective.id, item.objective.en,
      item.indicator.id, item.indicator.en, item.unit.id, item.unit.en,
      String(item.baseline), String(item.target), String(item.current), item.dueDate,
      item.responsible.role.id, item.responsible.role.en, item.responsible.teams.join("\n"), item.status,
      item.updates.at(-1)?.date ?? "",
    ]),
  };
}

/** A published number as the site prints it: the count, "<k", or "×" (hidden, k or more). */
function countCell(count: PublishedCount, k: number): string {
  if (count.kind === "count") return String(count.value);
  return count.kind === "small" ? `<${k}` : "×";
}

/**
 * The suppressed case statistics in long form, one published number per row: per period,
 * every cell and total of the kelurahan × concern table, then the stage list. A withheld
 * period is one row saying so. Hidden numbers appear only as their marks.
 * @example caseStatisticsTable(context.caseStatistics).rows[0] // ["2024", "kelurahan-concern", "benda-baru", "online-exposure", "", "8"]
 */
export function caseStatisticsTable(statistics: readonly PublishedCaseStatistics[]): CsvTable {
  const rows: string[][] = [];
  for (const period of statistics) {
    if (period.withheld) {
      rows.push([period.period, "withheld", "", "", "", ""]);
      continue;
    }
    const table = period.byKelurahanAndConcern;
    table.rowLabels.forEach((kelurahan, r) => {
      table.columnLabels.forEach((concern, c) => rows.push([period.period, "kelurahan-concern", kelurahan, concern, "", countCell(table.cells[r]![c]!, table.k)]));
      rows.push([period.period, "kelurahan-concern", kelurahan, "total", "", countCell(table.rowTotals[r]!, table.k)]);
    });
    table.columnLabels.forEach((concern, c) => rows.push([period.period, "kelurahan-concern", "total", concern, "", countCell(table.columnTotals[c]!, table.k)]));
    rows.push([period.period, "kelurahan-concern", "total", "total", "", countCell(table.grandTotal, table.k)]);
    const list = period.byStage;
    list.labels.forEach((stage, i) => rows.push([period.period, "stage", "", "", stage, countCell(list.counts[i]!, list.k)]));
    rows.push([period.period, "stage", "", "", "total", countCell(list.total, list.k)]);
  }
  return {
    name: "case-statistics.csv",
    header: ["Periode / Period", "Tabel / Table", "Kelurahan", "Kekhawatiran / Concern", "Tahap / Stage", "Jumlah / Count"],
    rows,
  };
}
