/**
 * The whole benchmark at one size N: writes the synthetic corpus, runs the stock toolchain
 * (stock-toolchain.ts: bare Eleventy, then Pagefind's command line) and the full pipeline in
 * interleaved pairs (pairs.ts), each run in a child process of its own, then one instrumented
 * pipeline run for the phase breakdown, then measures the last runs' output (bytes, both
 * indexes, module page, the offline download, the first search on both sites) and the rebuild
 * in `npm start`. Everything happens in one temporary folder, removed at the end.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LANGUAGES, type Language } from "../lib/content/content-types.ts";
import { SEARCH_INDEX_FOLDER } from "../lib/search/index-site.ts";
import { commonestWordIn, type CommonWord } from "./common-word.ts";
import { measureChild, type ChildRun } from "./measure-child.ts";
import { modulePages, type PageWeight } from "./page-weight.ts";
import { pairOrder, summarizePairs, type PairSummary, type RunPair } from "./pairs.ts";
import { precacheWeights, type PrecacheWeight } from "./precache-weight.ts";
import { readsWithoutJavaScript, type NoScriptReading } from "./reading-without-javascript.ts";
import { measureRebuild, type RebuildTiming } from "./rebuild.ts";
import type { Phase, PhasesResult } from "./run-phases.ts";
import type { PipelineResult } from "./run-pipeline.ts";
import type { StockResult } from "./run-stock.ts";
import { firstSearchWeights, SEARCH_TERMS, type TermWeight } from "./search-weight.ts";
import { openSiteSession, type Fetched } from "./site-session.ts";
import { lighterWay, pagefindFirstSearches, writePagefindPages } from "./stock-search-weight.ts";
import { stockRun } from "./stock-toolchain.ts";
import { writeSyntheticCorpus, type RecordCounts } from "./synthetic-corpus.ts";
import { formatCount, formatSeconds } from "./units.ts";

/** One term's first search: ours, and bare Pagefind's on the stock toolchain's index (null when it could not be measured). */
export interface TermSearch {
  term: string;
  ours: TermWeight;
  /** Its default UI, its API, and the lighter of the two (what the ratio is judged against). */
  stock: { ui: Fetched; api: Fetched; lighter: Fetched } | null;
}

export interface SizeReport {
  records: number;
  seed: number;
  counts: RecordCounts;
  /** Markdown entries per language: pages both builds make. */
  entryPagesPerLanguage: number;
  /** HTML pages the pipeline wrote per language (entries and the site's own pages). */
  htmlPagesPerLanguage: Record<Language, number>;
  /** Writing the corpus, milliseconds. */
  corpusMs: number;
  pairs: RunPair[];
  stock: PairSummary["stock"] & { outputBytes: number; pagefindBytes: number };
  pipeline: PairSummary["pipeline"] & { outputBytes: number; pagefindBytes: number };
  /** Median of the pairs' ratios (not the ratio of the medians). */
  medianRatio: number;
  /** The pipeline's peak memory / the stock toolchain's. */
  peakRatio: number | null;
  phases: { wallMs: number; peakBytes: number | null; phases: Phase[]; alone: Phase[] } | null;
  /** The word on the most Indonesian pages, added to the searched terms. */
  commonWord: CommonWord | null;
  firstSearch: TermSearch[] | null;
  /** The service workers' precache lists, per language. */
  offline: PrecacheWeight[] | null;
  modulePage: { heaviest: PageWeight; pages: number; pagesWithScripts: number; reading: NoScriptReading } | null;
  rebuild: RebuildTiming | null;
  /** What could not be measured, and why. */
  notes: string[];
}

export interface SizeOptions {
  records: number;
  pairs: number;
  seed: number;
  /** Whether to measure the rebuild in `npm start` (a dev server and two more full builds). */
  rebuild: boolean;
  /** Progress lines (to standard error, so --json output stays clean). */
  progress: (line: string) => void;
}

/**
 * Total bytes of the files under `folder`.
 * @example folderBytes("_site") // 52_428_800
 */
