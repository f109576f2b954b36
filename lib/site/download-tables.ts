/**
 * The downloadable tables: exactly what `npm run export` writes (lib/csv/export-tables.ts,
 * from the same published site context: no drafts, case statistics only after suppression),
 * each as CSV (lib/csv/write-csv.ts: BOM, CRLF, formula-guarded) and JSON, plus the blank
 * activity template the teams fill in. One place decides what is offered, so the data page,
 * the files under /data/ and the export cannot disagree.
 */
import type { Language } from "../content/content-types.ts";
import {
  actionPlanTable,
  activityDataTable,
  activityTable,
  activityTemplate,
  caseStatisticsTable,
  type CsvTable,
} from "../csv/export-tables.ts";
import { toCsv } from "../csv/write-csv.ts";
import { toJson } from "../csv/write-json.ts";
import { dataFileUrl } from "../content/routes.ts";
import type { SiteContext } from "./site-context.ts";
import type { PublishedDataFile } from "./types.ts";

/** Key of a downloadable table; its dictionary texts are data.<key>.*. */
export type DataTableKey = "activities" | "action-plan" | "case-statistics";

export interface PublishedTable {
  key: DataTableKey;
  /**
   * The CSV a reader of each language is offered. Activities have one file per language (its
   * headings and words); the other tables are one file with bilingual headings, the same
   * table for both languages.
   */
  csv: Record<Language, CsvTable>;
  /** The same figures for programs: stored codes and ISO dates, one file for both languages. */
  json: CsvTable;
}

const both = (table: CsvTable): Record<Language, CsvTable> => ({ id: table, en: table });
const asJson = (table: CsvTable): CsvTable => ({ ...table, name: table.name.replace(/\.csv$/, ".json") });

/**
 * The tables in the order the data page lists them.
 * @example publishedTables(context).map(({ key }) => key) // ["activities", "action-plan", "case-statistics"]
 * @example publishedTables(context)[0]!.csv.id.name // "kegiatan.csv"
 */
export function publishedTables(context: SiteContext): PublishedTable[] {
  const labels = (lang: Language) => (key: string) => context.t(lang, key);
  const actionPlan = actionPlanTable(context.actionPlan);
  const caseStatistics = caseStatisticsTable(context.caseStatistics);
  return [
    {
      key: "activities",
      csv: { id: activityTable(context.activities, "id", labels("id")), en: activityTable(context.activities, "en", labels("en")) },
      json: activityDataTable(context.activities),
    },
    { key: "action-plan", csv: both(actionPlan), json: asJson(actionPlan) },
    { key: "case-statistics", csv: both(caseStatistics), json: asJson(caseStatistics) },
  ];
}

/**
 * The blank activity template in each language: the teams' own columns and one example row.
 * @example activityTemplates(context).id.name // "templat-kegiatan.csv"
 */
export function activityTemplates(context: SiteContext): Record<Language, CsvTable> {
  return {
    id: activityTemplate("id", (key) => context.t("id", key)),
    en: activityTemplate("en", (key) => context.t("en", key)),
  };
}

/**
 * A CSV file's text, with its own separator unless another is asked for: `;` for the
 * Indonesian files (Excel with Indonesian settings), `,` for the others.
 * @example csvText(table) // "\uFEFFNo;Tanggal;Kelurahan;…\r\n1;21/01/2023;Jombang;…"
 */
export function csvText(table: CsvTable, delimiter = table.delimiter): string {
  return toCsv(table.header, table.rows, delimiter);
}

/**
 * Every file under /data/, with its text, each once (a bilingual table is offered in both
 * languages but written once).
 * @example publishedDataFiles(context)[0] // { url: "/data/kegiatan.csv", text: "\uFEFFNo;Tanggal;…" }
 */
export function publishedDataFiles(context: SiteContext): PublishedDataFile[] {
  const files = new Map<string, string>();
  for (const { csv, json } of publishedTables(context)) {
    for (const table of Object.values(csv)) files.set(dataFileUrl(table.name), csvText(table));
    files.set(dataFileUrl(json.name), toJson(json));
  }
  for (const table of Object.values(activityTemplates(context))) files.set(dataFileUrl(table.name), csvText(table));
  return [...files].map(([url, text]) => ({ url, text }));
}
