/**
 * The performance budgets, as pure functions from measured figures to a verdict. The peer for
 * time and memory is the stock toolchain (stock-toolchain.ts: bare Eleventy, then Pagefind's
 * command line), and for the first search bare Pagefind (stock-search-weight.ts).
 *
 * Some budgets are set at one size (the ratios, the first search and the offline download at
 * N = 5,000 records, absolute peak memory at N = 20,000): a figure at another size says little
 * about that size, so there the verdict is "n/a", with what the figure would give stated in
 * the note rather than dressed up as a verdict. The module page and the rebuild have no size
 * in the budget and are judged at whatever size was measured, which the measured text names.
 */
import { formatBytes, formatCount, formatRatio, formatSeconds, GB, KB, MB } from "./units.ts";

export type Verdict = "PASS" | "FAIL" | "n/a";

export type BudgetId =
  | "pipeline-ratio"
  | "memory-ratio"
  | "peak-memory"
  | "growth"
  | "first-search-ratio"
  | "first-search"
  | "offline-download"
  | "module-page"
  | "rebuild";

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
  pipelineRatio: { max: 1.5, stretch: 1.2, records: 5_000 },
  memoryRatio: { max: 1.5, records: 5_000 },
  peakMemory: { maxBytes: 4 * GB, records: 20_000 },
  growthExponent: { max: 1.1, from: 5_000, to: 20_000 },
  firstSearchRatio: { max: 1.1, records: 5_000 },
  firstSearch: { maxBytes: 150 * KB, records: 5_000 },
  offlineDownload: { maxBytes: 2 * MB, records: 5_000 },
  modulePage: { maxGzipBytes: 20 * KB },
  rebuild: { maxRatio: 0.2 },
} as const;

const judge = (ok: boolean): Verdict => (ok ? "PASS" : "FAIL");

/** A verdict for a budget set at `budgetRecords`, measured at `records`. */
function atSize(ok: boolean, records: number, budgetRecords: number): Pick<Budget, "verdict" | "note"> {
  if (records === budgetRecords) return { verdict: judge(ok) };
  return {
    verdict: "n/a",
    note: `the budget is set at N = ${formatCount(budgetRecords)}; this figure (N = ${formatCount(records)}) would ${ok ? "pass" : "fail"} it`,
  };
}

const NO_PROC = "this system has no /proc to sample process memory from";

/**
 * Full pipeline ≤ 1.5× the stock toolchain (stretch 1.2×), judged at N = 5,000 on the median
 * of the pair ratios; the stretch goal is named in the measured text, not in the verdict.
 * @example pipelineRatioBudget(1.3, 5000).verdict // "PASS"
 * @example pipelineRatioBudget(1.3, 1000).verdict // "n/a"
 */
export function pipelineRatioBudget(medianRatio: number, records: number): Budget {
  const { max, stretch, records: budgetRecords } = LIMITS.pipelineRatio;
  return {
    id: "pipeline-ratio",
    label: `full pipeline ≤ ${max}× stock toolchain (bare Eleventy + Pagefind CLI) at N = ${formatCount(budgetRecords)} (stretch ${stretch}×)`,
    measured: `${formatRatio(medianRatio)} (median of pair ratios) at N = ${formatCount(records)}; stretch ${stretch}× ${medianRatio <= stretch ? "met" : "not met"}`,
    ...atSize(medianRatio <= max, records, budgetRecords),
  };
}

/**
 * Peak memory of the pipeline's process tree ≤ 1.5× the stock toolchain's, judged at N = 5,000;
 * null figures when memory could not be sampled.
 * @example memoryRatioBudget(3 * GB, 2.5 * GB, 5000).verdict // "PASS"
 */
