/**
 * The list of files a language's service worker stores at install, and the version that names
 * its cache. Built after the search index is written, from what this build actually wrote:
 * - the pages of lib/offline/offline-sections.ts in that language;
 * - every file under /assets/ (the stylesheet, icons, the search and offline scripts);
 * - the offline search index (offline-index.ts: the home page, the modules and the glossary,
 *   not the site's full index, which grows with every case study and activity): its Pagefind
 *   script, its WebAssembly for that language and that language's index, filter and fragment
 *   files — the reader's language only, so a phone does not store both.
 * The version is a hash of every listed file's address and bytes: any change to any of them
 * (a new build with an edited module, a new index) makes a new service worker, whose
 * activation deletes the previous cache.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Language } from "../content/content-types.ts";
import { outputFileOf } from "../content/routes.ts";
import { OFFLINE_INDEX_FOLDER } from "./offline-index.ts";
import { isPrecachedPage } from "./offline-sections.ts";

export interface PrecacheManifest {
  lang: Language;
  /** Names the cache: `pustaka-<lang>-<version>`. */
  version: string;
  /** Site addresses, pages as folder URLs ("/id/modul/"). */
  urls: string[];
}

/**
 * Pagefind's files that are the same for every language: its loader and its entry file. Not
 * its web worker: the search page runs Pagefind without it (templates/assets/search.js).
 */
const PAGEFIND_COMMON = ["pagefind.js", "pagefind-entry.json"];

function filesUnder(siteDir: string, folder: string): string[] {
  const absolute = path.join(siteDir, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/**
 * The files of the Pagefind index in `folder` a search in `lang` can fetch. Pagefind names each
 * language's files with a `<lang>_` prefix (index/, fragment/, filter/ and the .pf_meta) and
 * ships one WebAssembly build per stemming language, `wasm.unknown.pagefind` for languages
 * without one.
 * @example searchIndexFiles(["pagefind-offline/index/id_1.pf_index", "pagefind-offline/index/en_2.pf_index"], "id", "pagefind-offline") // ["pagefind-offline/index/id_1.pf_index"]
 */
export function searchIndexFiles(files: readonly string[], lang: Language, folder: string): string[] {
  const prefix = `${folder}/`;
  const ownWasm = files.includes(`${prefix}wasm.${lang}.pagefind`) ? `wasm.${lang}.pagefind` : "wasm.unknown.pagefind";
  return files.filter((file) => {
    if (!file.startsWith(prefix)) return false;
    const name = file.slice(prefix.length);
    if (PAGEFIND_COMMON.includes(name) || name === ownWasm) return true;
    if (name.startsWith(`pagefind.${lang}_`) && name.endsWith(".pf_meta")) return true;
    return /^(index|fragment|filter)\//.test(name) && path.posix.basename(name).startsWith(`${lang}_`);
  });
}

/**
 * @example precacheManifest("_site", "id", ["/id/", "/id/modul/", "/id/kegiatan/"]).urls.includes("/id/kegiatan/") // false
 */
export function precacheManifest(siteDir: string, lang: Language, pageUrls: readonly string[]): PrecacheManifest {
  const searchFiles = searchIndexFiles(filesUnder(siteDir, OFFLINE_INDEX_FOLDER), lang, OFFLINE_INDEX_FOLDER);
  // A worker without the offline index would install and leave search dead offline: refuse.
  if (!searchFiles.includes(`${OFFLINE_INDEX_FOLDER}/pagefind.js`))
    throw new Error(
      `No offline search index in ${path.join(siteDir, OFFLINE_INDEX_FOLDER)}: write it (offline-index.ts) before the precache list`,
    );
  const files = [...filesUnder(siteDir, "assets"), ...searchFiles];
  const pages = pageUrls.filter((url) => isPrecachedPage(url, lang));
  const urls = [...pages, ...files.map((file) => `/${file}`)].sort();
  const hash = createHash("sha256");
  for (const url of urls) {
    hash.update(url);
    hash.update(readFileSync(outputFileOf(siteDir, url)));
  }
  return { lang, version: hash.digest("hex").slice(0, 16), urls };
}
