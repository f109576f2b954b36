/**
 * What a first visit downloads in the background for offline use: the sum of the files on the
 * precache list of each language's service worker, read from the sw.js the build wrote
 * (lib/eleventy/offline-cache.ts writes it as `self.PRECACHE = {…};` followed by the worker),
 * so the figure is whatever this build's list holds. Each file is counted as stored and as a
 * compressing host sends it (site-session.ts, transferBytes).
 */
import { readFileSync } from "node:fs";
import { LANGUAGES, type Language } from "../lib/content/content-types.ts";
import { outputFileOf, serviceWorkerUrl } from "../lib/content/routes.ts";
import { transferBytes, type Fetched } from "./site-session.ts";

/**
 * The precache list at the start of a built sw.js.
 * @example precacheUrls('self.PRECACHE = {"lang":"id","version":"ab","urls":["/id/"]};\nself.addEventListener(…)') // ["/id/"]
 */
export function precacheUrls(serviceWorker: string): string[] {
  const match = /^self\.PRECACHE = (\{.*?\});\n/.exec(serviceWorker);
  if (!match) throw new Error("the service worker holds no precache list (self.PRECACHE = {…}; on its first line)");
  return (JSON.parse(match[1] as string) as { urls: string[] }).urls;
}

/** One language's precache list, summed. */
export interface PrecacheWeight extends Fetched {
  lang: Language;
}

/**
 * The precache list of each language's service worker in `siteDir`, summed.
 * @example precacheWeights("/tmp/bench/out") // [{ lang: "id", bytes: 1_800_000, transferBytes: 1_500_000, files: 160 }, …]
 */
export function precacheWeights(siteDir: string): PrecacheWeight[] {
  return LANGUAGES.map((lang) => {
    const urls = precacheUrls(readFileSync(outputFileOf(siteDir, serviceWorkerUrl(lang)), "utf8"));
    let bytes = 0;
    let transfer = 0;
    for (const url of urls) {
      const file = readFileSync(outputFileOf(siteDir, url));
      bytes += file.byteLength;
      transfer += transferBytes(file);
    }
    return { lang, bytes, transferBytes: transfer, files: urls.length };
  });
}
