/**
 * Runs Pagefind on every Eleventy build (`npm run build`, the tests and each rebuild of
 * `npm start`), on the pages this build writes, so the index never lags behind the pages and a
 * draft (never written) is never indexed. A Pagefind error stops the build with its message.
 *
 * Once Eleventy has written every page, Pagefind reads them from disk, one language at a time
 * (lib/search/index-written-site.ts), so its peak memory is one language's.
 *
 * The dev server (`npm start`) renders again only the pages an edit changed
 * (lib/eleventy/site-data.ts), so it cannot index what it renders: after each of its builds,
 * Pagefind reads every page in the output folder, in the background, and the rebuilt pages are
 * served without waiting for it; search finds the edit once "search index refreshed" is logged.
 * A newer rebuild abandons a refresh still running.
 * The indexing itself is lib/search/index-site.ts. `npm run build` indexes the written site
 * itself once the render has ended (skip: lib/build/build-session.ts).
 */
import path from "node:path";
import { LANGUAGES } from "../content/content-types.ts";
import type { SearchIndexSession } from "../search/index-site.ts";
import { startSearchIndexInWorker } from "../search/index-site-in-worker.ts";
import { indexWrittenSite } from "../search/index-written-site.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { isDevServer } from "./run-mode.ts";

export interface SearchIndexOptions {
  /** Leave the index to the caller (lib/build/build-session.ts). */
  skip?: boolean | undefined;
}

/**
 * @example eleventyConfig.addPlugin(searchIndex, {});
 */
export default function searchIndex(eleventyConfig: EleventyConfig, options: SearchIndexOptions = {}): void {
  if (options.skip) return;
  let refresh: SearchIndexSession | undefined;

  eleventyConfig.on("eleventy.before", async () => {
    // A refresh of the dev server may be under way: a newer build supersedes it.
    await refresh?.abandon();
    refresh = undefined;
  });

  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode?: string }) => {
    if (isDevServer(runMode)) {
      refreshInBackground(path.resolve(directories.output));
      return;
    }
    try {
      await indexWrittenSite(path.resolve(directories.output), LANGUAGES);
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