export function folderBytes(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/** HTML files under `folder`. */
function htmlFiles(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html")).length;
}

const peakOf = (run: ChildRun<{ maxRssBytes: number }>) => run.treePeak?.totalBytes ?? null;

/** One pair's figures from its two runs. */
function pairOf(index: number, stock: ChildRun<StockResult>, pipeline: ChildRun<PipelineResult>): RunPair {
  return {
    order: pairOrder(index),
    stockMs: stock.wallMs,
    stockEleventyMs: stock.result.eleventyMs,
    stockPagefindMs: stock.result.pagefindMs,
    pipelineMs: pipeline.wallMs,
    ratio: pipeline.wallMs / stock.wallMs,
    stockPeakBytes: peakOf(stock),
    pipelinePeakBytes: peakOf(pipeline),
    stockPeakByCommand: stock.treePeak?.byCommand ?? {},
    pipelinePeakByCommand: pipeline.treePeak?.byCommand ?? {},
    pipelineNodePeakBytes: pipeline.result.maxRssBytes,
  };
}

/**
 * Our first search and bare Pagefind's on the stock site, per term (stockDir null: ours only).
 * The stock site gets bare Pagefind's two search pages first (stock-search-weight.ts).
 */
async function firstSearches(
  pipelineDir: string,
  stockDir: string | null,
  terms: readonly string[],
  notes: string[],
): Promise<TermSearch[]> {
  const ours = await firstSearchWeights(pipelineDir, terms);
  let stock: Awaited<ReturnType<typeof pagefindFirstSearches>> | null = null;
  if (stockDir) {
    try {
      writePagefindPages(stockDir, "id");
      const session = await openSiteSession(stockDir);
      try {
        stock = await pagefindFirstSearches(session, terms);
      } finally {
        await session.close();
      }
    } catch (error) {
      notes.push(`first search on the stock site not measured: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  return ours.map((weight, index) => {
    const bare = stock?.[index];
    return { term: weight.term, ours: weight, stock: bare ? { ui: bare.ui, api: bare.api, lighter: lighterWay(bare) } : null };
  });
}

/**
 * @example const report = await benchSize({ records: 1000, pairs: 3, seed: 1, rebuild: true, progress: console.error });
 */
export async function benchSize({ records, pairs, seed, rebuild, progress }: SizeOptions): Promise<SizeReport> {
  const work = mkdtempSync(path.join(tmpdir(), "pustaka-bench-"));
  const notes: string[] = [];
  try {
    progress(`N = ${formatCount(records)}: writing the synthetic corpus in ${work}`);
    const corpusStarted = performance.now();
    const corpus = writeSyntheticCorpus({ records, seed, dir: work });
    const corpusMs = performance.now() - corpusStarted;
    const { counts } = corpus;
    progress(
      `  ${formatCount(counts.modules)} modules, ${formatCount(counts.caseStudies)} case studies, ${formatCount(counts.activities)} activities (${formatSeconds(corpusMs)})`,
    );

    const pipelineOut = path.join(work, "out");
    const stockOut = path.join(work, "stock-out");
    const runStock = async () => {
      rmSync(stockOut, { recursive: true, force: true });
      const { script, args, cwd } = stockRun({ input: corpus.bareInput, output: stockOut, work });
      return measureChild<StockResult>(script, args, { cwd });
    };
    const runPipeline = async () => {
      rmSync(pipelineOut, { recursive: true, force: true });
      return measureChild<PipelineResult>("bench/run-pipeline.ts", [corpus.root, pipelineOut]);
    };

    const runs: RunPair[] = [];
    for (let index = 0; index < pairs; index++) {
      let stock: ChildRun<StockResult>;
      let pipeline: ChildRun<PipelineResult>;
      if (pairOrder(index) === "stock first") {
        stock = await runStock();
        pipeline = await runPipeline();
      } else {
        pipeline = await runPipeline();
        stock = await runStock();
      }
      const pair = pairOf(index, stock, pipeline);
      runs.push(pair);
      progress(
        `  pair ${index + 1}/${pairs}: stock ${formatSeconds(pair.stockMs)} (Eleventy ${formatSeconds(pair.stockEleventyMs)}, Pagefind CLI ${formatSeconds(pair.stockPagefindMs)}), pipeline ${formatSeconds(pair.pipelineMs)}`,
      );
    }

    const summary = summarizePairs(runs);
    const htmlPagesPerLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, htmlFiles(path.join(pipelineOut, lang))])) as Record<
      Language,
      number
    >;
    const report: SizeReport = {
      records,
      seed,
      counts,
      entryPagesPerLanguage: corpus.entryPagesPerLanguage,
      htmlPagesPerLanguage,
      corpusMs,
      pairs: runs,
      stock: { ...summary.stock, outputBytes: folderBytes(stockOut), pagefindBytes: folderBytes(path.join(stockOut, "pagefind")) },
      pipeline: {
        ...summary.pipeline,
        outputBytes: folderBytes(pipelineOut),
        pagefindBytes: folderBytes(path.join(pipelineOut, SEARCH_INDEX_FOLDER)),
      },
      medianRatio: summary.medianRatio,
      peakRatio: summary.peakRatio,
      phases: null,
      commonWord: commonestWordIn(path.join(corpus.bareInput, "id")),
      firstSearch: null,
      offline: null,
      modulePage: null,
      rebuild: null,
      notes,
    };

    progress("  module page weight and reading without JavaScript");
    const modules = modulePages(pipelineOut);
    if (!modules) notes.push("module page: the built site has no module page");
    else {
      const session = await openSiteSession(pipelineOut);
      try {
        const reading = await readsWithoutJavaScript(session.browser, `${session.server.url}${modules.heaviest.url}`);
        report.modulePage = { ...modules, reading };
      } finally {
        await session.close();
      }
    }

    try {
      report.offline = precacheWeights(pipelineOut);
    } catch (error) {
      notes.push(`offline download not measured: ${(error as Error).message.split("\n")[0]}`);
    }

    progress("  first search in Chromium, ours and bare Pagefind's");
    const terms =
      report.commonWord && !(SEARCH_TERMS as readonly string[]).includes(report.commonWord.word)
        ? [...SEARCH_TERMS, report.commonWord.word]
        : [...SEARCH_TERMS];
    try {
      report.firstSearch = await firstSearches(pipelineOut, stockOut, terms, notes);
    } catch (error) {
      notes.push(`first search not measured: ${(error as Error).message.split("\n")[0]}`);
    }
    rmSync(pipelineOut, { recursive: true, force: true });
    rmSync(stockOut, { recursive: true, force: true });

    progress("  phase breakdown (one instrumented pipeline run)");
    const phasesOut = path.join(work, "phases-out");
    try {
      const phased = await measureChild<PhasesResult>("bench/run-phases.ts", [corpus.root, phasesOut]);
      report.phases = { wallMs: phased.wallMs, peakBytes: peakOf(phased), phases: phased.result.phases, alone: phased.result.alone };
    } catch (error) {
      // An explanation, not a budget: the size's measured figures stand without it. (At 20,000
      // records its separate Pagefind run, which holds every page at once, ran out of heap.)
      const message = (error as Error).message;
      notes.push(`phase breakdown not measured: ${message.match(/FATAL ERROR: .*/)?.[0] ?? message.split("\n")[0]}`);
    }
    rmSync(phasesOut, { recursive: true, force: true });

    if (rebuild) {
      progress("  rebuild in npm start after editing one case study");
      try {
        report.rebuild = await measureRebuild({
          root: corpus.root,
          caseStudy: corpus.caseStudy,
          timeoutMs: Math.max(600_000, 4 * report.pipeline.medianMs),
        });
      } catch (error) {
        notes.push(`rebuild not measured: ${(error as Error).message.split("\n")[0]}`);
      }
    } else {
      notes.push(`rebuild in npm start: not measured at N = ${formatCount(records)}`);
    }
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
