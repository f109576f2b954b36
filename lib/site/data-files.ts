/**
 * The downloadable tables: exactly the three tables `npm run export` writes
 * (lib/csv/export-tables.ts, from the same published site context: no drafts, case statistics
 * only after suppression), each as CSV (lib/csv/write-csv.ts: BOM, formula-guarded) and JSON.
 * One place decides what is offered, so the data page, the files under /data/ and the export
 * cannot disagree.
 */
import { actionPlanTable, activityTable, caseStatisticsTable, type CsvTable } from "../csv/export-tables.ts";
import { toCsv } from "../csv/write-csv.ts";
import { toJson } from "../csv/write-json.ts";
import { dataFileUrl } from "./routes.ts";
import type { SiteContext } from "./site-context.ts";
import type { PublishedDataFile } from "./types.ts";

/** Key of a downloadable table; its dictionary texts are data.<key>.*. */
export type DataTableKey = "activities" | "action-plan" | "case-statistics";

/**
 * The tables in the order the data page lists them.
 * @example publishedTables(context).map(({ key }) => key) // ["activities", "action-plan", "case-statistics"]
 */
export function publishedTables(context: SiteContext): { key: DataTableKey; table: CsvTable }[] {
  return [
    { key: "activities", table: activityTable(context.activities) },
    { key: "action-plan", table: actionPlanTable(context.actionPlan) },
    { key: "case-statistics", table: caseStatisticsTable(context.caseStatistics) },
  ];
}

/**
 * File name of a table in another format.
 * @example fileName({ name: "activities.csv" } as CsvTable, "json") // "activities.json"
 */
export function fileName(table: CsvTable, format: "csv" | "json"): string {
  return table.name.replace(/\.csv$/, `.${format}`);
}

/**
 * Every file under /data/, with its text.
 * @example publishedDataFiles(context)[0] // { url: "/data/activities.csv", text: "\uFEFFTanggal / Date,…" }
 */
export function publishedDataFiles(context: SiteContext): PublishedDataFile[] {
  return publishedTables(context).flatMap(({ table }) => [
    // Comma-separated: what most programs expect by default; `npm run export -- --delimiter ";"`
    // gives the Excel-with-Indonesian-settings variant.
    { url: dataFileUrl(fileName(table, "csv")), text: toCsv(table.header, table.rows) },
    { url: dataFileUrl(fileName(table, "json")), text: toJson(table) },
  ]);
}
