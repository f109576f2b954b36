// Child process: bare Eleventy on the synthetic Markdown (bare-eleventy.ts), measured.
// Arguments: <input folder> <output folder>. Started by measure-child.ts.
import { buildBare } from "./bare-eleventy.ts";
import { isEntryScript, ownPeakBytes, reportResult, type ChildBase } from "./measure-child.ts";

export interface BareResult extends ChildBase {
  /** The build itself, without process start-up, milliseconds. */
  buildMs: number;
}

if (isEntryScript(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: run-bare.ts <input> <output>");
  const started = performance.now();
  await buildBare({ input, output });
  const result: BareResult = { buildMs: performance.now() - started, maxRssBytes: ownPeakBytes() };
  reportResult(result);
}
