/**
 * Small-count suppression for published case statistics.
 *
 * Case counts are about vulnerable people (returnees, former convicts, their families). In a
 * kelurahan, "1 case of returnee reintegration in 2024" can point to one household. So:
 *
 * 1. Primary suppression. Every count from 1 to k−1 (k is `suppressionThreshold` in
 *    data/site.json, 5 by default) is shown as "<k", totals included. Zeros are shown as 0:
 *    "nobody" singles nobody out, and a hidden zero would read as "maybe some cases here".
 * 2. Complementary suppression. Row totals, column totals and the grand total are published,
 *    so a row or column that hides exactly one number gives it away by subtraction. Such a
 *    line gets a second hidden entry, the one whose loss costs readers least: a non-zero
 *    count before a total (totals are what readers use most), the grand total last, the
 *    smallest value first, ties by position (top to bottom, left to right) so that the same
 *    data always gives the same page; zeros only when nothing else is left.
 *    A complement is k or more, so it gets its own mark (×, "hidden, 5 or more"): writing
 *    "<5" over a 9 would make the page say something false. A zero hidden as a last resort
 *    is marked "<k", which stays true because "<k" means "fewer than k", 0 included.
 * 3. Repeat until stable: hiding a complement in a row can leave its column with exactly one
 *    hidden number, and so on.
 * 4. Audit (disclosure-audit.ts). Two hidden numbers per line are necessary, not sufficient:
 *    two "<5" counts in a row whose total leaves 8 for them are both 4, and rows and columns
 *    together can pin down a block of hidden numbers. Any hidden entry that the page still
 *    pins down gets one more complement in its row or column (cheapest, as above), then steps
 *    3 and 4 run again. Each round hides one more entry, so it ends. If even a table of marks
 *    pins a number down (the marks carry bounds: two "<3" cells under a total marked ×, i.e. 3
 *    or more, are at least 1 each), it throws CannotProtectError and the caller must withhold
 *    the whole table; in random tests that happens only in tiny tables with k of 2 to 4.
 * 5. Totals under k. A total from 1 to k−1 is itself "<k" (step 1) and is treated like any
 *    other hidden entry: the margin it sits in (the row totals, or the column totals) and the
 *    grand total get complements by steps 2–4, so "grand total minus the other row totals"
 *    gives nothing away.
 *
 * The guarantee, checked by the audit and by a brute-force reader in the tests: for every
 * hidden entry, the page is consistent with at least two values.
 *
 * Linked tables. A two-way table and a list of the same cases (on this site: kelurahan ×
 * concern, and stage) share their grand total, so they are protected together
 * (`suppressTableWithList`): the total is hidden in both or in neither, and when it is hidden,
 * each table's audit only lets it move in a direction the other table can balance too.
 *
 * @example
 * suppressTable({ rowLabels: ["a", "b", "c"], columnLabels: ["x", "y", "z"], counts: [[3, 10, 20], [10, 12, 30], [15, 16, 40]] }, 5)
 * //          x    y    z  | total       the 3 is "<5" (step 1); its row and its column each get
 * //   a     <5    ×   20  |  33         the cheapest complement, both 10s (step 2); column y
 * //   b      ×    ×   30  |  52         then hides only one number, so the 12 hides too (step
 * //   c     15   16   40  |  71         3); row b now hides two. Every total stays shown.
 * //  total  28   38   90  | 156
 */
import { canBalance, exposedEntries } from "./disclosure-audit.ts";
import { countGrid, type CountGrid, gridLines, gridSize, hiddenStatus, isHidden, type Position, statusAt, valueAt } from "./count-grid.ts";

/** A two-way table of counts: counts[row][column]. */
export interface CountTable {
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  counts: readonly (readonly number[])[];
}

/** A one-way table: one count per label, plus their total. */
export interface CountList {
  labels: readonly string[];
  counts: readonly number[];
}

/**
 * One published number. Hidden ones carry no value at all, so nothing downstream (templates,
 * the site model, a JSON dump of it) can print what was suppressed.
 * - `count`: shown as the number;
 * - `small`: shown as "<k", fewer than k (a count from 1 to k−1, or a zero hidden as a last
 *   resort);
 * - `complementary`: a number of k or more, hidden so that no small count can be worked out.
 */
export type PublishedCount = { kind: "count"; value: number } | { kind: "small" } | { kind: "complementary" };

export interface PublishedTable {
  k: number;
  rowLabels: string[];
  columnLabels: string[];
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  columnTotals: PublishedCount[];
  grandTotal: PublishedCount;
}

export interface PublishedList {
  k: number;
  labels: string[];
  counts: PublishedCount[];
  total: PublishedCount;
}

/**
 * Thrown when no pattern of hidden entries protects a table: even with every number hidden,
 * what the marks say ("<k" is below k, × is k or more) and the totals pin one down. The
 * caller must then publish no part of the table.
 */
