/**
 * Runs Pagefind on every Eleventy build (`npm run build`, the tests and each rebuild of
 * `npm start`), on the pages this build writes, so the index never lags behind the pages and a
 * draft (never written) is never indexed. A Pagefind error stops the build with its message.
 *
 * Pagefind is fed while Eleventy renders: each page goes to it as soon as it is rendered (a
 * transform that leaves the page as it is), through a worker thread, and Pagefind, a separate
 * process, indexes it on the other core while Eleventy renders the next; at the end of the
 * build the index is written.
 *
 * The dev server (`npm start`) renders again only the pages an edit changed
 * (lib/eleventy/site-data.ts), so it cannot index what it renders: after each of its builds,
 * Pagefind reads every page in the output folder, in the background, and the rebuilt pages are
 * served without waiting for it; search finds the edit once "search index refreshed" is logged.
 * A newer rebuild abandons a refresh still running.
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
  let refresh: SearchIndexSession | undefined;

  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode?: string }) => {
    // A previous build that failed half-way may have left one running, or a refresh may be under way.
    await Promise.all([session?.abandon(), refresh?.abandon()]);
    session = refresh = undefined;
    if (runMode !== "serve" && runMode !== "watch") session = startSearchIndexInWorker();
  });

  eleventyConfig.addTransform("search-index", function (this: TransformContext, content: string) {
    const { url, outputPath } = this.page;
    if (session && typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html")) session.add({ url, content });
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode?: string }) => {
    if (runMode === "serve" || runMode === "watch") {
      refreshInBackground(path.resolve(directories.output));
      return;
    }
    const current = session;
    session = undefined;
    if (!current) throw new Error("Search index: the build ended without the index having started");
    try {
      await current.finish(path.resolve(directories.output));
    } catch (error) {
      throw new Error(`Search index: ${(error as Error).message}`, { cause: error });
    }
  });

  function refreshInBackground(siteDir: string): void {
    const started = performance.now();
    const current = startSearchIndexInWorker();
    refresh = current;
    current.addFolder(siteDir);
    current.finish(siteDir).then(
      ({ pages }) => {
        if (refresh !== current) return;
        refresh = undefined;
        console.log(`[search] search index refreshed: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} seconds`);
      },
      (error: Error) => {
        // Abandoned by a newer rebuild, or Pagefind failed: the dev server keeps serving pages.
        if (refresh !== current) return;
        refresh = undefined;
        console.error(`[search] the search index was not refreshed: ${error.message}`);
      },
    );
  }
}
