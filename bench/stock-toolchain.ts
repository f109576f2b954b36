/**
 * The peer the pipeline is measured against: what a team would otherwise run to get the same
 * pages with search — bare Eleventy (bare-eleventy.ts) on the same Markdown, then Pagefind's
 * own command line over its output, with no options beyond the site folder, as Pagefind's
 * documentation starts it. Both run in one child process (run-stock.ts), so its wall time and
 * the peak memory of its process tree cover the two steps together, as the pipeline's do.
 * This module only composes the commands; the child script runs them.
 */
import path from "node:path";
import { PROJECT_DIR } from "../lib/content/project-paths.ts";

/** The project's Pagefind command line (the npm package's launcher, which starts its binary). */
export const PAGEFIND_CLI = path.join(PROJECT_DIR, "node_modules/.bin/pagefind");

/** The child script that runs one stock build, relative to the project. */
export const STOCK_SCRIPT = "bench/run-stock.ts";

/**
 * The Pagefind command over a built site: the launcher and its arguments.
 * @example pagefindCommand("/tmp/bench/stock-out") // { command: "<project>/node_modules/.bin/pagefind", args: ["--site", "/tmp/bench/stock-out"] }
 */
export function pagefindCommand(siteDir: string): { command: string; args: string[] } {
  return { command: PAGEFIND_CLI, args: ["--site", siteDir] };
}

/**
 * How bench-size.ts starts one stock run: the child script, its arguments and its working
 * folder. The working folder is the benchmark's own, outside the project, so that Eleventy
 * finds none of the project's files (no configuration, no templates).
 * @example stockRun({ input: "/tmp/w/bare", output: "/tmp/w/stock-out", work: "/tmp/w" }) // { script: "bench/run-stock.ts", args: ["/tmp/w/bare", "/tmp/w/stock-out"], cwd: "/tmp/w" }
 */
export function stockRun({ input, output, work }: { input: string; output: string; work: string }): {
  script: string;
  args: string[];
  cwd: string;
} {
  return { script: STOCK_SCRIPT, args: [input, output], cwd: work };
}
