/**
 * The one shape small-count suppression works on: a table of counts and its totals in a single
 * grid, so that the rules ("no line may hide exactly one number", "no hidden number may be
 * pinned down") are written once for cells, row totals, column totals and the grand total.
 *
 *   rows × columns counts | row totals in the last column
 *   ----------------------+------------------------------
 *   column totals         | grand total in the corner
 *
 * Every row and every column of this grid is one published equation: its members add up to
 * its last entry. A one-row table (a list with its total) is the same grid with the column
 * totals and the corner marked "unpublished": equations with an unpublished member say nothing.
 */

/**
 * What the page says about one entry of the grid:
 * - `shown`: the number itself;
 * - `small`: "<k", fewer than k. Counts from 1 to k−1 (primary suppression), and a zero in
 *   the rare case that it had to be hidden as a complement: "<k" then still tells the truth;
 * - `complementary`: a number of k or more, hidden so that a small count cannot be worked out;
 * - `unpublished`: not part of the publication at all (the column totals of a list).
 */
export type CountStatus = "shown" | "small" | "complementary" | "unpublished";

/** [row, column] in the grid, totals included. */
export type Position = readonly [row: number, column: number];

export interface CountGrid {
  /** The threshold: counts from 1 to k−1 are never shown. */
  readonly k: number;
  /** The true values, (rows + 1) × (columns + 1), totals in the last row and column. */
  readonly values: readonly (readonly number[])[];
  /** Same shape as `values`; the suppression steps change it in place. */
  readonly status: CountStatus[][];
  /**
   * A total that another published table shares (the same cases counted another way). When
   * it is hidden, a reader may only change it in a direction the other table can balance too;
   * `moves` says which (see lib/suppression/suppress-counts.ts, suppressTableWithList).
   */
  shared?: { position: Position; moves: { up: boolean; down: boolean } };
}

/**
 * Builds the grid of a table: the counts plus their row, column and grand totals, all shown.
 * @example countGrid([[3, 6]], 5).values // [[3, 6, 9], [3, 6, 9]]
 */
export function countGrid(counts: readonly (readonly number[])[], k: number): CountGrid {
  const columns = counts[0]?.length ?? 0;
  const rowTotals = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => counts.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  const grand = rowTotals.reduce((sum, value) => sum + value, 0);
  const values = [...counts.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, grand]];
  return { k, values, status: values.map((row) => row.map((): CountStatus => "shown")) };
}

/**
 * Number of rows and columns of the grid, totals included.
 * @example gridSize(countGrid([[1, 2]], 5)) // { rows: 2, columns: 3 }
 */
export function gridSize(grid: CountGrid): { rows: number; columns: number } {
  return { rows: grid.values.length, columns: grid.values[0]?.length ?? 0 };
}

/**
 * Whether the entry is hidden on the page (as "<k" or as the complementary mark).
 * @example isHidden("unpublished") // false: not on the page at all, so not hidden either
 */
export function isHidden(status: CountStatus): boolean {
  return status === "small" || status === "complementary";
}

/** @example statusAt(countGrid([[1]], 5), [0, 0]) // "shown" */
export function statusAt(grid: CountGrid, [r, c]: Position): CountStatus {
  return grid.status[r]![c]!;
}

/** @example valueAt(countGrid([[1, 2]], 5), [1, 2]) // 3, the grand total */
export function valueAt(grid: CountGrid, [r, c]: Position): number {
  return grid.values[r]![c]!;
}

/**
 * Every published equation of the grid: each row and each column, in a fixed order (rows top
 * to bottom, then columns left to right) so that suppression is deterministic.
 * @example gridLines(countGrid([[1, 2]], 5)).length // 2 rows + 3 columns = 5
 */
export function gridLines(grid: CountGrid): Position[][] {
  const { rows, columns } = gridSize(grid);
  const lines: Position[][] = [];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, c): Position => [r, c]));
  for (let c = 0; c < columns; c++) lines.push(Array.from({ length: rows }, (_, r): Position => [r, c]));
  return lines;
}

/**
 * The sign of an entry when every line is written as "sum = 0": counts and the grand total
 * count +1, row and column totals −1. With these signs every row and column of the grid adds
 * up to zero, which makes the hidden entries a plain bipartite graph (see disclosure-audit.ts).
 * @example entrySign(countGrid([[1, 2]], 5), [0, 2]) // -1 (a row total)
 */
export function entrySign(grid: CountGrid, [r, c]: Position): 1 | -1 {
  const { rows, columns } = gridSize(grid);
  return (r === rows - 1) === (c === columns - 1) ? 1 : -1;
}

/**
 * Whether a reader of the page could believe that the entry holds `value`, given only what
 * the page says about it: "<k" means 0 to k−1 (the page's legend says "fewer than k"), the
 * complementary mark means k or more, a shown number means itself.
 * @example admits("small", 0, 5) // true
 * @example admits("complementary", 4, 5) // false
 */
export function admits(status: CountStatus, value: number, k: number, shownValue?: number): boolean {
  if (!Number.isInteger(value)) return false;
  switch (status) {
    case "unpublished":
      return true;
    case "small":
      return value >= 0 && value <= k - 1;
    case "complementary":
      return value >= k;
    case "shown":
      return value === shownValue;
  }
}

/**
 * How a hidden entry is marked: "<k" when it is below k (a small count, or a zero hidden as a
 * last resort), the complementary mark otherwise.
 * @example hiddenStatus(0, 5) // "small"
 */
export function hiddenStatus(value: number, k: number): "small" | "complementary" {
  return value < k ? "small" : "complementary";
}
