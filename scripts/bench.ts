// npm run bench -- --pages N [--json] [--growth] [--pairs K] [--seed S]
//
// Generates a synthetic bilingual corpus of N records valid against our schemas, runs the stock
// toolchain (bare Eleventy on the same Markdown, then Pagefind's command line over its output)
// and the full pipeline (`npm run build`: check, personal-data screening, build, search index,
// screen of the built site) interleaved in fresh child processes, and prints the figures, a
// phase breakdown and the performance budgets (bench/budgets.ts) as PASS / FAIL / n/a.
// --growth runs 1,000, 5,000 and 20,000 records and prints the growth exponent. The exit code is
// 0 even when a budget fails: this is a report, not a gate. The work is in bench/.
import { benchSize, type SizeReport } from "../bench/bench-size.ts";
import { parseBenchArgs } from "../bench/args.ts";
import { judgeReports, LIMITS, type FailedSize } from "../bench/budgets.ts";
import { pipelineGrowth } from "../bench/growth.ts";
import { environment, failureLine, formatReport, type BenchReport } from "../bench/report.ts";
import { assertProjectWorkingDirectory } from "../lib/content/project-paths.ts";

assertProjectWorkingDirectory();
let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const progress = (line: string) => process.stderr.write(`${line}\n`);
const sizes: SizeReport[] = [];
const failed: FailedSize[] = [];
for (const records of options.pages) {
  // The rebuild needs a dev server and two more full builds: with --growth it is measured at
  // the size the other budgets are set at only.
  const rebuild = !options.growth || records === LIMITS.pipelineRatio.records;
  try {
    sizes.push(await benchSize({ records, pairs: options.pairs, seed: options.seed, rebuild, progress }));
  } catch (error) {
    // A build that cannot finish at this size (out of memory, …) is a result, not the end of
    // the report: the budgets set at this size fail, the other sizes still count.
    const message = (error as Error).message;
    progress(`N = ${records}: did not finish:\n${message}`);
    failed.push({ records, error: failureLine(message) });
  }
}
const growth = pipelineGrowth(sizes);
const report: BenchReport = {
  finishedAt: new Date().toISOString(),
  environment: environment(),
  options: { pages: options.pages, pairs: options.pairs, seed: options.seed, growth: options.growth },
  sizes,
  failed,
  growth,
  budgets: judgeReports(sizes, growth?.exponent ?? null, failed),
};
console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
