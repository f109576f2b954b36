/**
 * What `npm run bench` prints: the figures of each size as a text table, the phase breakdown,
 * the growth, and the budgets with PASS / FAIL / n/a — or, with --json, the same as one JSON
 * object.
 */
import os from "node:os";
import type { SizeReport } from "./bench-size.ts";
import type { Budget, FailedSize } from "./budgets.ts";
import type { Growth } from "./growth.ts";
import { firstSearchLines, memoryLine, offlineLine, outputLine, pairsTable } from "./report-comparison.ts";
import { table } from "./text-table.ts";
import { formatBytes, formatCount, formatSeconds } from "./units.ts";

export interface BenchReport {
  /** When the run finished (ISO 8601). */
  finishedAt: string;
  environment: Environment;
  /** The command line's options. */
  options: { pages: number[]; pairs: number; seed: number; growth: boolean };
  sizes: SizeReport[];
  /** Sizes the benchmark could not finish, with why. */
  failed: FailedSize[];
  growth: Growth | null;
  budgets: Budget[];
}

export interface Environment {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
}

/** The machine the figures were measured on. */
export function environment(): Environment {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "?",
    memoryBytes: os.totalmem(),
  };
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

/**
 * The line of a child's failure worth printing in a table: the fatal error if there is one
 * (V8's "heap out of memory", Node's "Error: …"), otherwise the first line.
 * @example failureLine("run-pipeline.ts failed (exit 134):\n<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory") // "FATAL ERROR: Reached heap limit …"
 */
export function failureLine(message: string): string {
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /FATAL ERROR|out of memory|^Error: /i.test(line)) ?? lines[0] ?? "unknown error";
}

/**
 * The text block of one size.
 * @example formatSize(report).join("\n")
 */
export function formatSize(report: SizeReport): string[] {
  const { counts } = report;
  const out: string[] = [];
  out.push(
    `N = ${formatCount(report.records)} records (seed ${report.seed}): ${formatCount(counts.modules)} modules, ${formatCount(counts.caseStudies)} case studies, ${formatCount(counts.activities)} activities; corpus written in ${formatSeconds(report.corpusMs)}`,
  );
  out.push(
    `pages per language: ${formatCount(report.htmlPagesPerLanguage.id)} id, ${formatCount(report.htmlPagesPerLanguage.en)} en (${formatCount(report.entryPagesPerLanguage)} module and case-study pages, which the stock toolchain builds too, plus the site's own pages; activities have no page of their own)`,
  );
  out.push("");
  out.push(...pairsTable(report));
  out.push("");
  out.push(memoryLine(report));
  out.push(outputLine(report));
  out.push(...firstSearchLines(report));
  const offline = offlineLine(report);
  if (offline) out.push(offline);
  if (report.modulePage) {
    const { heaviest, reading } = report.modulePage;
    out.push(
      `module page ${heaviest.url} (heaviest of ${formatCount(report.modulePage.pages)}): ${formatBytes(heaviest.totalGzipBytes)} gzipped = HTML ${formatBytes(heaviest.htmlGzipBytes)} + CSS ${formatBytes(heaviest.cssGzipBytes)}; ` +
        `<script> on ${formatCount(report.modulePage.pagesWithScripts)} of ${formatCount(report.modulePage.pages)} module pages; with JavaScript off ${reading.missing} of ${reading.lines} text lines missing`,
    );
  }
  if (report.rebuild) {
    const { rebuild } = report;
    out.push(
      `npm start, one case study edited: page shows it after ${formatSeconds(rebuild.pageMs)}, rebuild finished after ${formatSeconds(rebuild.rebuildMs)}, search index refreshed in the background after ${formatSeconds(rebuild.searchMs)} (the dev server's first build: ${formatSeconds(rebuild.firstBuildMs)} by Eleventy's count)`,
    );
  }
  if (report.phases) {
    const { phases, alone, wallMs } = report.phases;
    const inRun = phases.reduce((sum, phase) => sum + phase.ms, 0);
    const separately = alone.reduce((sum, phase) => sum + phase.ms, 0);
    out.push("");
    out.push(
      `phase breakdown of one pipeline run, ${formatSeconds(inRun)} in these steps ` +
        `(its child process took ${formatSeconds(wallMs)} in all: these steps, start-up ≈ ${formatSeconds(Math.max(0, wallMs - inRun - separately))} and the separate measurements below):`,
    );
    out.push(...table(phases.map((phase) => ["  " + phase.name, formatSeconds(phase.ms), percent(phase.ms, inRun)])));
    out.push("measured once more alone after the run (parts of the steps above):");
    out.push(...table(alone.map((phase) => ["  " + phase.name, formatSeconds(phase.ms)])));
  }
  for (const note of report.notes) out.push(`note: ${note}`);
  return out;
}

/**
 * The budgets as a table, FAIL impossible to miss.
 * @example formatBudgets(budgets)[0] // "verdict  budget  measured"
 */
export function formatBudgets(budgets: readonly Budget[]): string[] {
  const rows = [["verdict", "budget", "measured"]];
  for (const budget of budgets)
    rows.push([
      budget.verdict === "FAIL" ? "FAIL ✗" : budget.verdict === "PASS" ? "PASS ✓" : "n/a",
      budget.label,
      `${budget.measured}${budget.note ? ` — ${budget.note}` : ""}`,
    ]);
  return table(rows);
}

/**
 * The whole printed report.
 * @example console.log(formatReport(report));
 */
export function formatReport(report: BenchReport): string {
  const env = report.environment;
  const out = [
    `npm run bench — Node ${env.node}, ${env.cpus} × ${env.cpuModel}, ${formatBytes(env.memoryBytes)} RAM, ${env.platform}`,
    `${report.options.pairs} pairs per size, each run in a fresh child process; finished ${report.finishedAt}`,
  ];
  for (const size of report.sizes) out.push("", ...formatSize(size));
  for (const failure of report.failed) out.push("", `N = ${formatCount(failure.records)}: DID NOT FINISH — ${failure.error}`);
  if (report.growth) {
    const { growth } = report;
    out.push(
      "",
      `growth: pipeline median ${formatSeconds(growth.fromMs)} at N = ${formatCount(growth.from)} → ${formatSeconds(growth.toMs)} at N = ${formatCount(growth.to)}: exponent ${growth.exponent.toFixed(2)} (1 is linear)`,
    );
  }
  out.push("", "budgets:", ...formatBudgets(report.budgets));
  const failed = report.budgets.filter((budget) => budget.verdict === "FAIL").length;
  out.push("", failed > 0 ? `✗ ${failed} budget${failed === 1 ? "" : "s"} FAIL` : "✓ no budget fails");
  return out.join("\n");
}
