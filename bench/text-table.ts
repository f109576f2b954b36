/**
 * Left-aligned columns, two spaces apart, for the benchmark's printed report.
 * @example table([["a", "bb"], ["ccc", "d"]]) // ["a    bb", "ccc  d"]
 */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}