export class CannotProtectError extends Error {
  constructor(readonly k: number) {
    super(
      `Small-count suppression cannot protect this table with k = ${k}: even with every number hidden, the marks and totals pin one down`,
    );
    this.name = "CannotProtectError";
  }
}

function assertThreshold(k: number): void {
  if (!Number.isInteger(k) || k < 2) throw new Error(`The suppression threshold must be a whole number of at least 2, not ${k}`);
}

function assertCount(value: unknown, where: string): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new Error(`${where}: a count must be a whole number of at least 0`);
  }
}

function tableGrid({ rowLabels, columnLabels, counts }: CountTable, k: number): CountGrid {
  assertThreshold(k);
  if (rowLabels.length === 0 || columnLabels.length === 0) throw new Error("A table needs at least one row and one column");
  if (counts.length !== rowLabels.length)
    throw new Error(`The table has ${rowLabels.length} row labels but ${counts.length} rows of counts`);
  counts.forEach((row, r) => {
    if (row.length !== columnLabels.length)
      throw new Error(`Row "${rowLabels[r]}" has ${row.length} counts for ${columnLabels.length} columns`);
    row.forEach((value, c) => assertCount(value, `Row "${rowLabels[r]}", column "${columnLabels[c]}"`));
  });
  return countGrid(counts, k);
}

/** A list is the first row of a grid whose column totals and corner are not published. */
function listGrid({ labels, counts }: CountList, k: number): CountGrid {
  assertThreshold(k);
  if (labels.length === 0) throw new Error("A list needs at least one count");
  if (counts.length !== labels.length) throw new Error(`The list has ${labels.length} labels but ${counts.length} counts`);
  counts.forEach((value, i) => assertCount(value, `"${labels[i]}"`));
  const grid = countGrid([counts], k);
  grid.status[1]!.fill("unpublished");
  return grid;
}

/** Where the grand total of a table sits in its grid: the corner. */
const tableTotal = (grid: CountGrid): Position => [gridSize(grid).rows - 1, gridSize(grid).columns - 1];
/** Where the total of a list sits in its grid: the end of its one published row. */
const listTotal = (grid: CountGrid): Position => [0, gridSize(grid).columns - 1];

/**
 * Sort key of hiding an entry; smaller is cheaper: a non-zero value before a zero (a hidden
 * zero turns "none" into "maybe some"), a count before a total before the grand total (totals
 * are what readers use most), a smaller value before a larger one, then top to bottom, left
 * to right.
 */
function hidingCost(grid: CountGrid, position: Position): number[] {
  const { rows, columns } = gridSize(grid);
  const [r, c] = position;
  const value = valueAt(grid, position);
  const level = (r === rows - 1 ? 1 : 0) + (c === columns - 1 ? 1 : 0);
  return [value === 0 ? 1 : 0, level, value, r, c];
}

function compareCost(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The cheapest shown entry among `candidates`, or null when none is shown. */
function cheapestShown(grid: CountGrid, candidates: readonly Position[]): Position | null {
  let best: Position | null = null;
  for (const position of candidates) {
    if (statusAt(grid, position) !== "shown") continue;
    if (!best || compareCost(hidingCost(grid, position), hidingCost(grid, best)) < 0) best = position;
  }
  return best;
}

function hide(grid: CountGrid, position: Position): void {
  grid.status[position[0]]![position[1]] = hiddenStatus(valueAt(grid, position), grid.k);
}

/** Step 1: every published count or total from 1 to k−1 becomes "<k". */
function suppressSmallCounts(grid: CountGrid): void {
  const { rows, columns } = gridSize(grid);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const value = valueAt(grid, [r, c]);
      if (grid.status[r]![c] === "shown" && value >= 1 && value < grid.k) grid.status[r]![c] = "small";
    }
  }
}

/**
 * Steps 2 and 3: until no published line hides exactly one entry, give each such line the
 * cheapest complement. Lines with an unpublished member (a list's columns) publish nothing.
 * Returns whether anything was hidden.
 */
function closeLoneLines(grid: CountGrid): boolean {
  const lines = gridLines(grid);
  let hidAny = false;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.some((position) => statusAt(grid, position) === "unpublished")) continue;
      if (line.filter((position) => isHidden(statusAt(grid, position))).length !== 1) continue;
      const complement = cheapestShown(grid, line);
      if (complement) {
        hide(grid, complement);
        changed = hidAny = true;
      }
    }
  }
  return hidAny;
}

/**
 * Steps 2–4 on one grid until it protects every hidden entry; returns whether anything was
 * hidden. Throws CannotProtectError when an entry stays exposed with nothing left to hide.
 */
