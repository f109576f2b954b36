/**
 * Runs Pagefind after every Eleventy build (`npm run build`, the tests and each rebuild of
 * `npm start`), on the pages this build wrote, so the index never lags behind the pages and a
 * draft (never written) is never indexed. A Pagefind error stops the build with its message.
 * The indexing itself is lib/search/index-site.ts.
 */
import path from "node:path";
import { indexSite, type BuiltPage } from "../search/index-site.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

interface AfterBuildEvent {
  directories: { output: string };
  results?: { url?: string | false; outputPath?: string | false; content?: string }[];
}

/**
 * The HTML pages among Eleventy's results.
 * @example builtPages([{ url: "/id/", outputPath: "_site/id/index.html", content: "<html…" }]) // [{ url: "/id/", content: "<html…" }]
 */
export function builtPages(results: AfterBuildEvent["results"]): BuiltPage[] {
  return (results ?? []).flatMap((result) =>
    typeof result.url === "string" && typeof result.outputPath === "string" && result.outputPath.endsWith(".html") && typeof result.content === "string"
      ? [{ url: result.url, content: result.content }]
      : [],
  );
}

/**
 * @example eleventyConfig.addPlugin(searchIndex);
 */
export default function searchIndex(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, results }: AfterBuildEvent) => {
    try {
      await indexSite(path.resolve(directories.output), builtPages(results));
    } catch (error) {
      throw new Error(`Search index: ${(error as Error).message}`, { cause: error });
    }
  });
}
