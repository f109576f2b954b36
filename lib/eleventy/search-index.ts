/**
 * Runs Pagefind on every Eleventy build (`npm run build`, the tests and each rebuild of
 * `npm start`), on the pages this build writes, so the index never lags behind the pages and a
 * draft (never written) is never indexed. A Pagefind error stops the build with its message.
 *
 * Pagefind is fed while Eleventy renders: each page goes to it as soon as it is rendered (a
 * transform that leaves the page as it is), through a worker thread, and Pagefind, a separate
 * process, indexes it on the other core while Eleventy renders the next; at the end of the
 * build the index is written.
 * The indexing itself is lib/search/index-site.ts.
 */
import path from "node:path";
import { startSearchIndexInWorker, type SearchIndexSession } from "../search/index-site.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

interface TransformContext {
  page: { url?: string | false; outputPath?: string | false };
}

/**
 * @example eleventyConfig.addPlugin(searchIndex);
 */
export default function searchIndex(eleventyConfig: EleventyConfig): void {
  let session: SearchIndexSession | undefined;

  eleventyConfig.on("eleventy.before", async () => {
    // A previous build that failed half-way may have left one running.
    await session?.abandon();
    session = startSearchIndexInWorker();
  });

  eleventyConfig.addTransform("search-index", function (this: TransformContext, content: string) {
    const { url, outputPath } = this.page;
    if (session && typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html")) session.add({ url, content });
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const current = session;
    session = undefined;
    if (!current) throw new Error("Search index: the build ended without the index having started");
    try {
      await current.finish(path.resolve(directories.output));
    } catch (error) {
      throw new Error(`Search index: ${(error as Error).message}`, { cause: error });
    }
  });
}
