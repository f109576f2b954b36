/**
 * Which case statistics the site publishes, decided here and nowhere else.
 *
 * The raw files (content/case-stats/<period>.json) count cases per kelurahan × concern ×
 * furthest stage. They are never published (lib/content/publication.ts); for each period the
 * site publishes exactly two tables, after small-count suppression (lib/privacy):
 *
 * - cases by kelurahan (rows) × concern (columns), each case counted once, with totals;
 * - cases by the furthest stage they reached, with their total.
 *
 * Nothing else. Every further table of the same cases (kelurahan × stage, concern × stage, one
 * kelurahan's stages, …) would share totals with these two, and linked tables allow
 * differencing: a count hidden in one table can be recovered by subtracting what another shows
 * (e.g. a kelurahan's "<5" returnee count from its stage breakdown minus its other concerns).
 * Suppression is only proven for the tables it is run on together, so adding a table means
 * protecting it jointly with these, not just suppressing it on its own. The two tables here
 * share their grand total and are protected as a pair (suppressTableWithList).
 *
 * For the same reason a year and its quarters are never published side by side (a year minus
 * three quarters gives the fourth), and one period is published once: both stop the build.
 */
import type { Entry } from "../content/entry.ts";
import { CannotProtectError, type PublishedList, type PublishedTable, suppressTableWithList } from "./suppress-counts.ts";
import type { CaseStatistics } from "../types/content.generated.ts";
import { KELURAHAN } from "../content/pillars.ts";

type CountRow = CaseStatistics["counts"][number];
export type ConcernCategory = CountRow["concernCategory"];
export type CaseStage = CountRow["stage"];

/** Columns of the kelurahan table, in the order of the schema (a test keeps them equal). */
export const CONCERN_CATEGORIES: readonly ConcernCategory[] = [
  "online-exposure",
  "recruitment-attempt",
  "intolerance",
  "returnee-reintegration",
  "former-prisoner-reintegration",
  "family-concern",
  "other",
];

/** Rows of the stage table, in the order cases move through them. */
export const CASE_STAGES: readonly CaseStage[] = ["recorded", "verified", "handled", "resolved"];

/** One period's statistics as the site may show them: suppressed tables, or nothing at all. */
export type PublishedCaseStatistics =
  | {
      period: string;
      withheld: false;
      /** Row labels: KELURAHAN; column labels: CONCERN_CATEGORIES. */
      byKelurahanAndConcern: PublishedTable;
      /** Labels: CASE_STAGES. */
      byStage: PublishedList;
    }
  | {
      period: string;
      /** No pattern of hidden numbers protects this period's tables: none is published. */
      withheld: true;
    };

/** The year a period belongs to: "2024-Q3" → "2024". */
const yearOf = (period: string) => period.slice(0, 4);

/**
 * Stops the build when two files cover the same cases (same period, or a year and one of its
 * quarters): publishing both would let readers subtract one from the other.
 */
function assertNoOverlap(entries: readonly Entry<CaseStatistics>[]): void {
  for (const [i, a] of entries.entries()) {
    for (const b of entries.slice(i + 1)) {
      const same = a.data.period === b.data.period;
      const nested = yearOf(a.data.period) === yearOf(b.data.period) && (a.data.period.length === 4 || b.data.period.length === 4);
      if (same || nested) {
        throw new Error(
          `${a.file} (${a.data.period}) and ${b.file} (${b.data.period}) count the same cases: publishing both would let ` +
            `readers subtract one from the other and recover hidden counts. Keep one period per case, either the year or its quarters.`,
        );
      }
    }
  }
}

function indexOf<T>(list: readonly T[], value: T, what: string, file: string): number {
  const index = list.indexOf(value);
  if (index === -1) throw new Error(`${file}: unknown ${what} "${String(value)}"`);
  return index;
}

function publishPeriod(entry: Entry<CaseStatistics>, k: number): PublishedCaseStatistics {
  const byKelurahanAndConcern = KELURAHAN.map(() => CONCERN_CATEGORIES.map(() => 0));
  const byStage = CASE_STAGES.map(() => 0);
  // Each case sits in exactly one record (its kelurahan, concern and furthest stage), so adding
  // records up counts every case once in each table; repeated records simply add up.
  for (const record of entry.data.counts) {
    const row = indexOf(KELURAHAN, record.kelurahan, "kelurahan", entry.file);
    const column = indexOf(CONCERN_CATEGORIES, record.concernCategory, "concern", entry.file);
    byKelurahanAndConcern[row]![column]! += record.count;
    byStage[indexOf(CASE_STAGES, record.stage, "stage", entry.file)]! += record.count;
  }
  try {
    const published = suppressTableWithList(
      { rowLabels: KELURAHAN, columnLabels: CONCERN_CATEGORIES, counts: byKelurahanAndConcern },
      { labels: CASE_STAGES, counts: byStage },
      k,
    );
    return { period: entry.data.period, withheld: false, byKelurahanAndConcern: published.table, byStage: published.list };
  } catch (error) {
    if (error instanceof CannotProtectError) return { period: entry.data.period, withheld: true };
    throw error;
  }
}

/**
 * The published form of every case-statistics file, newest period first. The raw entries go
 * in; only suppressed tables (which carry no hidden value) come out.
 * @example
 * publishCaseStatistics(loaded.entries.filter((entry) => entry.type === "case-stats"), 5)[0]
 * // { period: "2024", withheld: false, byKelurahanAndConcern: { cells: [[{ kind: "small" }, …], …], … }, byStage: { … } }
 */
export function publishCaseStatistics(entries: readonly Entry[], k: number): PublishedCaseStatistics[] {
  const files = entries.filter((entry) => entry.type === "case-stats") as unknown as Entry<CaseStatistics>[];
  assertNoOverlap(files);
  return files.map((entry) => publishPeriod(entry, k)).sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
}
