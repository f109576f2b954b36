/**
 * The whole benchmark at one size N: writes the synthetic corpus, runs bare Eleventy and the
 * full pipeline in alternating order (bare first in odd pairs, pipeline first in even ones, so
 * neither always runs on a machine the other has just warmed or heated), each in a child
 * process of its own, then one instrumented pipeline run for the phase breakdown, then measures
 * the last pipeline's output (bytes, index, module page, first search) and the rebuild in
 * `npm start`. Everything happens in one temporary folder, removed at the end.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LANGUAGES, type Language } from "../content/content-types.ts";
import { SEARCH_INDEX_FOLDER } from "../search/index-site.ts";
import { measureChild, type ChildRun } from "./measure-child.ts";
import { modulePages, type PageWeight } from "./page-weight.ts";
import { readsWithoutJavaScript, type NoScriptReading } from "./reading-without-javascript.ts";
import { measureRebuild, type RebuildTiming } from "./rebuild.ts";
import type { BareResult } from "./run-bare.ts";
import type { Phase, PhasesResult } from "./run-phases.ts";
import type { PipelineResult } from "./run-pipeline.ts";
import { firstSearchWeights, type TermWeight } from "./search-weight.ts";
import { openSiteSession } from "./site-session.ts";
import { median } from "./stats.ts";
import { writeSyntheticCorpus, type RecordCounts } from "./synthetic-corpus.ts";
import { formatCount, formatSeconds } from "./units.ts";

/** One bare run and one pipeline run, back to back. */
export interface RunPair {
  order: "bare first" | "pipeline first";
  bareMs: number;
  pipelineMs: number;
  /** pipelineMs / bareMs. */
  ratio: number;
  /** Peak memory of each run's process tree, bytes (null where it cannot be sampled). */
  barePeakBytes: number | null;
  pipelinePeakBytes: number | null;
  /** The pipeline's peak per command name (node, pagefind_extended, esbuild), bytes. */
  pipelinePeakByCommand: Record<string, number>;
  /** The pipeline's Node process alone (its own maxRSS), bytes. */
  pipelineNodePeakBytes: number;
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
  bare: { medianMs: number; peakBytes: number | null; outputBytes: number };
  pipeline: { medianMs: number; peakBytes: number | null; peakByCommand: Record<string, number>; nodePeakBytes: number; outputBytes: number; pagefindBytes: number };
  /** Median of the pairs' ratios (not the ratio of the medians). */
  medianRatio: number;
  phases: { wallMs: number; peakBytes: number | null; phases: Phase[]; alone: Phase[] } | null;
  firstSearch: TermWeight[] | null;
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
const maxOrNull = (values: (number | null)[]) => (values.some((value) => value === null) ? null : Math.max(...(values as number[])));

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
    progress(`  ${formatCount(counts.modules)} modules, ${formatCount(counts.caseStudies)} case studies, ${formatCount(counts.activities)} activities (${formatSeconds(corpusMs)})`);

    const pipelineOut = path.join(work, "out");
    const bareOut = path.join(work, "bare-out");
    const runBare = async () => {
      rmSync(bareOut, { recursive: true, force: true });
      // The bare build runs outside the project, so Eleventy finds none of its files.
      return measureChild<BareResult>("lib/bench/run-bare.ts", [corpus.bareInput, bareOut], { cwd: work });
    };
    const runPipeline = async () => {
      rmSync(pipelineOut, { recursive: true, force: true });
      return measureChild<PipelineResult>("lib/bench/run-pipeline.ts", [corpus.root, pipelineOut]);
    };

    const runs: RunPair[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      const bareFirst = pair % 2 === 0;
      let bare: ChildRun<BareResult>;
      let pipeline: ChildRun<PipelineResult>;
      if (bareFirst) {
        bare = await runBare();
        pipeline = await runPipeline();
      } else {
        pipeline = await runPipeline();
        bare = await runBare();
      }
      runs.push({
        order: bareFirst ? "bare first" : "pipeline first",
        bareMs: bare.wallMs,
        pipelineMs: pipeline.wallMs,
        ratio: pipeline.wallMs / bare.wallMs,
        barePeakBytes: peakOf(bare),
        pipelinePeakBytes: peakOf(pipeline),
        pipelinePeakByCommand: pipeline.treePeak?.byCommand ?? {},
        pipelineNodePeakBytes: pipeline.result.maxRssBytes,
      });
      progress(`  pair ${pair + 1}/${pairs}: bare ${formatSeconds(bare.wallMs)}, pipeline ${formatSeconds(pipeline.wallMs)}`);
    }

    const peakByCommand: Record<string, number> = {};
    for (const run of runs) for (const [command, bytes] of Object.entries(run.pipelinePeakByCommand)) peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, bytes);
    const htmlPagesPerLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, htmlFiles(path.join(pipelineOut, lang))])) as Record<Language, number>;
    const report: SizeReport = {
      records,
      seed,
      counts,
      entryPagesPerLanguage: corpus.entryPagesPerLanguage,
      htmlPagesPerLanguage,
      corpusMs,
      pairs: runs,
      bare: { medianMs: median(runs.map((run) => run.bareMs)), peakBytes: maxOrNull(runs.map((run) => run.barePeakBytes)), outputBytes: folderBytes(bareOut) },
      pipeline: {
        medianMs: median(runs.map((run) => run.pipelineMs)),
        peakBytes: maxOrNull(runs.map((run) => run.pipelinePeakBytes)),
        peakByCommand,
        nodePeakBytes: Math.max(...runs.map((run) => run.pipelineNodePeakBytes)),
        outputBytes: folderBytes(pipelineOut),
        pagefindBytes: folderBytes(path.join(pipelineOut, SEARCH_INDEX_FOLDER)),
      },
      medianRatio: median(runs.map((run) => run.ratio)),
      phases: null,
      firstSearch: null,
      modulePage: null,
      rebuild: null,
      notes,
    };
    rmSync(bareOut, { recursive: true, force: true });

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

    progress("  first search in Chromium");
    try {
      report.firstSearch = await firstSearchWeights(pipelineOut);
    } catch (error) {
      notes.push(`first search not measured: ${(error as Error).message.split("\n")[0]}`);
    }
    rmSync(pipelineOut, { recursive: true, force: true });

    progress("  phase breakdown (one instrumented pipeline run)");
    const phasesOut = path.join(work, "phases-out");
    try {
      const phased = await measureChild<PhasesResult>("lib/bench/run-phases.ts", [corpus.root, phasesOut]);
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
        report.rebuild = await measureRebuild({ root: corpus.root, caseStudy: corpus.caseStudy, timeoutMs: Math.max(600_000, 4 * report.pipeline.medianMs) });
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
