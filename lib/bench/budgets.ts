/**
 * The performance budgets of issue 8, as pure functions from measured figures to a verdict.
 *
 * Some budgets are set at one size (the pipeline ratio and the first search at N = 5,000
 * records, peak memory at N = 20,000): a ratio or a byte count at another size says little
 * about that size, so there the verdict is "n/a", with what the figure would give stated in
 * the note rather than dressed up as a verdict. The module page and the rebuild have no size
 * in the budget and are judged at whatever size was measured, which the measured text names.
 */
import { formatBytes, formatCount, formatRatio, formatSeconds, GB, KB } from "./units.ts";

export type Verdict = "PASS" | "FAIL" | "n/a";

export type BudgetId = "pipeline-ratio" | "growth" | "peak-memory" | "module-page" | "first-search" | "rebuild";

export interface Budget {
  id: BudgetId;
  /** The budget in words, with its limit. */
  label: string;
  /** The figure it was judged on, with the size it was measured at; "not measured" when absent. */
  measured: string;
  verdict: Verdict;
  /** Why "n/a", or what the figure would give at the budget's size. */
  note?: string;
}

export const LIMITS = {
  pipelineRatio: { max: 1.5, records: 5_000 },
  growthExponent: { max: 1.2, from: 5_000, to: 20_000 },
  peakMemory: { maxBytes: 2 * GB, records: 20_000 },
  modulePage: { maxGzipBytes: 20 * KB },
  firstSearch: { maxBytes: 150 * KB, records: 5_000 },
  rebuild: { maxRatio: 0.2 },
} as const;

const judge = (ok: boolean): Verdict => (ok ? "PASS" : "FAIL");

/** A verdict for a budget set at `budgetRecords`, measured at `records`. */
function atSize(ok: boolean, records: number, budgetRecords: number): Pick<Budget, "verdict" | "note"> {
  if (records === budgetRecords) return { verdict: judge(ok) };
  return { verdict: "n/a", note: `the budget is set at N = ${formatCount(budgetRecords)}; this figure (N = ${formatCount(records)}) would ${ok ? "pass" : "fail"} it` };
}

/**
 * Full pipeline ≤ 1.5× bare Eleventy, judged at N = 5,000 on the median of the pair ratios.
 * @example pipelineRatioBudget(1.3, 5000).verdict // "PASS"
 * @example pipelineRatioBudget(1.3, 1000).verdict // "n/a"
 */
export function pipelineRatioBudget(medianRatio: number, records: number): Budget {
  const { max, records: budgetRecords } = LIMITS.pipelineRatio;
  return {
    id: "pipeline-ratio",
    label: `full pipeline ≤ ${max}× bare Eleventy at N = ${formatCount(budgetRecords)}`,
    measured: `${formatRatio(medianRatio)} (median of pair ratios) at N = ${formatCount(records)}`,
    ...atSize(medianRatio <= max, records, budgetRecords),
  };
}

/**
 * Growth exponent of the pipeline's median time from 5,000 to 20,000 records ≤ 1.2; null when
 * not measured (only `--growth` runs the three sizes).
 * @example growthBudget(1.05).verdict // "PASS"
 * @example growthBudget(null).verdict // "n/a"
 */
export function growthBudget(exponent: number | null): Budget {
  const { max, from, to } = LIMITS.growthExponent;
  const label = `growth exponent ${formatCount(from)} → ${formatCount(to)} ≤ ${max}`;
  if (exponent === null) return { id: "growth", label, measured: "not measured", verdict: "n/a", note: "run with --growth" };
  return { id: "growth", label, measured: exponent.toFixed(2), verdict: judge(exponent <= max) };
}

/**
 * Peak memory of the pipeline (its whole process tree) ≤ 2 GB at N = 20,000; null when it
 * could not be measured.
 * @example peakMemoryBudget(1.5 * 1024 ** 3, 20000).verdict // "PASS"
 */
export function peakMemoryBudget(peakBytes: number | null, records: number): Budget {
  const { maxBytes, records: budgetRecords } = LIMITS.peakMemory;
  const label = `peak memory ≤ ${formatBytes(maxBytes)} at N = ${formatCount(budgetRecords)}`;
  if (peakBytes === null) return { id: "peak-memory", label, measured: "not measured", verdict: "n/a", note: "this system has no /proc to sample process memory from" };
  return { id: "peak-memory", label, measured: `${formatBytes(peakBytes)} at N = ${formatCount(records)}`, ...atSize(peakBytes <= maxBytes, records, budgetRecords) };
}

