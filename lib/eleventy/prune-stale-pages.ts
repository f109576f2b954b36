/**
 * After each build, deletes pages in the output folder that this build did not write. The
 * production build always starts from an empty folder, but the dev server (`npm start`)
 * rebuilds into the same _site: without this, a page whose entry became a draft while the
 * server ran would still be served from the previous build.
 * Only page-like files (.html, .xml, .txt) are pruned; the stylesheet and the copied assets
 * are left alone (the bundle plugin writes its file once per process and would not rewrite it).
 * Pages a dev-server rebuild left as they were, because the edit did not change them, are kept
 * (the render plan of lib/eleventy/site-data.ts lists them).
 */
import { readdirSync, rmdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";
import { outputFileOf } from "../content/routes.ts";
import type { RenderPlan } from "./site-data.ts";

const PAGE_FILE = /\.(html|xml|txt)$/;

/**
 * Every page-like file under `outputDir` that is not in `written` (absolute paths).
 * @example stalePages("_site", new Set(["/abs/_site/id/index.html"])) // ["/abs/_site/id/old/index.html"]
 */
export function stalePages(outputDir: string, written: ReadonlySet<string>): string[] {
  let files: string[];
  try {
    files = readdirSync(outputDir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return files.map((file) => path.resolve(outputDir, file)).filter((file) => PAGE_FILE.test(file) && !written.has(file));
}

interface AfterBuildEvent {
  directories: { output: string };
  results?: { outputPath?: string | false }[];
}

/**
 * @example eleventyConfig.addPlugin(pruneStalePages, { plan });
 */
export default function pruneStalePages(eleventyConfig: EleventyConfig, { plan }: { plan: RenderPlan }): void {
  eleventyConfig.on("eleventy.after", ({ directories, results }: AfterBuildEvent) => {
    if (!results) return;
    const output = path.resolve(directories.output);
    const written = new Set([
      ...results.flatMap((result) => (typeof result.outputPath === "string" ? [path.resolve(result.outputPath)] : [])),
      ...[...plan.kept].map((url) => outputFileOf(output, url)),
    ]);
    for (const file of stalePages(output, written)) {
      rmSync(file, { force: true });
      removeEmptyFolders(path.dirname(file), output);
    }
  });
}

/** Removes `folder` and its parents up to (not including) `stop` while they are empty. */
function removeEmptyFolders(folder: string, stop: string): void {
  for (let current = folder; current.startsWith(`${stop}${path.sep}`); current = path.dirname(current)) {
    try {
      rmdirSync(current); // fails, as intended, on a folder that still holds something
    } catch {
      return;
    }
  }
}
