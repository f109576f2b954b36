// Child process: one stock build — bare Eleventy on the synthetic Markdown (bare-eleventy.ts),
// then Pagefind's command line over its output (stock-toolchain.ts) — measured as one process
// tree by the parent (measure-child.ts). Arguments: <input folder> <output folder>.
import { spawn } from "node:child_process";
import { buildBare } from "./bare-eleventy.ts";
import { isEntryScript, ownPeakBytes, reportResult, type ChildBase } from "./measure-child.ts";
import { pagefindCommand } from "./stock-toolchain.ts";

export interface StockResult extends ChildBase {
  /** Bare Eleventy's build, without process start-up, milliseconds. */
  eleventyMs: number;
  /** Pagefind's command line, from starting it to its exit, milliseconds. */
  pagefindMs: number;
}

/**
 * Runs Pagefind's command line over `siteDir`; its output goes to this process's stderr (a
 * measured child keeps stdout for its result).
 * @example await runPagefindCli("/tmp/bench/stock-out");
 */
export async function runPagefindCli(siteDir: string): Promise<void> {
  const { command, args } = pagefindCommand(siteDir);
  const child = spawn(command, args, { stdio: ["ignore", process.stderr, process.stderr] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${code})`);
}

if (isEntryScript(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: run-stock.ts <input> <output>");
  const started = performance.now();
  await buildBare({ input, output });
  const eleventyDone = performance.now();
  await runPagefindCli(output);
  const result: StockResult = {
    eleventyMs: eleventyDone - started,
    pagefindMs: performance.now() - eleventyDone,
    maxRssBytes: ownPeakBytes(),
  };
  reportResult(result);
}