/** What the module-page budget is judged on. */
export interface ModulePageFigures {
  /** The heaviest module page, HTML + linked CSS, gzipped. */
  totalGzipBytes: number;
  /** Whether it reads with JavaScript off (every reading line of its main text is there). */
  readsWithoutJavaScript: boolean;
  /** Module pages carrying a <script>, of all module pages. */
  pagesWithScripts: number;
  pages: number;
}

/**
 * A training module page: HTML + CSS ≤ 20 KB gzipped, and readable without JavaScript.
 * @example modulePageBudget({ totalGzipBytes: 12_000, readsWithoutJavaScript: true, pagesWithScripts: 0, pages: 20 }).verdict // "PASS"
 */
export function modulePageBudget(figures: ModulePageFigures | null): Budget {
  const { maxGzipBytes } = LIMITS.modulePage;
  const label = `module page: HTML + CSS ≤ ${formatBytes(maxGzipBytes)} gzipped, no JavaScript needed to read it`;
  if (figures === null) return { id: "module-page", label, measured: "not measured", verdict: "n/a", note: "the built site has no module page" };
  const scripts = figures.pagesWithScripts === 0 ? "no <script>" : `<script> on ${formatCount(figures.pagesWithScripts)} of ${formatCount(figures.pages)} module pages`;
  return {
    id: "module-page",
    label,
    measured: `${formatBytes(figures.totalGzipBytes)} (heaviest); ${scripts}; ${figures.readsWithoutJavaScript ? "reads" : "does NOT read"} with JavaScript off`,
    verdict: judge(figures.totalGzipBytes <= maxGzipBytes && figures.readsWithoutJavaScript),
  };
}

/**
 * A first search ≤ 150 KB fetched, judged at N = 5,000 on the heaviest of the searched terms,
 * as a compressing static host sends it (the files as stored are named too).
 * @example firstSearchBudget({ transferBytes: 140 * 1024, bytes: 200 * 1024 }, 5000, 4026).verdict // "PASS"
 */
export function firstSearchBudget(heaviest: { transferBytes: number; bytes: number } | null, records: number, pagesPerLanguage: number): Budget {
  const { maxBytes: limit, records: budgetRecords } = LIMITS.firstSearch;
  const label = `first search ≤ ${formatBytes(limit)} fetched at N = ${formatCount(budgetRecords)}`;
  if (heaviest === null) return { id: "first-search", label, measured: "not measured", verdict: "n/a" };
  const size = `at N = ${formatCount(records)} (${formatCount(pagesPerLanguage)} pages per language)`;
  return {
    id: "first-search",
    label,
    measured: `${formatBytes(heaviest.transferBytes)} compressed (${formatBytes(heaviest.bytes)} as stored), heaviest term, ${size}`,
    ...atSize(heaviest.transferBytes <= limit, records, budgetRecords),
  };
}

/**
 * Rebuild after editing one case study in `npm start` ≤ 0.2× a full build (`npm run build`,
 * median), judged on the time until the rebuild finished (every page the edit changed is
 * written); null when not measured. The dev server's own first build is named too when known:
 * it skips the screen of the built site, so the rebuild is compared with the larger of the two,
 * `npm run build`, for the verdict. The search index, refreshed in the background after the
 * rebuild, is named with its own time so that nobody reads the verdict as covering it.
 * @example rebuildBudget(10_000, 100_000, 5000).verdict // "PASS"
 */
export function rebuildBudget(rebuildMs: number | null, fullBuildMs: number, records: number, devFirstBuildMs?: number, searchMs?: number): Budget {
  const { maxRatio } = LIMITS.rebuild;
  const label = `rebuild after editing one case study in npm start ≤ ${maxRatio}× a full build`;
  if (rebuildMs === null) return { id: "rebuild", label, measured: "not measured", verdict: "n/a" };
  const ratio = rebuildMs / fullBuildMs;
  const dev = devFirstBuildMs && Number.isFinite(devFirstBuildMs) ? `; ${formatRatio(rebuildMs / devFirstBuildMs)} of the dev server's own first build` : "";
  return {
    id: "rebuild",
    label,
    measured: `${formatRatio(ratio)} of npm run build (${formatSeconds(rebuildMs)} of ${formatSeconds(fullBuildMs)})${dev} at N = ${formatCount(records)}${searchMs === undefined ? "" : `; search finds the edit after ${formatSeconds(searchMs)} (${formatRatio(searchMs / fullBuildMs)}), the index being refreshed in the background`}`,
    verdict: judge(ratio <= maxRatio),
  };
}

