/**
 * The offline copy of a built site, written once its search index is: the offline search index
 * of the pages kept offline (offline-index.ts), then one service worker per language,
 * /<lang>/sw.js — the precache list of this build (precache-manifest.ts), which lists that
 * index, followed by the worker itself (service-worker.js).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Language } from "../content/content-types.ts";
import { serviceWorkerUrl } from "../content/routes.ts";
import { writeOfflineIndex } from "./offline-index.ts";
import { precacheManifest, type PrecacheManifest } from "./precache-manifest.ts";

const WORKER_SOURCE = path.join(import.meta.dirname, "service-worker.js");

/**
 * The text of a language's sw.js: the manifest as data, then the worker's code.
 * @example serviceWorkerText({ lang: "id", version: "ab12", urls: ["/id/"] }, "self.addEventListener(…)")
 */
export function serviceWorkerText(manifest: PrecacheManifest, workerSource: string): string {
  return `self.PRECACHE = ${JSON.stringify(manifest)};\n${workerSource}`;
}

/**
 * @example await writeOfflineCopy("_site", ["/id/", "/id/modul/…/"], ["id", "en"]);
 */
export async function writeOfflineCopy(siteDir: string, pageUrls: readonly string[], languages: readonly Language[]): Promise<void> {
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
}
