/**
 * The JSON form of an export table (lib/csv/export-tables.ts), for readers who load figures
 * into a script rather than a spreadsheet: one object per row keyed by the column name. For
 * activities that table is activityDataTable (stored codes, ISO dates, fields named by their
 * path), not the spreadsheet's words; the other tables keep their CSV columns. Values stay text
 * exactly as published ("<5" is not a number), and are not formula-guarded: JSON is never
 * opened as a spreadsheet, and the apostrophe would change the data.
 */
import type { CsvTable } from "./export-tables.ts";

/**
 * @example toJson({ name: "x.csv", header: ["Kelurahan", "Jumlah / Count"], rows: [["jombang", "<5"]], delimiter: "," })
 * // '{\n  "columns": ["Kelurahan", …],\n  "rows": [{ "Kelurahan": "jombang", "Jumlah / Count": "<5" }]\n}\n'
 */
export function toJson(table: CsvTable): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.header.map((column, index) => [column, row[index] ?? ""])));
  return `${JSON.stringify({ columns: table.header, rows }, null, 2)}\n`;
}