/** What judgeReports reads of one size's report (see bench-size.ts for the full report). */
export interface SizeFigures {
  records: number;
  medianRatio: number;
  htmlPagesPerLanguage: { id: number };
  pipeline: { medianMs: number; peakBytes: number | null };
  firstSearch: { bytes: number; transferBytes: number }[] | null;
  modulePage: { heaviest: { totalGzipBytes: number }; pages: number; pagesWithScripts: number; reading: { reads: boolean } } | null;
  rebuild: { rebuildMs: number; firstBuildMs?: number; searchMs?: number } | null;
}

/** A size at which the benchmark could not finish (the pipeline crashed, ran out of memory, …). */
export interface FailedSize {
  records: number;
  /** The first line of the error. */
  error: string;
}

/** A budget set at a size the pipeline could not finish at: not met, since there is no build to judge. */
function unfinished(budget: Budget, failure: FailedSize): Budget {
  return { ...budget, measured: `did not finish at N = ${formatCount(failure.records)}`, verdict: "FAIL", note: failure.error };
}

/**
 * Every budget, each judged on the report of the size it is set at, or else on the largest
 * size measured (then marked n/a where the budget names a size). A budget whose size is among
 * `failed` fails: the build it sets a limit for did not complete.
 * @example judgeReports([report5000], null).map((budget) => budget.verdict) // ["FAIL", "n/a", "n/a", "PASS", "FAIL", "FAIL"]
 */
export function judgeReports(reports: readonly SizeFigures[], growthExponent: number | null, failed: readonly FailedSize[] = []): Budget[] {
  const failedAt = (records: number) => failed.find((failure) => failure.records === records);
  if (reports.length === 0) {
    if (failed.length === 0) throw new Error("no measurements to judge");
    // Nothing finished: every budget tied to a failed size fails, the others cannot be judged.
    return judgeReports([size0()], growthExponent, failed).map((budget) => (budget.verdict === "FAIL" ? budget : { ...budget, measured: "not measured", verdict: "n/a" as const, note: "no size finished" }));
  }
  const largest = reports.reduce((a, b) => (b.records > a.records ? b : a));
  const at = (records: number) => reports.find((report) => report.records === records) ?? largest;
  const ratio = at(LIMITS.pipelineRatio.records);
  const memory = at(LIMITS.peakMemory.records);
  const search = at(LIMITS.firstSearch.records);
  const withPage = [...reports].reverse().find((report) => report.modulePage !== null) ?? largest;
  const withRebuild = reports.find((report) => report.rebuild !== null && report.records === LIMITS.pipelineRatio.records) ?? reports.find((report) => report.rebuild !== null);
  const page = withPage.modulePage;
  const ratioFailure = failedAt(LIMITS.pipelineRatio.records);
  const growthFailure = growthExponent === null ? (failedAt(LIMITS.growthExponent.to) ?? failedAt(LIMITS.growthExponent.from)) : undefined;
  const memoryFailure = failedAt(LIMITS.peakMemory.records);
  const searchFailure = failedAt(LIMITS.firstSearch.records);
  const ratioBudget = pipelineRatioBudget(ratio.medianRatio, ratio.records);
  const growth = growthBudget(growthExponent);
  const memoryBudget = peakMemoryBudget(memory.pipeline.peakBytes, memory.records);
  const searchBudget = firstSearchBudget(search.firstSearch ? search.firstSearch.reduce((a, b) => (b.transferBytes > a.transferBytes ? b : a)) : null, search.records, search.htmlPagesPerLanguage.id);
  return [
    ratioFailure ? unfinished(ratioBudget, ratioFailure) : ratioBudget,
    growthFailure ? unfinished(growth, growthFailure) : growth,
    memoryFailure ? unfinished(memoryBudget, memoryFailure) : memoryBudget,
    modulePageBudget(page && { totalGzipBytes: page.heaviest.totalGzipBytes, readsWithoutJavaScript: page.reading.reads, pagesWithScripts: page.pagesWithScripts, pages: page.pages }),
    searchFailure ? unfinished(searchBudget, searchFailure) : searchBudget,
    withRebuild ? rebuildBudget(withRebuild.rebuild!.rebuildMs, withRebuild.pipeline.medianMs, withRebuild.records, withRebuild.rebuild!.firstBuildMs, withRebuild.rebuild!.searchMs) : rebuildBudget(null, 1, largest.records),
  ];
}

/** Figures of a size nothing was measured at, for judging failures alone. */
function size0(): SizeFigures {
  return { records: 0, medianRatio: Number.NaN, htmlPagesPerLanguage: { id: 0 }, pipeline: { medianMs: Number.NaN, peakBytes: null }, firstSearch: null, modulePage: null, rebuild: null };
}
