// Child process: the full pipeline exactly as `npm run build` runs it (buildAndReplace: check
// with personal-data screening, Eleventy build with the Pagefind index, screen of the built
// site, swap into place), on a content root of our choosing and into a folder of our choosing,
// so the project's own content and _site are never touched. The working folder must be the
// project, as for `npm run build`. Arguments: <content root> <output folder>.
import { buildAndReplace } from "../lib/build/build-and-replace.ts";
import { formatProblems } from "../lib/build/check-content.ts";
import { isEntryScript, ownPeakBytes, reportResult, type ChildBase } from "./measure-child.ts";

export interface PipelineResult extends ChildBase {
  /** The build itself, without process start-up, milliseconds. */
  buildMs: number;
  /** Files the check read. */
  checkedFiles: number;
}

if (isEntryScript(import.meta.url)) {
  const [root, outDir] = process.argv.slice(2);
  if (!root || !outDir) throw new Error("usage: run-pipeline.ts <content root> <output folder>");
  const started = performance.now();
  const outcome = await buildAndReplace({ root, outDir });
  if (!outcome.built) {
    // A benchmark of a build that refused to publish would measure the wrong thing: stop loudly.
    const findings = outcome.siteFindings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.kind} ${f.masked}`);
    throw new Error(`The pipeline did not build:\n${[...formatProblems(outcome.check.problems), ...findings].slice(0, 30).join("\n")}`);
  }
  const result: PipelineResult = {
    buildMs: performance.now() - started,
    checkedFiles: outcome.check.fileCount,
    maxRssBytes: ownPeakBytes(),
  };
  reportResult(result);
}
