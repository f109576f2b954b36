/**
 * The HTML pages among Eleventy's build results: what the phase breakdown (run-phases.ts) hands
 * Pagefind to time it alone. The build itself hands pages over as they are rendered
 * (lib/eleventy/search-index.ts).
 */
import type { BuiltPage } from "../lib/search/index-site.ts";

/** Eleventy's result for one written file, as its afterBuild event reports it. */
export interface BuildResult {
  url?: string | false;
  outputPath?: string | false;
  content?: string;
}

/**
 * @example builtPages([{ url: "/id/", outputPath: "_site/id/index.html", content: "<html…" }]) // [{ url: "/id/", content: "<html…" }]
 */
export function builtPages(results: readonly BuildResult[] | undefined): BuiltPage[] {
  return (results ?? []).flatMap((result) =>
    typeof result.url === "string" &&
    typeof result.outputPath === "string" &&
    result.outputPath.endsWith(".html") &&
    typeof result.content === "string"
      ? [{ url: result.url, content: result.content }]
      : [],
  );
}
