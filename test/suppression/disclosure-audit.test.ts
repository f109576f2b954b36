import { describe, expect, it } from "vitest";
import { countGrid, type CountGrid, hiddenStatus } from "../../lib/suppression/count-grid.ts";
import { exposedEntries, hasAlternative } from "../../lib/suppression/disclosure-audit.ts";
import type { PublishedCount, PublishedTable } from "../../lib/suppression/suppress-counts.ts";
import { possibleTableValues } from "../helpers/reconstruction-attack.ts";
import { seededRandom, smallCount } from "../../support/seeded-random.ts";

/** A grid with the given entries hidden (marked as the page would mark them). */
function gridWithHidden(counts: number[][], k: number, hidden: [number, number][]): CountGrid {
  const grid = countGrid(counts, k);
  for (const [r, c] of hidden) grid.status[r]![c] = hiddenStatus(grid.values[r]![c]!, k);
  return grid;
}

/** What the page shows for a grid, in the form the brute-force reader takes. */
function asPublished(grid: CountGrid): PublishedTable {
  const R = grid.values.length - 1;
  const C = grid.values[0]!.length - 1;
  const at = (r: number, c: number): PublishedCount => {
    const status = grid.status[r]![c]!;
    return status === "small" || status === "complementary" ? { kind: status } : { kind: "count", value: grid.values[r]![c]! };
  };
  const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    k: grid.k,
    rowLabels: indices(R).map(String),
    columnLabels: indices(C).map(String),
    cells: indices(R).map((r) => indices(C).map((c) => at(r, c))),
    rowTotals: indices(R).map((r) => at(r, C)),
    columnTotals: indices(C).map((c) => at(R, c)),
    grandTotal: at(R, C),
  };
}

/** The reader's name for a grid position (see test/helpers/reconstruction-attack.ts). */
function nameOf(grid: CountGrid, [r, c]: readonly [number, number]): string {
  const R = grid.values.length - 1;
  const C = grid.values[0]!.length - 1;
  if (r === R && c === C) return "grand total";
  if (c === C) return `row total ${r}`;
  if (r === R) return `column total ${c}`;
  return `cell ${r},${c}`;
}

describe("disclosure audit", () => {
  it("finds two '<5' counts pinned by their row total although the row hides two numbers", () => {
    // Row 0: 4 + 4 + 10 = 18, with the 10 shown: 8 left for two counts of at most 4.
    const grid = gridWithHidden(
      [
        [4, 4, 10],
        [9, 9, 12],
      ],
      5,
      [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
    );
    expect(hasAlternative(grid, [0, 0])).toBe(false);
    expect(exposedEntries(grid)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  it("finds nothing exposed when the hidden numbers form a cycle that can shift", () => {
    const grid = gridWithHidden(
      [
        [3, 8, 20],
        [2, 9, 30],
      ],
      5,
      [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
    );
    expect(exposedEntries(grid)).toEqual([]);
  });

  it("finds a number exposed when its row hides nothing else", () => {
    const grid = gridWithHidden(
      [
        [3, 8],
        [6, 9],
      ],
      5,
      [
        [0, 0],
        [1, 0],
      ],
    );
    expect(exposedEntries(grid)).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it("counts what the marks say: numbers hidden in every line can still be pinned by '<3' and ×", () => {
    const everything: [number, number][] = [];
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) everything.push([r, c]);
    expect(
      exposedEntries(
        gridWithHidden(
          [
            [1, 2],
            [1, 2],
          ],
          3,
          everything,
        ),
      ),
    ).not.toEqual([]);
  });

  it("agrees exactly with a brute-force reader on 300 random tables with random hidden numbers", () => {
    const random = seededRandom(99);
    let exposedSeen = 0;
    for (let i = 0; i < 300; i++) {
      const k = random.int(3, 6);
      const columns = random.int(1, 4);
      const counts = Array.from({ length: random.int(1, 4) }, () => Array.from({ length: columns }, () => smallCount(random, k)));
      const hidden: [number, number][] = [];
      for (let r = 0; r <= counts.length; r++) for (let c = 0; c <= columns; c++) if (random.next() < 0.5) hidden.push([r, c]);
      const grid = gridWithHidden(counts, k, hidden);
      const total = counts.flat().reduce((sum, value) => sum + value, 0);
      const byReader = [...possibleTableValues(asPublished(grid), total + k + 5)]
        .filter(([, values]) => values.length < 2)
        .map(([name]) => name)
        .sort();
      const byAudit = exposedEntries(grid)
        .map((position) => nameOf(grid, position))
        .sort();
      expect(byAudit, `k = ${k}, ${JSON.stringify(counts)}, hidden ${JSON.stringify(hidden)}`).toEqual(byReader);
      exposedSeen += byAudit.length;
    }
    expect(exposedSeen).toBeGreaterThan(100);
  });
});
