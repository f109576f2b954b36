import Papa from "papaparse";
import type { Delimiter } from "./read-records.ts";
import { neutraliseCell } from "./neutralise-cell.ts";

/**
 * A CSV file as Excel opens it correctly: UTF-8 with a byte-order mark (without it Excel on
 * Windows reads UTF-8 as the local code page), CRLF between records, cells quoted when they
 * hold the delimiter, a quote, a line break or edge spaces, and every cell and heading passed
 * through the formula guard. `;` suits Excel with Indonesian settings, where `,` is the
 * decimal separator.
 * @example toCsv(["No", "Tanggal"], [["1", "04/11/2024"]], ";") // "\uFEFFNo;Tanggal\r\n1;04/11/2024\r\n"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter: Delimiter = ","): string {
  const body = Papa.unparse(
    { fields: header.map(neutraliseCell), data: rows.map((row) => row.map(neutraliseCell)) },
    // escapeFormulae stays off: neutraliseCell does it, line by line, and must not be doubled.
    { delimiter, newline: "\r\n", escapeFormulae: false, header: true },
  );
  return `\uFEFF${body}\r\n`;
}
