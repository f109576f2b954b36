/**
 * The audit behind small-count suppression: which hidden entries of a table could a reader
 * work out exactly from what the page publishes (shown counts, shown totals, and what "<k" and
 * the complementary mark say about a hidden number)?
 *
 * Counting hidden entries per row and column is not enough. Two "<5" cells in a row whose
 * shown total leaves 8 for them must both be 4; and rows and columns together can pin down a
 * block of hidden numbers although every line hides two of them. So the audit
 * looks for proof that each hidden entry could also hold another value.
 *
 * How: with counts and the grand total signed +1 and row/column totals −1, every row and
 * column of the grid adds up to zero. Hidden entries are the edges of a bipartite graph
 * (row nodes, column nodes). Adding +1 and −1 alternately around a cycle of that graph keeps
 * every published equation true. So an entry has a second possible value when some cycle
 * through it can be shifted by one step with every entry on it staying within what the page
 * says about it (a "<k" entry stays between 0 and k−1, a complementary one at k or more).
 * Orienting each edge by the direction(s) it may move turns this into reachability in a
 * directed graph: a breadth-first search, quick on tables of any size this site has.
 *
 * The answer is exact. Every cycle found is a real alternative table consistent with the page;
 * and because what the page says about each hidden entry is an interval (0 to k−1, or k and
 * more), any alternative table splits into such one-step cycles (the constraint matrix of a
 * table with margins is totally unimodular), so when none exists the entry is pinned down.
 *
 * Two tables of the same cases that share their grand total are linked only through it: a
 * change of that total must be balanced in both. Each table's audit therefore lets the shared
 * total move only in the directions the other table can balance (`CountGrid.shared`); with
 * intervals throughout, that is again exact for the pair.
 *
 * What it assumes about the reader: they know the page, the meaning of the marks and that
 * totals add up, but not this module's choices (e.g. that a zero is hidden only as a last
 * resort, so a "<5" is almost always 1–4). That is the usual model in statistical disclosure
 * control; docs/SITE.md says what it means in practice.
 */
import { admits, type CountGrid, entrySign, gridSize, isHidden, type Position, statusAt, valueAt } from "./count-grid.ts";

interface Node {
  kind: "row" | "column";
  index: number;
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/**
 * Whether a reader could believe the entry's value changed by `delta` (+1 or −1), judging by
 * its own mark alone, and for a shared total also by the other table (which must balance the
 * same change).
 */
function entryCanChange(grid: CountGrid, position: Position, delta: 1 | -1): boolean {
  const status = statusAt(grid, position);
  if (status === "shown") return false;
  if (!admits(status, valueAt(grid, position) + delta, grid.k)) return false;
  if (grid.shared && samePosition(grid.shared.position, position)) return delta === 1 ? grid.shared.moves.up : grid.shared.moves.down;
  return true;
}

/** Whether the entry can move one step on the signed scale (see entrySign). */
function canStep(grid: CountGrid, position: Position, step: 1 | -1): boolean {
  return entryCanChange(grid, position, (step * entrySign(grid, position)) as 1 | -1);
}

/**
 * Whether `to` can be reached from `from` through the hidden (or unpublished) entries, moving
 * from a row node to a column node along an entry that may grow by one signed step and from a
 * column node to a row node along one that may shrink, without using `skip`.
 */
function reachable(grid: CountGrid, from: Node, to: Node, skip: Position): boolean {
  const { rows, columns } = gridSize(grid);
  const key = (node: Node) => `${node.kind}${node.index}`;
  const seen = new Set<string>([key(from)]);
  const queue: Node[] = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node.kind === to.kind && node.index === to.index) return true;
    const neighbours: Node[] = [];
    if (node.kind === "row") {
      for (let c = 0; c < columns; c++) {
        const position: Position = [node.index, c];
        if (!samePosition(position, skip) && canStep(grid, position, 1)) neighbours.push({ kind: "column", index: c });
      }
    } else {
      for (let r = 0; r < rows; r++) {
        const position: Position = [r, node.index];
        if (!samePosition(position, skip) && canStep(grid, position, -1)) neighbours.push({ kind: "row", index: r });
      }
    }
    for (const next of neighbours) {
      if (seen.has(key(next))) continue;
      seen.add(key(next));
      queue.push(next);
    }
  }
  return false;
}

/**
 * Whether the other hidden entries can balance a change of `delta` (+1 or −1) in this entry's
 * value so that every published total still holds: a cycle through the entry exists.
 * @example canBalance(grid, [0, 0], 1) // true when another hidden count in row 0 and column 0 can give way
 */
export function canBalance(grid: CountGrid, position: Position, delta: 1 | -1): boolean {
  const [r, c] = position;
  const row: Node = { kind: "row", index: r };
  const column: Node = { kind: "column", index: c };
  // A signed step up is an arc row → column; the cycle closes with a way back, and vice versa.
  const step = delta * entrySign(grid, position);
  return step === 1 ? reachable(grid, column, row, position) : reachable(grid, row, column, position);
}

/**
 * Whether the page admits another value for this hidden entry (a second table, consistent
 * with everything published, that differs here).
 * @example
 * const grid = countGrid([[4, 4, 9]], 5); // one row: 4 + 4 + 9 = 17
 * grid.status[0]![0] = grid.status[0]![1] = "small"; // columns unpublished, as for a list
 * grid.status[1]!.fill("unpublished");
 * hasAlternative(grid, [0, 0]) // false: 17 − 9 leaves 8, so two "<5" counts must both be 4
 */
export function hasAlternative(grid: CountGrid, position: Position): boolean {
  return ([1, -1] as const).some((delta) => entryCanChange(grid, position, delta) && canBalance(grid, position, delta));
}

/**
 * Hidden entries that the page does not protect: for each, the published totals and the
 * meaning of the marks allow only its true value. Rows top to bottom, then left to right.
 * @example exposedEntries(suppressedGrid) // [] when the suppression is sound
 */
export function exposedEntries(grid: CountGrid): Position[] {
  const { rows, columns } = gridSize(grid);
  const exposed: Position[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const position: Position = [r, c];
      if (isHidden(statusAt(grid, position)) && !hasAlternative(grid, position)) exposed.push(position);
    }
  }
  return exposed;
}
