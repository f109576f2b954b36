/**
 * The interleaved pairs of stock and pipeline runs, and what is read off them. The machines
 * are shared and noisy: a ratio inside one pair (two runs minutes apart) is far more stable
 * than either time alone, so the verdict is the median of the pairs' ratios, not the ratio of
 * the medians. The order inside a pair alternates, so that neither side always runs on a
 * machine the other has just warmed (file cache) or heated.
 */
import { median } from "./stats.ts";

export type PairOrder = "stock first" | "pipeline first";

/** One stock run and one pipeline run, back to back. */
export interface RunPair {
  order: PairOrder;
  /** Wall time of the stock child process (bare Eleventy, then Pagefind's command line), start-up included. */
  stockMs: number;
  /** Its two parts as the child timed them: bare Eleventy's build and Pagefind's command line. */
  stockEleventyMs: number;
  stockPagefindMs: number;
  /** Wall time of the pipeline child process, start-up included. */
  pipelineMs: number;
  /** pipelineMs / stockMs. */
  ratio: number;
  /** Peak memory of each run's process tree, bytes (null where it cannot be sampled). */
  stockPeakBytes: number | null;
  pipelinePeakBytes: number | null;
  /** Peak per command name (node, pagefind_extend, esbuild) of each side, bytes. */
  stockPeakByCommand: Record<string, number>;
  pipelinePeakByCommand: Record<string, number>;
  /** The pipeline's Node process alone (its own maxRSS), bytes. */
  pipelineNodePeakBytes: number;
}

/**
 * Stock first in odd pairs (the first, third, …), the pipeline first in even ones.
 * @example pairOrder(0) // "stock first"
 * @example pairOrder(1) // "pipeline first"
 */
export function pairOrder(index: number): PairOrder {
  return index % 2 === 0 ? "stock first" : "pipeline first";
}

/** What the pairs give together. */
export interface PairSummary {
  stock: {
    medianMs: number;
    medianEleventyMs: number;
    medianPagefindMs: number;
    peakBytes: number | null;
    peakByCommand: Record<string, number>;
  };
  pipeline: { medianMs: number; peakBytes: number | null; peakByCommand: Record<string, number>; nodePeakBytes: number };
  /** Median of the pairs' ratios (not the ratio of the medians). */
  medianRatio: number;
  /** The pipeline's peak over its runs / the stock toolchain's peak over its runs; null where memory was not sampled. */
  peakRatio: number | null;
}

/** The largest value, or null when any is unknown (a peak that was not sampled is not zero). */
export function maxOrNull(values: readonly (number | null)[]): number | null {
  return values.length === 0 || values.some((value) => value === null) ? null : Math.max(...(values as number[]));
}

/** The largest value per command over several runs' peaks (not necessarily from one run). */
export function peakPerCommand(peaks: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const peak of peaks) for (const [command, bytes] of Object.entries(peak)) out[command] = Math.max(out[command] ?? 0, bytes);
  return out;
}

/**
 * Medians of each side, the median pair ratio and the ratio of the peaks.
 * @example summarizePairs(runs).medianRatio // 1.4
 */
export function summarizePairs(pairs: readonly RunPair[]): PairSummary {
  if (pairs.length === 0) throw new Error("no pairs to summarize");
  const stockPeak = maxOrNull(pairs.map((pair) => pair.stockPeakBytes));
  const pipelinePeak = maxOrNull(pairs.map((pair) => pair.pipelinePeakBytes));
  return {
    stock: {
      medianMs: median(pairs.map((pair) => pair.stockMs)),
      medianEleventyMs: median(pairs.map((pair) => pair.stockEleventyMs)),
      medianPagefindMs: median(pairs.map((pair) => pair.stockPagefindMs)),
      peakBytes: stockPeak,
      peakByCommand: peakPerCommand(pairs.map((pair) => pair.stockPeakByCommand)),
    },
    pipeline: {
      medianMs: median(pairs.map((pair) => pair.pipelineMs)),
      peakBytes: pipelinePeak,
      peakByCommand: peakPerCommand(pairs.map((pair) => pair.pipelinePeakByCommand)),
      nodePeakBytes: Math.max(...pairs.map((pair) => pair.pipelineNodePeakBytes)),
    },
    medianRatio: median(pairs.map((pair) => pair.ratio)),
    peakRatio: stockPeak === null || pipelinePeak === null ? null : pipelinePeak / stockPeak,
  };
}
