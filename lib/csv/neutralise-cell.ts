/**
 * CSV injection guard (OWASP): a spreadsheet runs a cell that starts with = + - @ (and, in some
 * programs, TAB or CR) as a formula — `=HYPERLINK(…)` in a note could send a funder's data
 * anywhere. Every such line gets a leading apostrophe, which spreadsheets show as text.
 *
 * Per line, not per cell: a cell with a line break is still one cell, but a paste or a
 * "text to columns" splits it, and Papaparse's own `escapeFormulae` misses these (DESIGN §5).
 * A line that already starts with apostrophes before a formula character gets one more, so
 * that the importer, which removes exactly one, gives back exactly what was stored.
 */
const DANGEROUS = /^'*[=+\-@\t\r]/;

/**
 * @example neutraliseCell("=1+1") // "'=1+1"
 * @example neutraliseCell("Catatan:\n=HYPERLINK(\"x\")") // "Catatan:\n'=HYPERLINK(\"x\")"
 * @example neutraliseCell("'=1") // "''=1"
 */
export function neutraliseCell(value: string): string {
  // Split after every line break (CRLF, LF or a lone CR), keeping the breaks.
  return value
    .split(/(?<=\r\n|\n|\r(?!\n))/)
    .map((line) => (DANGEROUS.test(line) ? `'${line}` : line))
    .join("");
}
