/**
 * Eleventy plugin: after each build (and after the search index, see .eleventy.ts), writes the
 * offline search index of the pages kept offline (lib/offline/offline-index.ts), then one
 * service worker per language, /<lang>/sw.js: the precache list of this build
 * (lib/offline/precache-manifest.ts), which lists that index, followed by the worker itself
 * (lib/offline/service-worker.js).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeOfflineIndex } from "../offline/offline-index.ts";
import { precacheManifest, type PrecacheManifest } from "../offline/precache-manifest.ts";
import { serviceWorkerUrl } from "../content/routes.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { siteLanguages } from "./site-languages.ts";
import { isDevServer } from "./run-mode.ts";

export interface OfflineCacheOptions {
  /** Folder holding data/site.json, whose languages each get a service worker. */
  root: string;
}

interface AfterBuildEvent {
  directories: { output: string };
  results?: { url?: string | false }[];
  runMode?: string;
}

const WORKER_SOURCE = path.join(import.meta.dirname, "../offline/service-worker.js");
const RETIRED_WORKER_SOURCE = path.join(import.meta.dirname, "../offline/retired-service-worker.js");

/**
 * The text of a language's sw.js: the manifest as data, then the worker's code.
 * @example serviceWorkerText({ lang: "id", version: "ab12", urls: ["/id/"] }, "self.addEventListener(…)")
 */
export function serviceWorkerText(manifest: PrecacheManifest, workerSource: string): string {
  return `self.PRECACHE = ${JSON.stringify(manifest)};\n${workerSource}`;
}

/**
 * @example eleventyConfig.addPlugin(offlineCache, { root: resolveContentRoot() });
 */
export default function offlineCache(eleventyConfig: EleventyConfig, options: OfflineCacheOptions): void {
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
    const languages = siteLanguages(options.root);
    try {
      await writeOfflineIndex(siteDir, pageUrls, languages);
    } catch (error) {
      throw new Error(`Offline search index: ${(error as Error).message}`, { cause: error });
    }
    const workerSource = readFileSync(WORKER_SOURCE, "utf8");
    for (const lang of languages) {
      const manifest = precacheManifest(siteDir, lang, pageUrls);
      writeFileSync(path.join(siteDir, serviceWorkerUrl(lang)), serviceWorkerText(manifest, workerSource));
    }
  });
}
