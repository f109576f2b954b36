/**
 * The lines of one size's report that set the pipeline beside the stock toolchain: the pairs'
 * times, the peak memory of both process trees, both outputs and both search indexes, the
 * first search on both sites, and the offline download (the pipeline's alone: the stock site
 * has no offline copy).
 */
import type { SizeReport } from "./bench-size.ts";
import { table } from "./text-table.ts";
import { formatBytes, formatCount, formatRatio, formatSeconds } from "./units.ts";

/**
 * The pairs as a table, with the stock run's two parts and the medians.
 * @example pairsTable(report)[0] // "pair    order  stock  = Eleventy  + Pagefind CLI  pipeline  pipeline / stock"
 */
export function pairsTable(report: SizeReport): string[] {
  const rows = [["pair", "order", "stock", "= Eleventy", "+ Pagefind CLI", "pipeline", "pipeline / stock"]];
  report.pairs.forEach((pair, index) =>
    rows.push([
      String(index + 1),
      pair.order,
      formatSeconds(pair.stockMs),
      formatSeconds(pair.stockEleventyMs),
      formatSeconds(pair.stockPagefindMs),
      formatSeconds(pair.pipelineMs),
      formatRatio(pair.ratio),
    ]),
  );
  const { stock, pipeline } = report;
  rows.push([
    "median",
    "",
    formatSeconds(stock.medianMs),
    formatSeconds(stock.medianEleventyMs),
    formatSeconds(stock.medianPagefindMs),
    formatSeconds(pipeline.medianMs),
    `${formatRatio(report.medianRatio)} (median of the pair ratios)`,
  ]);
  return [
    ...table(rows),
    "(stock and pipeline: wall time of each child process, start-up included; the stock run's parts as timed inside it: bare Eleventy's build, then Pagefind's command line from start to exit)",
  ];
}

const perCommand = (peaks: Record<string, number>) =>
  Object.entries(peaks)
    .sort((a, b) => b[1] - a[1])
    .map(([command, bytes]) => `${command} ${formatBytes(bytes)}`)
    .join(", ");

/** Peak memory of both process trees, and their ratio. */
export function memoryLine(report: SizeReport): string {
  const { pipeline, stock } = report;
  if (pipeline.peakBytes === null || stock.peakBytes === null)
    return `peak memory: pipeline's Node process ${formatBytes(pipeline.nodePeakBytes)} (the process trees not measured: no /proc here)`;
  return (
    `peak memory (process tree, sampled every 50 ms, largest of the runs): pipeline ${formatBytes(pipeline.peakBytes)} (largest per process: ${perCommand(pipeline.peakByCommand)}); ` +
    `stock ${formatBytes(stock.peakBytes)} (${perCommand(stock.peakByCommand)}); pipeline / stock ${formatRatio(report.peakRatio ?? Number.NaN)}`
  );
}

/** Both outputs and both search indexes (the pagefind folder). */
export function outputLine(report: SizeReport): string {
  const exact = (bytes: number) => `${formatBytes(bytes)} (${formatCount(bytes)} bytes)`;
  return `output: pipeline ${formatBytes(report.pipeline.outputBytes)}, stock ${formatBytes(report.stock.outputBytes)}; search index (the pagefind folder): pipeline ${exact(report.pipeline.pagefindBytes)}, stock ${exact(report.stock.pagefindBytes)}`;
}

const weight = (fetched: { transferBytes: number; bytes: number; files: number }) =>
  `${formatBytes(fetched.transferBytes)} / ${formatBytes(fetched.bytes)} (${fetched.files} files)`;

/** The first search of every term, ours and bare Pagefind's, as a table. */
export function firstSearchLines(report: SizeReport): string[] {
  if (!report.firstSearch) return [];
  const common = report.commonWord;
  const rows = [["  term", "ours (/id/cari/)", "bare Pagefind API", "bare Pagefind UI", "ours / lighter bare"]];
  for (const term of report.firstSearch) {
    const name = common && term.term === common.word ? `${term.term} (*)` : term.term;
    const { stock } = term;
    rows.push([
      `  ${name}`,
      weight(term.ours),
      stock ? weight(stock.api) : "—",
      stock ? weight(stock.ui) : "—",
      stock ? formatRatio(term.ours.transferBytes / stock.lighter.transferBytes) : "—",
    ]);
  }
  return [
    "first search, compressed as a static host sends it / as stored (a fresh Chromium context each; bare Pagefind on the stock toolchain's own index, its API loading the first 5 results, its default UI showing them):",
    ...table(rows),
    ...(common
      ? [`  (*) the word on the most Indonesian pages of the corpus: on ${formatCount(common.pages)} of ${formatCount(common.of)}`]
      : []),
  ];
}

/** The service workers' precache lists. */
export function offlineLine(report: SizeReport): string | null {
  if (!report.offline) return null;
  return `offline download on a first visit (each language's service worker precache list; compressed / as stored): ${report.offline.map((lang) => `${lang.lang} ${weight(lang)}`).join(", ")}`;
}
