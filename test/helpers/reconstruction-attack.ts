/**
 * A reader trying to recover suppressed counts from a published table, by exhaustive search.
 *
 * The reader knows only what the page shows: the shown counts and totals, that "<k" means
 * fewer than k (0 to k−1, as the page's legend says), that the complementary mark means k or
 * more, and that every row, every column, the row totals and the column totals add up. The
 * search finds, for every hidden entry, which values are consistent with all of that.
 *
 * It is deliberately independent of lib/suppression/disclosure-audit.ts (no cycles, no graph):
 * plain depth-first enumeration with bounds propagation, so that a mistake in the audit's
 * reasoning cannot hide itself here.
 *
 * Complementary entries are only tried up to `cap`. The caller may pass the true grand total
 * plus a margin: a smaller range can only find fewer alternatives, so the check gets stricter,
 * never weaker.
 */
import type { PublishedCount, PublishedList, PublishedTable } from "../../lib/suppression/suppress-counts.ts";

/** Σ coefficient·x[variable] = constant. */
interface Equation {
  terms: { variable: number; coefficient: 1 | -1 }[];
  constant: number;
}

interface Problem {
  /** Candidate values per hidden entry, ascending. */
  domains: number[][];
  equations: Equation[];
  /** Where each variable sits, for messages: "cell 1,2", "row total 0", … */
  names: string[];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function domainOf(count: PublishedCount, k: number, cap: number): number[] {
  if (count.kind === "small") return range(0, k - 1);
  if (count.kind === "complementary") return range(k, cap);
  return [count.value];
}

/** Narrows domains by each equation's bounds until nothing changes; false when one empties. */
function propagate(domains: number[][], equations: readonly Equation[]): boolean {
  let changed = true;
  while (changed) {
    changed = false;
    for (const { terms, constant } of equations) {
      for (const { variable, coefficient } of terms) {
        let restMin = 0;
        let restMax = 0;
        for (const other of terms) {
          if (other.variable === variable) continue;
          const values = domains[other.variable]!;
          const low = other.coefficient * values[0]!;
          const high = other.coefficient * values[values.length - 1]!;
          restMin += Math.min(low, high);
          restMax += Math.max(low, high);
        }
        // coefficient·x = constant − rest, so x lies between these two bounds.
        const a = coefficient * (constant - restMax);
        const b = coefficient * (constant - restMin);
        const [low, high] = a <= b ? [a, b] : [b, a];
        const before = domains[variable]!;
        const after = before.filter((value) => value >= low && value <= high);
        if (after.length === 0) return false;
        if (after.length !== before.length) {
          domains[variable] = after;
          changed = true;
        }
      }
    }
  }
  return true;
}

/** Whether some assignment from the domains satisfies every equation. */
function feasible(domains: number[][], equations: readonly Equation[]): boolean {
  const work = domains.map((values) => [...values]);
  if (!propagate(work, equations)) return false;
  let branch = -1;
  for (let i = 0; i < work.length; i++) {
    if (work[i]!.length > 1 && (branch === -1 || work[i]!.length < work[branch]!.length)) branch = i;
  }
  if (branch === -1) {
    return equations.every(
      ({ terms, constant }) => terms.reduce((sum, term) => sum + term.coefficient * work[term.variable]![0]!, 0) === constant,
    );
  }
  for (const value of work[branch]!) {
    const next = work.map((values, i) => (i === branch ? [value] : values));
    if (feasible(next, equations)) return true;
  }
  return false;
}

/**
 * For every hidden entry, its possible values given the page, up to `limit` of them (2 is
 * enough to know it is not pinned down).
 */
function possibleValues(problem: Problem, limit: number): Map<string, number[]> {
  const result = new Map<string, number[]>();
  problem.domains.forEach((domain, variable) => {
    const found: number[] = [];
    for (const value of domain) {
      if (found.length >= limit) break;
      const fixed = problem.domains.map((values, i) => (i === variable ? [value] : values));
      if (feasible(fixed, problem.equations)) found.push(value);
    }
    result.set(problem.names[variable]!, found);
  });
  return result;
}

interface Line {
  members: PublishedCount[];
  total: PublishedCount;
  names: string[];
  totalName: string;
}

/** Builds the reader's equations; shown numbers become constants, hidden ones variables. */
function problemOf(lines: readonly Line[], k: number, cap: number): Problem {
  const domains: number[][] = [];
  const names: string[] = [];
  const variableOf = new Map<string, number>();
  const equations: Equation[] = [];
  const term = (count: PublishedCount, name: string, coefficient: 1 | -1, equation: Equation) => {
    if (count.kind === "count") {
      equation.constant -= coefficient * count.value;
      return;
    }
    // The same name is the same number: a total shared by two tables is one variable.
    let variable = variableOf.get(name);
    if (variable === undefined) {
      variable = domains.length;
      variableOf.set(name, variable);
      domains.push(domainOf(count, k, cap));
      names.push(name);
    }
    equation.terms.push({ variable, coefficient });
  };
  for (const line of lines) {
    const equation: Equation = { terms: [], constant: 0 };
    line.members.forEach((count, i) => term(count, line.names[i]!, 1, equation));
    term(line.total, line.totalName, -1, equation);
    equations.push(equation);
  }
  return { domains, equations, names };
}

/** What a two-way table publishes as equations: rows, columns, and both margins. */
function tableLines(table: PublishedTable): Line[] {
  const R = table.rowLabels.length;
  const C = table.columnLabels.length;
  const cellNames = (r: number) => range(0, C - 1).map((c) => `cell ${r},${c}`);
  return [
    ...table.cells.map((row, r) => ({ members: row, total: table.rowTotals[r]!, names: cellNames(r), totalName: `row total ${r}` })),
    ...range(0, C - 1).map((c) => ({
      members: table.cells.map((row) => row[c]!),
      total: table.columnTotals[c]!,
      names: range(0, R - 1).map((r) => `cell ${r},${c}`),
      totalName: `column total ${c}`,
    })),
    { members: table.rowTotals, total: table.grandTotal, names: range(0, R - 1).map((r) => `row total ${r}`), totalName: "grand total" },
    {
      members: table.columnTotals,
      total: table.grandTotal,
      names: range(0, C - 1).map((c) => `column total ${c}`),
      totalName: "grand total",
    },
  ];
}

function listLines(list: PublishedList, totalName: string): Line[] {
  return [{ members: list.counts, total: list.total, names: list.labels.map((_, i) => `count ${i}`), totalName }];
}

/**
 * The possible values of every hidden entry of a published two-way table, as a reader would
 * work them out; at most `limit` per entry.
 * @example possibleTableValues(suppressTable(table, 5), 200) // Map { "cell 0,0" => [0, 1], … }
 */
export function possibleTableValues(table: PublishedTable, cap: number, limit = 2): Map<string, number[]> {
  return possibleValues(problemOf(tableLines(table), table.k, cap), limit);
}

/**
 * The same for a published one-way table (counts and their total).
 * @example possibleListValues(suppressList(list, 5), 100) // Map { "count 1" => [0, 1], … }
 */
export function possibleListValues(list: PublishedList, cap: number, limit = 2): Map<string, number[]> {
  return possibleValues(problemOf(listLines(list, "total"), list.k, cap), limit);
}

/**
 * The same for a table and a list of the same cases read together: the list's total is the
 * table's grand total, one unknown shared by both.
 * @example possibleLinkedValues(table, list, 100) // Map { "cell 0,0" => …, "count 0" => …, … }
 */
export function possibleLinkedValues(table: PublishedTable, list: PublishedList, cap: number, limit = 2): Map<string, number[]> {
  return possibleValues(problemOf([...tableLines(table), ...listLines(list, "grand total")], table.k, cap), limit);
}
