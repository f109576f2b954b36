/**
 * The search index of a site already written to disk, one language at a time: Pagefind reads
 * each language's pages from their files (addDirectory), writes that language's index, and its
 * process is closed before the next language starts. Pagefind holds every page's words and text
 * until it writes an index, so indexing one language at a time halves its peak memory (it was
 * the largest process of `npm run build`); reading the written files rather than being handed
 * each page through the Node API took the same time on two cores at 5,000 records (61.8 and
 * 62.1 s against 62.1 and 65.3 s, PERFORMANCE.md). The languages' indexes are then laid side
 * by side in one /pagefind/ folder with one entry file naming them all, as a single Pagefind run
 * writes it: the search page loads the same files as before.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { assertNoErrors, EXCLUDE_SELECTORS, SEARCH_INDEX_FOLDER, type IndexSummary } from "./index-site.ts";

const ENTRY_FILE = "pagefind-entry.json";

interface EntryFile {
  version: string;
  languages: Record<string, unknown>;
  [other: string]: unknown;
}

/** Indexes the pages under `<siteDir>/<lang>/` into `outputPath`; returns how many pages Pagefind read. */
async function indexOneLanguage(siteDir: string, lang: string, outputPath: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    assertNoErrors("start", created);
    if (!created.index) throw new Error("Pagefind could not start: it returned no index and no error.");
    const added = await created.index.addDirectory({ path: siteDir, glob: `${lang}/**/*.html` });
    assertNoErrors(`index the pages in ${siteDir}/${lang}`, added);
    assertNoErrors("write the index", await created.index.writeFiles({ outputPath }));
    return added.page_count;
  } finally {
    // Ends Pagefind's process: the next language starts with none of this one's memory.
    await pagefind.close();
  }
}

/**
 * Told when one language's index is written, before the next language starts: its files are in
 * `folder` and will be copied unchanged into `outputPath` (so a file `folder/x` becomes
 * `outputPath/x`) once every language is done. `npm run build` screens them meanwhile.
 */
export type LanguageIndexed = (indexed: { lang: string; folder: string; outputPath: string; languagesLeft: number }) => void;

/**
 * Writes `<siteDir>/pagefind/` (replacing any earlier index) for the pages of `languages`.
 * @example await indexWrittenSite("_site", ["id", "en"]) // { pages: 66, outputPath: "_site/pagefind" }
 */
export async function indexWrittenSite(siteDir: string, languages: readonly string[], onIndexed?: LanguageIndexed): Promise<IndexSummary> {
  const outputPath = path.join(siteDir, SEARCH_INDEX_FOLDER);
  const scratch = mkdtempSync(path.join(tmpdir(), "pustaka-pagefind-"));
  // A language the site does not publish has no folder, and nothing to index.
  const present = languages.filter((lang) => existsSync(path.join(siteDir, lang)));
  try {
    let pages = 0;
    const entry: EntryFile = { version: "", languages: {} };
    for (const lang of present) {
      const own = path.join(scratch, lang);
      pages += await indexOneLanguage(siteDir, lang, own);
      onIndexed?.({ lang, folder: own, outputPath, languagesLeft: present.length - present.indexOf(lang) - 1 });
      const written = JSON.parse(readFileSync(path.join(own, ENTRY_FILE), "utf8")) as EntryFile;
      Object.assign(entry, { ...written, languages: { ...entry.languages, ...written.languages } });
    }
    // No fragment of an older index may remain (the dev server rebuilds into the same folder).
    rmSync(outputPath, { recursive: true, force: true });
    // Each language's files carry its own prefix (id_…, en_…); the loader, its interfaces and
    // WebAssembly files are the same in every run.
    for (const lang of present) cpSync(path.join(scratch, lang), outputPath, { recursive: true });
    writeFileSync(path.join(outputPath, ENTRY_FILE), JSON.stringify(entry));
    return { pages, outputPath };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