function protect(grid: CountGrid): boolean {
  const { rows, columns } = gridSize(grid);
  const everything: Position[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) everything.push([r, c]);
  let hidAny = false;
  for (;;) {
    hidAny = closeLoneLines(grid) || hidAny;
    const [exposed] = exposedEntries(grid);
    if (!exposed) return hidAny;
    const [r, c] = exposed;
    const sameLines = everything.filter(([row, column]) => row === r || column === c);
    const complement = cheapestShown(grid, sameLines) ?? cheapestShown(grid, everything);
    if (!complement) throw new CannotProtectError(grid.k);
    hide(grid, complement);
    hidAny = true;
  }
}

function published(grid: CountGrid, position: Position): PublishedCount {
  const status = statusAt(grid, position);
  if (status === "small") return { kind: "small" };
  if (status === "complementary") return { kind: "complementary" };
  return { kind: "count", value: valueAt(grid, position) };
}

function publishedTable(table: CountTable, grid: CountGrid): PublishedTable {
  const [R, C] = tableTotal(grid);
  return {
    k: grid.k,
    rowLabels: [...table.rowLabels],
    columnLabels: [...table.columnLabels],
    cells: table.counts.map((row, r) => row.map((_, c) => published(grid, [r, c]))),
    rowTotals: table.rowLabels.map((_, r) => published(grid, [r, C])),
    columnTotals: table.columnLabels.map((_, c) => published(grid, [R, c])),
    grandTotal: published(grid, [R, C]),
  };
}

function publishedList(list: CountList, grid: CountGrid): PublishedList {
  return {
    k: grid.k,
    labels: [...list.labels],
    counts: list.counts.map((_, c) => published(grid, [0, c])),
    total: published(grid, listTotal(grid)),
  };
}

/**
 * Suppresses a two-way table for publication: cells, row totals, column totals and the grand
 * total, each either shown or hidden, such that no hidden count can be worked out from the
 * rest (see the method above).
 * @example
 * const table = suppressTable({ rowLabels: ["jombang", "muncul"], columnLabels: ["a", "b"], counts: [[2, 7], [8, 9]] }, 5);
 * table.cells[0] // [{ kind: "small" }, { kind: "complementary" }]
 * table.rowTotals[1] // { kind: "count", value: 17 }
 */
export function suppressTable(table: CountTable, k: number): PublishedTable {
  const grid = tableGrid(table, k);
  suppressSmallCounts(grid);
  protect(grid);
  return publishedTable(table, grid);
}

/**
 * Suppresses a one-way table (counts per label and their total) the same way: one line, so
 * "<k" counts need a complement unless at least two are hidden and their sum leaves room.
 * @example
 * suppressList({ labels: ["recorded", "verified", "handled", "resolved"], counts: [0, 2, 6, 30] }, 5).counts
 * // [{ kind: "count", value: 0 }, { kind: "small" }, { kind: "complementary" }, { kind: "count", value: 30 }]
 */
export function suppressList(list: CountList, k: number): PublishedList {
  const grid = listGrid(list, k);
  suppressSmallCounts(grid);
  protect(grid);
  return publishedList(list, grid);
}

/**
 * Suppresses a two-way table and a list of the same cases, whose totals are therefore the same
 * number, so that nothing hidden can be worked out from the two together: the shared total is
 * hidden in both or in neither, and while it is hidden, a change of it counts as possible only
 * if both tables can balance it.
 * @example
 * const { table, list } = suppressTableWithList(byKelurahanAndConcern, byStage, 5);
 * table.grandTotal.kind === "count" ? list.total.kind === "count" : list.total.kind !== "count" // true
 */
export function suppressTableWithList(table: CountTable, list: CountList, k: number): { table: PublishedTable; list: PublishedList } {
  const tableSide = tableGrid(table, k);
  const listSide = listGrid(list, k);
  const sides = [
    { grid: tableSide, total: tableTotal(tableSide) },
    { grid: listSide, total: listTotal(listSide) },
  ] as const;
  const [a, b] = sides;
  if (valueAt(a.grid, a.total) !== valueAt(b.grid, b.total)) {
    throw new Error(
      `The table counts ${valueAt(a.grid, a.total)} cases but the list counts ${valueAt(b.grid, b.total)}: they must be the same cases`,
    );
  }
  for (const side of sides) suppressSmallCounts(side.grid);
  // Protect each side in turn, each seeing how far the other can balance the shared total,
  // until neither hides anything more. Hiding only ever adds, so this ends.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [side, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (isHidden(statusAt(other.grid, other.total)) && !isHidden(statusAt(side.grid, side.total))) hide(side.grid, side.total);
      side.grid.shared = {
        position: side.total,
        moves: { up: canBalance(other.grid, other.total, 1), down: canBalance(other.grid, other.total, -1) },
      };
      if (protect(side.grid)) changed = true;
    }
    if (isHidden(statusAt(a.grid, a.total)) !== isHidden(statusAt(b.grid, b.total))) changed = true;
  }
  return { table: publishedTable(table, tableSide), list: publishedList(list, listSide) };
}
