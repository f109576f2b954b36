/**
 * Eleventy plugin: after each build (and after the search index, see .eleventy.ts), writes the
 * offline copy of the site (lib/offline/write-offline-copy.ts): the offline search index and
 * one service worker per language. In the dev server, a worker that retires itself instead.
 * `npm run build` writes the offline copy itself once the render has ended (skip).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serviceWorkerUrl } from "../content/routes.ts";
import { siteLanguages } from "../content/site-languages.ts";
import { writeOfflineCopy } from "../offline/write-offline-copy.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { isDevServer } from "./run-mode.ts";

export interface OfflineCacheOptions {
  /** Folder holding data/site.json, whose languages each get a service worker. */
  root: string;
  /** Leave the offline copy to the caller (lib/build/build-session.ts). */
  skip?: boolean | undefined;
}

interface AfterBuildEvent {
  directories: { output: string };
  results?: { url?: string | false }[];
  runMode?: string;
}

const RETIRED_WORKER_SOURCE = path.join(import.meta.dirname, "../offline/retired-service-worker.js");

/**
 * @example eleventyConfig.addPlugin(offlineCache, { root });
 */
export default function offlineCache(eleventyConfig: EleventyConfig, options: OfflineCacheOptions): void {
  if (options.skip) return;
  eleventyConfig.on("eleventy.after", async ({ directories, results, runMode }: AfterBuildEvent) => {
    const siteDir = path.resolve(directories.output);
    // npm start: no offline copy (pages do not register a worker; see templates/layouts/base.njk),
    // and a worker left by an earlier build at the same address retires itself.
    if (isDevServer(runMode)) {
      const retired = readFileSync(RETIRED_WORKER_SOURCE, "utf8");
      for (const lang of siteLanguages(options.root)) writeFileSync(path.join(siteDir, serviceWorkerUrl(lang)), retired);
      return;
    }
    const pageUrls = (results ?? []).flatMap((result) => (typeof result.url === "string" ? [result.url] : []));
    await writeOfflineCopy(siteDir, pageUrls, siteLanguages(options.root));
  });
}
