/**
 * Runs one measured job in a child process of its own: a fresh V8 with nothing loaded or
 * compiled by an earlier run, so every run pays the same start-up and none profits from
 * another's warm caches, and so that memory is that job's alone. The parent takes the wall
 * time from start to exit and samples the memory of the child's whole process tree
 * (tree-memory.ts); the child reports what only it knows (its own peak, its own timings) on
 * one marked line of its standard output.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PROJECT_DIR } from "../lib/content/project-paths.ts";
import { canSampleTrees, sampleTreeUntilStopped, type TreePeak } from "./tree-memory.ts";

/** The marker before the child's JSON result on its standard output. */
export const RESULT_MARKER = "@@bench-result ";

/** `--import` value that loads tsx from this project, whatever the child's working folder. */
export const TSX_LOADER = pathToFileURL(path.join(PROJECT_DIR, "node_modules/tsx/dist/loader.mjs")).href;

export interface ChildRun<Result> {
  /** From spawning the child to its exit, milliseconds: start-up and loading included. */
  wallMs: number;
  /** Peak memory of the child's process tree, or null where /proc cannot be read. */
  treePeak: TreePeak | null;
  /** What the child reported. */
  result: Result;
}

/** What every child reports at least. */
export interface ChildBase {
  /** The child's own peak resident set size (process.resourceUsage().maxRSS), bytes. */
  maxRssBytes: number;
}

/**
 * Prints a child's result for the parent: call once, at the end of a child script.
 * @example reportResult({ maxRssBytes: process.resourceUsage().maxRSS * 1024, ms: 1234 });
 */
export function reportResult(result: object): void {
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

/** The child's own peak memory, as reportResult expects it. */
export function ownPeakBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * The result line in a child's output, parsed; throws when there is none.
 * @example parseResult('[11ty] Wrote 3 files\n@@bench-result {"ms":5}\n') // { ms: 5 }
 */
export function parseResult<Result>(stdout: string): Result {
  const line = stdout.split("\n").findLast((candidate) => candidate.startsWith(RESULT_MARKER));
  if (!line) throw new Error("the child process reported no result");
  return JSON.parse(line.slice(RESULT_MARKER.length)) as Result;
}

/** Whether `moduleUrl` is the script Node was started with (a child script's entry check). */
export function isEntryScript(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

export interface ChildOptions {
  /** Working folder of the child (the project, unless the job must not see it). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Memory sampling interval. */
  sampleEveryMs?: number;
}

/**
 * Runs `script` (a TypeScript file) with `args` in a fresh `node --import tsx` process and
 * measures it. Throws with the child's output when it fails.
 * @example const run = await measureChild("bench/run-stock.ts", [input, output]); run.wallMs
 */
export async function measureChild<Result extends ChildBase>(
  script: string,
  args: readonly string[],
  options: ChildOptions = {},
): Promise<ChildRun<Result>> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", TSX_LOADER, path.resolve(PROJECT_DIR, script), ...args], {
    cwd: options.cwd ?? PROJECT_DIR,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const sampler = child.pid !== undefined && canSampleTrees() ? sampleTreeUntilStopped(child.pid, options.sampleEveryMs ?? 50) : undefined;
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exitCode) => resolve(exitCode));
  });
  const wallMs = performance.now() - started;
  const treePeak = sampler?.stop() ?? null;
  if (code !== 0) {
    const tail = (text: string) => text.split("\n").slice(-40).join("\n");
    throw new Error(`${script} ${args.join(" ")} failed (exit ${code}):\n${tail(stdout)}\n${tail(stderr)}`);
  }
  return { wallMs, treePeak, result: parseResult<Result>(stdout) };
}
