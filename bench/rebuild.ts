/**
 * How long `npm start` takes to show an edit: it runs scripts/start.ts exactly (check, then
 * Eleventy's dev server with decap-server, through the test helper that starts it on free ports
 * over a content root of our choosing and stops its whole process group), waits for the first
 * build and the watcher, edits one Indonesian case study the way an editor would (a sentence
 * added at the end of its body), and times
 * - until the rebuilt page on disk contains the edit (what a reader sees after the reload),
 * - until Eleventy reports the rebuild finished ("Wrote … files"): every page the edit changed
 *   is written (the budget's figure), and
 * - until the dev server reports the search index refreshed, which it does in the background
 *   after each rebuild (lib/eleventy/search-index.ts): from then on search finds the edit.
 * The file is restored afterwards.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startDevServer, waitFor } from "../support/dev-server.ts";

export interface RebuildTiming {
  /** Eleventy's own time for the dev server's first full build, milliseconds (its "Wrote … in N seconds"). */
  firstBuildMs: number;
  /** From saving the edit until the page on disk shows it, milliseconds. */
  pageMs: number;
  /** From saving the edit until Eleventy reports the rebuild finished, milliseconds. */
  rebuildMs: number;
  /** From saving the edit until the search index refreshed in the background holds it, milliseconds. */
  searchMs: number;
}

/** A word no synthetic text contains (the vocabulary has no such word), so its presence means the edit. */
export const EDIT_MARKER = "penandasuntingan";

const WROTE = /Wrote \d+ files? in ([\d.]+) seconds/g;
const REFRESHED = /\[search\] search index refreshed/g;

/** How many times the dev server has reported its search index refreshed in `output`. */
export const searchRefreshes = (output: string) => [...output.matchAll(REFRESHED)].length;

/**
 * Eleventy's reported build times in `output`, seconds, in order.
 * @example buildSeconds("[11ty] Copied 4 Wrote 96 files in 2.37 seconds (24.7ms each, v3.1.8)") // [2.37]
 */
export function buildSeconds(output: string): number[] {
  return [...output.matchAll(WROTE)].map((match) => Number(match[1]));
}

/**
 * `text` (a Markdown entry) with a sentence holding EDIT_MARKER added at the end of its body.
 * @example withEdit("---\ntitle: x\n---\n## A\n\nB.\n") // "---\ntitle: x\n---\n## A\n\nB.\n\nKalimat penandasuntingan ditambahkan.\n"
 */
export function withEdit(text: string): string {
  return `${text.replace(/\n*$/, "\n")}\nKalimat ${EDIT_MARKER} ditambahkan.\n`;
}

/**
 * @example await measureRebuild({ root: corpus.root, caseStudy: corpus.caseStudy, timeoutMs: 600_000 })
 */
export async function measureRebuild({
  root,
  caseStudy,
  timeoutMs,
}: {
  root: string;
  caseStudy: { file: string; page: string };
  timeoutMs: number;
}): Promise<RebuildTiming> {
  const server = await startDevServer(root, { timeoutMs });
  const source = path.join(root, caseStudy.file);
  const original = readFileSync(source, "utf8");
  try {
    // The first build is complete when Eleventy says it is watching; its index, when refreshed.
    await waitFor(
      () => server.output().includes("Watching") && searchRefreshes(server.output()) > 0,
      timeoutMs,
      "the dev server's first build and search index",
    );
    const [firstSeconds] = buildSeconds(server.output());
    // Give the file watcher a moment to finish its initial scan of the content folders.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const page = path.join(root, "_site", caseStudy.page);
    const builds = buildSeconds(server.output()).length;
    const refreshes = searchRefreshes(server.output());
    const started = performance.now();
    writeFileSync(source, withEdit(original));
    let pageMs = 0;
    await waitFor(
      () => {
        if (!pageMs) {
          try {
            if (readFileSync(page, "utf8").includes(EDIT_MARKER)) pageMs = performance.now() - started;
          } catch {
            // being rewritten
          }
        }
        return pageMs > 0 && buildSeconds(server.output()).length > builds;
      },
      timeoutMs,
      `the dev server to rebuild ${caseStudy.page}`,
    );
    const rebuildMs = performance.now() - started;
    await waitFor(() => searchRefreshes(server.output()) > refreshes, timeoutMs, "the dev server to refresh its search index");
    return { firstBuildMs: (firstSeconds ?? Number.NaN) * 1000, pageMs, rebuildMs, searchMs: performance.now() - started };
  } finally {
    await server.kill();
    writeFileSync(source, original);
    rmSync(path.join(root, "_site"), { recursive: true, force: true });
  }
}
