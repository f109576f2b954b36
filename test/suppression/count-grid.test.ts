import { describe, expect, it } from "vitest";
import { admits, countGrid, entrySign, gridLines, hiddenStatus } from "../../lib/suppression/count-grid.ts";

describe("countGrid", () => {
  it("puts row totals in the last column, column totals in the last row and the grand total in the corner", () => {
    expect(
      countGrid(
        [
          [1, 2],
          [3, 4],
        ],
        5,
      ).values,
    ).toEqual([
      [1, 2, 3],
      [3, 4, 7],
      [4, 6, 10],
    ]);
  });

  it("signs counts and the grand total +1 and the other totals −1, so that every line adds up to zero", () => {
    const grid = countGrid(
      [
        [1, 2],
        [3, 4],
      ],
      5,
    );
    for (const line of gridLines(grid)) {
      expect(line.reduce((sum, position) => sum + entrySign(grid, position) * grid.values[position[0]]![position[1]]!, 0)).toBe(0);
    }
    expect(gridLines(grid)).toHaveLength(6);
  });

  it("reads '<k' as fewer than k, 0 included, and × as k or more", () => {
    expect([0, 4, 5].map((value) => admits("small", value, 5))).toEqual([true, true, false]);
    expect([0, 4, 5, 900].map((value) => admits("complementary", value, 5))).toEqual([false, false, true, true]);
    expect(admits("shown", 7, 5, 7)).toBe(true);
    expect(admits("shown", 8, 5, 7)).toBe(false);
    expect(admits("unpublished", 123, 5)).toBe(true);
  });

  it("marks a hidden zero '<k' and a hidden number of k or more ×", () => {
    expect([hiddenStatus(0, 5), hiddenStatus(4, 5), hiddenStatus(5, 5)]).toEqual(["small", "small", "complementary"]);
  });
});