export function memoryRatioBudget(pipelinePeakBytes: number | null, stockPeakBytes: number | null, records: number): Budget {
  const { max, records: budgetRecords } = LIMITS.memoryRatio;
  const label = `peak memory (process tree) ≤ ${max}× the stock toolchain's at N = ${formatCount(budgetRecords)}`;
  if (pipelinePeakBytes === null || stockPeakBytes === null)
    return { id: "memory-ratio", label, measured: "not measured", verdict: "n/a", note: NO_PROC };
  const ratio = pipelinePeakBytes / stockPeakBytes;
  return {
    id: "memory-ratio",
    label,
    measured: `${formatRatio(ratio)} (${formatBytes(pipelinePeakBytes)} / ${formatBytes(stockPeakBytes)}) at N = ${formatCount(records)}`,
    ...atSize(ratio <= max, records, budgetRecords),
  };
}

/**
 * Peak memory of the pipeline (its whole process tree) ≤ 4 GB at N = 20,000; null when it
 * could not be measured.
 * @example peakMemoryBudget(3.5 * 1024 ** 3, 20000).verdict // "PASS"
 */
export function peakMemoryBudget(peakBytes: number | null, records: number): Budget {
  const { maxBytes, records: budgetRecords } = LIMITS.peakMemory;
  const label = `peak memory (process tree) ≤ ${maxBytes / GB} GB at N = ${formatCount(budgetRecords)}`;
  if (peakBytes === null) return { id: "peak-memory", label, measured: "not measured", verdict: "n/a", note: NO_PROC };
  return {
    id: "peak-memory",
    label,
    measured: `${formatBytes(peakBytes)} at N = ${formatCount(records)}`,
    ...atSize(peakBytes <= maxBytes, records, budgetRecords),
  };
}

/**
 * Growth exponent of the pipeline's median time from 5,000 to 20,000 records ≤ 1.1; null when
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

/** One term's first search, ours and bare Pagefind's (the lighter of its ways), as a compressing host sends them. */
export interface SearchPair {
  term: string;
  oursBytes: number;
  stockBytes: number;
}

/**
 * Our first search ≤ 1.1× bare Pagefind's on the stock toolchain's index of the same pages,
 * judged at N = 5,000 on the term with the largest ratio.
 * @example firstSearchRatioBudget([{ term: "atau", oursBytes: 105, stockBytes: 100 }], 5000).verdict // "PASS"
 */
export function firstSearchRatioBudget(terms: readonly SearchPair[] | null, records: number): Budget {
  const { max, records: budgetRecords } = LIMITS.firstSearchRatio;
  const label = `first search ≤ ${max}× bare Pagefind on the same pages at N = ${formatCount(budgetRecords)}, every term`;
  if (!terms || terms.length === 0) return { id: "first-search-ratio", label, measured: "not measured", verdict: "n/a" };
  const worst = terms.map((term) => ({ ...term, ratio: term.oursBytes / term.stockBytes })).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return {
    id: "first-search-ratio",
    label,
    measured: `${formatRatio(worst.ratio)} for "${worst.term}" (${formatBytes(worst.oursBytes)} / ${formatBytes(worst.stockBytes)} compressed), the largest ratio of ${terms.length} terms, at N = ${formatCount(records)}`,
    ...atSize(worst.ratio <= max, records, budgetRecords),
  };
}

/**
 * A first search ≤ 150 KB fetched for every measured term, judged at N = 5,000 on the heaviest
 * term, as a compressing static host sends it (the files as stored are named too).
 * @example firstSearchBudget({ term: "atau", transferBytes: 140 * 1024, bytes: 200 * 1024 }, 5000, 4026).verdict // "PASS"
 */
export function firstSearchBudget(
  heaviest: { term: string; transferBytes: number; bytes: number } | null,
  records: number,
  pagesPerLanguage: number,
): Budget {
  const { maxBytes: limit, records: budgetRecords } = LIMITS.firstSearch;
  const label = `first search ≤ ${formatBytes(limit)} fetched at N = ${formatCount(budgetRecords)}, every term`;
  if (heaviest === null) return { id: "first-search", label, measured: "not measured", verdict: "n/a" };
  const size = `at N = ${formatCount(records)} (${formatCount(pagesPerLanguage)} pages per language)`;
  return {
    id: "first-search",
    label,
    measured: `${formatBytes(heaviest.transferBytes)} compressed (${formatBytes(heaviest.bytes)} as stored), heaviest term "${heaviest.term}", ${size}`,
    ...atSize(heaviest.transferBytes <= limit, records, budgetRecords),
  };
}

