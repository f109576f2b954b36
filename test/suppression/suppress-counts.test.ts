import { describe, expect, it } from "vitest";
import {
  CannotProtectError,
  type PublishedCount,
  type PublishedList,
  type PublishedTable,
  suppressList,
  suppressTable,
  suppressTableWithList,
} from "../../lib/suppression/suppress-counts.ts";
import { possibleLinkedValues, possibleListValues, possibleTableValues } from "../helpers/reconstruction-attack.ts";
import { seededRandom, smallCount } from "../../support/seeded-random.ts";

/** A table with generated labels. */
function table(counts: number[][]) {
  return { rowLabels: counts.map((_, r) => `r${r}`), columnLabels: counts[0]!.map((_, c) => `c${c}`), counts };
}

const mark = (count: PublishedCount) => (count.kind === "count" ? count.value : count.kind === "small" ? "<" : "×");

/** The published table as the page shows it: numbers, "<" for "<k", "×"; totals last. */
function render(published: PublishedTable): (number | string)[][] {
  return [
    ...published.cells.map((row, r) => [...row.map(mark), mark(published.rowTotals[r]!)]),
    [...published.columnTotals.map(mark), mark(published.grandTotal)],
  ];
}

function renderList(published: PublishedList): (number | string)[] {
  return [...published.counts.map(mark), mark(published.total)];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Hidden entries whose every possible value (for a reader of the page) is a single one. */
function pinned(possible: Map<string, number[]>): string[] {
  return [...possible].filter(([, values]) => values.length < 2).map(([name, values]) => `${name} = ${values.join(",")}`);
}

describe("suppressTable", () => {
  it("shows every count from 1 to k−1 as '<k' and every other count as it is", () => {
    expect(
      render(
        suppressTable(
          table([
            [2, 3, 10],
            [3, 2, 12],
          ]),
          5,
        ),
      ),
    ).toEqual([
      ["<", "<", 10, 15],
      ["<", "<", 12, 17],
      [5, 5, 22, 32],
    ]);
  });

  it("hides a second number in a row that would otherwise hide only one: the smallest other count", () => {
    // Column 0 already hides two counts; each row hides one, so each gets its smallest other count.
    expect(
      render(
        suppressTable(
          table([
            [3, 8, 20],
            [2, 9, 30],
          ]),
          5,
        ),
      ),
    ).toEqual([
      ["<", "×", 20, 31],
      ["<", "×", 30, 41],
      [5, 17, 50, 72],
    ]);
  });

  it("hides a second number in a column that would otherwise hide only one", () => {
    expect(
      render(
        suppressTable(
          table([
            [3, 2],
            [8, 9],
            [20, 30],
          ]),
          5,
        ),
      ),
    ).toEqual([
      ["<", "<", 5],
      ["×", "×", 17],
      [20, 30, 50],
      [31, 41, 72],
    ]);
  });

  it("follows a row complement into its column, and on, until no line hides exactly one number", () => {
    // The 3 and the 2 share column 0. Row 0 hides the 6 with the 3, row 1 the 9 with the 2;
    // that leaves columns 1 and 2 with one hidden number each, so they hide the 7 and the 8,
    // which row 2 then hides together.
    expect(
      render(
        suppressTable(
          table([
            [3, 6, 40],
            [2, 50, 9],
            [30, 7, 8],
          ]),
          5,
        ),
      ),
    ).toEqual([
      ["<", "×", 40, 49],
      ["<", 50, "×", 61],
      [30, "×", "×", 45],
      [35, 63, 57, 155],
    ]);
  });

  it("hides one more number when two hidden ones could still be worked out from their total", () => {
    // Row 0 hides 4 and 4 with a total of 18 and a shown 10: they must both be 4, so the 10 hides too.
    const published = suppressTable(
      table([
        [4, 4, 10],
        [9, 9, 12],
        [10, 11, 14],
      ]),
      5,
    );
    expect(render(published)[0]).toEqual(["<", "<", "×", 18]);
    expect(pinned(possibleTableValues(published, 200))).toEqual([]);
  });

  it("hides a total under k, and another total with it so that the grand total gives nothing away", () => {
    expect(
      render(
        suppressTable(
          table([
            [1, 2, 0],
            [10, 12, 15],
            [9, 11, 20],
          ]),
          5,
        ),
      ),
    ).toEqual([
      ["<", "<", 0, "<"],
      ["×", 12, 15, "×"],
      ["×", "×", 20, 40],
      [20, 25, 35, 80],
    ]);
  });

  it("hides a grand total under k like every other small number", () => {
    expect(
      render(
        suppressTable(
          table([
            [1, 0],
            [0, 2],
          ]),
          5,
        ),
      ),
    ).toEqual([
      ["<", 0, "<"],
      [0, "<", "<"],
      ["<", "<", "<"],
    ]);
  });

  it("shows zeros as 0, and hides one (as '<k', which stays true) only when nothing else is left", () => {
    expect(
      render(
        suppressTable(
          table([
            [3, 0, 9],
            [2, 0, 8],
          ]),
          5,
        ),
      )[0],
    ).toEqual(["<", 0, "×", 12]);
    // Every non-zero number is hidden and the row totals could still be worked out: only then
    // does the zero go too, and it reads "<5", which is true of 0.
    const lastResort = suppressTable(
      table([
        [0, 1],
        [1, 4],
      ]),
      5,
    );
    expect(render(lastResort)).toEqual([
      ["<", "<", "<"],
      ["<", "<", "×"],
      ["<", "×", "×"],
    ]);
    expect(pinned(possibleTableValues(lastResort, 100))).toEqual([]);
  });

  it("uses the threshold it is given", () => {
    const counts = [
      [4, 9, 30],
      [12, 15, 40],
    ];
    expect(render(suppressTable(table(counts), 3))[0]).toEqual([4, 9, 30, 43]);
    expect(render(suppressTable(table(counts), 10))[0]!.slice(0, 2)).toEqual(["<", "<"]);
  });

  it("changes nothing in a table without small counts", () => {
    expect(
      render(
        suppressTable(
          table([
            [10, 20],
            [30, 40],
          ]),
          5,
        ),
      ),
    ).toEqual([
      [10, 20, 30],
      [30, 40, 70],
      [40, 60, 100],
    ]);
  });

  it("gives the same page for the same counts, whatever the run", () => {
    const counts = [
      [3, 1, 7, 0],
      [2, 9, 4, 12],
      [6, 0, 1, 8],
    ];
    expect(suppressTable(table(counts), 5)).toEqual(suppressTable(table(counts), 5));
  });

  it("keeps no hidden value anywhere in its result", () => {
    const published = suppressTable(
      table([
        [3, 1237],
        [1409, 8000],
      ]),
      5,
    );
    expect(JSON.stringify(published)).not.toMatch(/\b(3|1237|1409)\b/);
  });

  it("refuses counts that are not whole numbers of at least 0, and a threshold under 2", () => {
    expect(() => suppressTable(table([[1, -1]]), 5)).toThrow(/whole number/);
    expect(() => suppressTable(table([[1.5, 1]]), 5)).toThrow(/whole number/);
    expect(() => suppressTable(table([[1, 1]]), 1)).toThrow(/threshold/);
    expect(() => suppressTable({ rowLabels: ["a"], columnLabels: ["x", "y"], counts: [[1]] }, 5)).toThrow(/columns/);
  });

  it("refuses a table that no pattern of hidden numbers can protect", () => {
    // k = 3: two "<3" counts under a total marked × (3 or more) are each at least 1, and the
    // column totals finish the job even with every number hidden.
    expect(() =>
      suppressTable(
        table([
          [1, 2],
          [1, 2],
        ]),
        3,
      ),
    ).toThrow(CannotProtectError);
  });
});

describe("suppressList", () => {
  it("hides a lone small count with the smallest other count", () => {
    expect(renderList(suppressList({ labels: ["a", "b", "c", "d"], counts: [0, 2, 6, 30] }, 5))).toEqual([0, "<", "×", 30, 38]);
  });

  it("hides the total when the hidden counts could be worked out from it and no count is left", () => {
    expect(renderList(suppressList({ labels: ["a", "b", "c"], counts: [4, 4, 0] }, 5))).toEqual(["<", "<", 0, "×"]);
  });

  it("hides a total under k together with its counts", () => {
    expect(renderList(suppressList({ labels: ["a", "b", "c"], counts: [3, 0, 0] }, 5))).toEqual(["<", 0, 0, "<"]);
  });
});

describe("suppressTableWithList", () => {
  it("hides the shared total in both tables or in neither", () => {
    const { table: published, list } = suppressTableWithList(
      table([
        [4, 4],
        [0, 0],
      ]),
      { labels: ["a", "b"], counts: [4, 4] },
      5,
    );
    expect(published.grandTotal.kind).not.toBe("count");
    expect(list.total.kind).toBe(published.grandTotal.kind);
    const shown = suppressTableWithList(
      table([
        [10, 20],
        [30, 40],
      ]),
      { labels: ["a", "b"], counts: [60, 40] },
      5,
    );
    expect([shown.table.grandTotal, shown.list.total]).toEqual([
      { kind: "count", value: 100 },
      { kind: "count", value: 100 },
    ]);
  });

  it("refuses a table and a list that do not count the same cases", () => {
    expect(() => suppressTableWithList(table([[10]]), { labels: ["a"], counts: [11] }, 5)).toThrow(/same cases/);
  });
});

describe("what a reader can recover from a suppressed table", () => {
  // The reader sees only the page; the brute-force search in test/helpers/reconstruction-attack.ts
  // tries every value each "<k" (0 to k−1) and × (k or more) could hold against every published total.
  const tables = 300;

  it("is not vacuous: the search does pin down a count that only primary suppression hides", () => {
    const naive: PublishedTable = {
      k: 5,
      rowLabels: ["a", "b"],
      columnLabels: ["x", "y", "z"],
      cells: [
        [{ kind: "small" }, { kind: "small" }, { kind: "count", value: 10 }],
        [{ kind: "complementary" }, { kind: "complementary" }, { kind: "count", value: 12 }],
      ],
      rowTotals: [
        { kind: "count", value: 18 },
        { kind: "count", value: 30 },
      ],
      columnTotals: [
        { kind: "count", value: 13 },
        { kind: "count", value: 13 },
        { kind: "count", value: 22 },
      ],
      grandTotal: { kind: "count", value: 48 },
    };
    expect(pinned(possibleTableValues(naive, 100))).toEqual(["cell 0,0 = 4", "cell 0,1 = 4", "cell 1,0 = 9", "cell 1,1 = 9"]);
  });

  it(`leaves every hidden number at least two possible values, in ${tables} random tables of 2–5 × 2–5`, () => {
    const random = seededRandom(20241104);
    let hidden = 0;
    let complements = 0;
    for (let i = 0; i < tables; i++) {
      const k = [3, 4, 5, 5, 5, 7][random.int(0, 5)]!;
      const columns = random.int(2, 5);
      const counts = Array.from({ length: random.int(2, 5) }, () => Array.from({ length: columns }, () => smallCount(random, k)));
      let published: PublishedTable;
      try {
        published = suppressTable(table(counts), k);
      } catch (error) {
        // Refusing is safe (nothing is published); it must be the documented refusal and rare.
        expect(error, JSON.stringify(counts)).toBeInstanceOf(CannotProtectError);
        continue;
      }
      const possible = possibleTableValues(published, sum(counts.flat()) + k + 5);
      expect(pinned(possible), `k = ${k}, ${JSON.stringify(counts)}`).toEqual([]);
      hidden += possible.size;
      complements += [...published.cells.flat(), ...published.rowTotals, ...published.columnTotals, published.grandTotal].filter(
        (count) => count.kind === "complementary",
      ).length;
    }
    // The property was really exercised: many hidden numbers, many of them complements.
    expect(hidden).toBeGreaterThan(tables * 4);
    expect(complements).toBeGreaterThan(tables);
  });

  it(`leaves every hidden number at least two possible values, in ${tables} random lists`, () => {
    const random = seededRandom(7);
    for (let i = 0; i < tables; i++) {
      const k = [3, 5, 5, 7][random.int(0, 3)]!;
      const counts = Array.from({ length: random.int(2, 6) }, () => smallCount(random, k));
      const published = suppressList({ labels: counts.map((_, j) => `l${j}`), counts }, k);
      expect(pinned(possibleListValues(published, sum(counts) + k + 5)), `k = ${k}, ${JSON.stringify(counts)}`).toEqual([]);
    }
  });

  it(`leaves every hidden number at least two possible values when a table and a list of the same cases are read together, in ${tables} random pairs`, () => {
    const random = seededRandom(1811);
    let sharedHidden = 0;
    for (let i = 0; i < tables; i++) {
      const k = [3, 5, 5, 7][random.int(0, 3)]!;
      const columns = random.int(2, 5);
      // Every third period is quiet (mostly zeros), so that the shared total is often small
      // or has to be hidden, and the link between the two tables is really exercised.
      const quiet = i % 3 === 0;
      const count = () => (quiet ? (random.next() < 0.75 ? 0 : random.int(1, k - 1)) : smallCount(random, k));
      const counts = Array.from({ length: random.int(2, 5) }, () => Array.from({ length: columns }, count));
      // The same cases split another way: by four stages, in a busy period most in the last one.
      const stages = [0, 0, 0, 0];
      for (let n = 0; n < sum(counts.flat()); n++) stages[!quiet && random.next() < 0.5 ? 3 : random.int(0, 3)]! += 1;
      let pair: ReturnType<typeof suppressTableWithList>;
      try {
        pair = suppressTableWithList(table(counts), { labels: ["a", "b", "c", "d"], counts: stages }, k);
      } catch (error) {
        expect(error, JSON.stringify(counts)).toBeInstanceOf(CannotProtectError);
        continue;
      }
      expect(pair.list.total.kind).toBe(pair.table.grandTotal.kind);
      if (pair.list.total.kind !== "count") sharedHidden++;
      const possible = possibleLinkedValues(pair.table, pair.list, sum(counts.flat()) + k + 5);
      expect(pinned(possible), `k = ${k}, ${JSON.stringify(counts)}, stages ${JSON.stringify(stages)}`).toEqual([]);
    }
    expect(sharedHidden).toBeGreaterThan(tables / 10);
  });
});