/**
 * What a first visit downloads in the background for offline use (the service worker's
 * precache list) ≤ 2 MB per language at N = 5,000, judged on the heavier language as a
 * compressing host sends it.
 * @example offlineDownloadBudget({ lang: "id", transferBytes: MB, bytes: 3 * MB, files: 120 }, 5000).verdict // "PASS"
 */
export function offlineDownloadBudget(
  heaviest: { lang: string; transferBytes: number; bytes: number; files: number } | null,
  records: number,
): Budget {
  const { maxBytes, records: budgetRecords } = LIMITS.offlineDownload;
  const label = `offline download on a first visit ≤ ${maxBytes / MB} MB per language at N = ${formatCount(budgetRecords)}`;
  if (heaviest === null) return { id: "offline-download", label, measured: "not measured", verdict: "n/a" };
  return {
    id: "offline-download",
    label,
    measured: `${formatBytes(heaviest.transferBytes)} compressed (${formatBytes(heaviest.bytes)} as stored, ${formatCount(heaviest.files)} files), heavier language ${heaviest.lang}, at N = ${formatCount(records)}`,
    ...atSize(heaviest.transferBytes <= maxBytes, records, budgetRecords),
  };
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
  if (figures === null)
    return { id: "module-page", label, measured: "not measured", verdict: "n/a", note: "the built site has no module page" };
  const scripts =
    figures.pagesWithScripts === 0
      ? "no <script>"
      : `<script> on ${formatCount(figures.pagesWithScripts)} of ${formatCount(figures.pages)} module pages`;
  return {
    id: "module-page",
    label,
    measured: `${formatBytes(figures.totalGzipBytes)} (heaviest); ${scripts}; ${figures.readsWithoutJavaScript ? "reads" : "does NOT read"} with JavaScript off`,
    verdict: judge(figures.totalGzipBytes <= maxGzipBytes && figures.readsWithoutJavaScript),
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
export function rebuildBudget(
  rebuildMs: number | null,
  fullBuildMs: number,
  records: number,
  devFirstBuildMs?: number,
  searchMs?: number,
): Budget {
  const { maxRatio } = LIMITS.rebuild;
  const label = `rebuild after editing one case study in npm start ≤ ${maxRatio}× a full build`;
  if (rebuildMs === null) return { id: "rebuild", label, measured: "not measured", verdict: "n/a" };
  const ratio = rebuildMs / fullBuildMs;
  const dev =
    devFirstBuildMs && Number.isFinite(devFirstBuildMs)
      ? `; ${formatRatio(rebuildMs / devFirstBuildMs)} of the dev server's own first build`
      : "";
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
  stock: { peakBytes: number | null };
  /** Our first search per term, and bare Pagefind's on the stock index (the lighter of its ways; null where not measured). */
  firstSearch:
    { term: string; ours: { bytes: number; transferBytes: number }; stock: { lighter: { transferBytes: number } } | null }[] | null;
  /** The service workers' precache lists, per language. */
  offline: { lang: string; bytes: number; transferBytes: number; files: number }[] | null;
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

/** The item with the most bytes, or null for none. */
function heaviestBy<T>(items: readonly T[] | null, bytes: (item: T) => number): T | null {
  return items && items.length > 0 ? items.reduce((a, b) => (bytes(b) > bytes(a) ? b : a)) : null;
}

/**
 * Every budget, each judged on the report of the size it is set at, or else on the largest
 * size measured (then marked n/a where the budget names a size). A budget whose size is among
 * `failed` fails: the build it sets a limit for did not complete.
 * @example judgeReports([report5000], null).map((budget) => budget.id) // ["pipeline-ratio", "memory-ratio", "peak-memory", "growth", "first-search-ratio", "first-search", "offline-download", "module-page", "rebuild"]
 */
export function judgeReports(reports: readonly SizeFigures[], growthExponent: number | null, failed: readonly FailedSize[] = []): Budget[] {
  const failedAt = (records: number) => failed.find((failure) => failure.records === records);
  if (reports.length === 0) {
    if (failed.length === 0) throw new Error("no measurements to judge");
    // Nothing finished: every budget tied to a failed size fails, the others cannot be judged.
    return judgeReports([size0()], growthExponent, failed).map((budget) =>
      budget.verdict === "FAIL" ? budget : { ...budget, measured: "not measured", verdict: "n/a" as const, note: "no size finished" },
    );
  }
  const largest = reports.reduce((a, b) => (b.records > a.records ? b : a));
  const at = (records: number) => reports.find((report) => report.records === records) ?? largest;
  /** A budget set at `records`: failed outright when that size did not finish. */
  const sized = (records: number, budget: Budget) => {
    const failure = failedAt(records);
    return failure ? unfinished(budget, failure) : budget;
  };
  const ratio = at(LIMITS.pipelineRatio.records);
  const memoryRatio = at(LIMITS.memoryRatio.records);
  const memory = at(LIMITS.peakMemory.records);
  const searchRatio = at(LIMITS.firstSearchRatio.records);
  const search = at(LIMITS.firstSearch.records);
  const offline = at(LIMITS.offlineDownload.records);
  const withPage = [...reports].reverse().find((report) => report.modulePage !== null) ?? largest;
  const withRebuild =
    reports.find((report) => report.rebuild !== null && report.records === LIMITS.pipelineRatio.records) ??
    reports.find((report) => report.rebuild !== null);
  const page = withPage.modulePage;
  const growthFailure = growthExponent === null ? (failedAt(LIMITS.growthExponent.to) ?? failedAt(LIMITS.growthExponent.from)) : undefined;
  const growth = growthBudget(growthExponent);
  const searchPairs =
    searchRatio.firstSearch?.flatMap((term) =>
      term.stock ? [{ term: term.term, oursBytes: term.ours.transferBytes, stockBytes: term.stock.lighter.transferBytes }] : [],
    ) ?? null;
  const heaviestTerm = heaviestBy(search.firstSearch, (term) => term.ours.transferBytes);
  return [
    sized(LIMITS.pipelineRatio.records, pipelineRatioBudget(ratio.medianRatio, ratio.records)),
    sized(LIMITS.memoryRatio.records, memoryRatioBudget(memoryRatio.pipeline.peakBytes, memoryRatio.stock.peakBytes, memoryRatio.records)),
    sized(LIMITS.peakMemory.records, peakMemoryBudget(memory.pipeline.peakBytes, memory.records)),
    growthFailure ? unfinished(growth, growthFailure) : growth,
    sized(LIMITS.firstSearchRatio.records, firstSearchRatioBudget(searchPairs, searchRatio.records)),
    sized(
      LIMITS.firstSearch.records,
      firstSearchBudget(heaviestTerm && { term: heaviestTerm.term, ...heaviestTerm.ours }, search.records, search.htmlPagesPerLanguage.id),
    ),
    sized(
      LIMITS.offlineDownload.records,
      offlineDownloadBudget(
        heaviestBy(offline.offline, (lang) => lang.transferBytes),
        offline.records,
      ),
    ),
    modulePageBudget(
      page && {
        totalGzipBytes: page.heaviest.totalGzipBytes,
        readsWithoutJavaScript: page.reading.reads,
        pagesWithScripts: page.pagesWithScripts,
        pages: page.pages,
      },
    ),
    withRebuild
      ? rebuildBudget(
          withRebuild.rebuild!.rebuildMs,
          withRebuild.pipeline.medianMs,
          withRebuild.records,
          withRebuild.rebuild!.firstBuildMs,
          withRebuild.rebuild!.searchMs,
        )
      : rebuildBudget(null, 1, largest.records),
  ];
}

/** Figures of a size nothing was measured at, for judging failures alone. */
function size0(): SizeFigures {
  return {
    records: 0,
    medianRatio: Number.NaN,
    htmlPagesPerLanguage: { id: 0 },
    pipeline: { medianMs: Number.NaN, peakBytes: null },
    stock: { peakBytes: null },
    firstSearch: null,
    offline: null,
    modulePage: null,
    rebuild: null,
  };
}
