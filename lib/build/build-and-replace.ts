/**
 * `npm run build` minus the printing: check the content and render it into a temporary folder
 * next to the output (in a child process, render-child.ts), then write the search index and the
 * offline copy of what was written, screen the built files for personal data, and only then
 * swap them in. Nothing is built from content with problems, nothing with a personal-data
 * finding is published, and a failed build leaves the previous site untouched.
 *
 * Why a child process: the render holds most of the build's memory (the content, the site
 * model, Eleventy's results for every page) and Pagefind is the other large process; once the
 * child has exited, Pagefind indexes the written pages with that memory handed back.
 */
import { rmSync } from "node:fs";
import { siteLanguages } from "../content/site-languages.ts";
import { writeOfflineCopy } from "../offline/write-offline-copy.ts";
import { joinScreens, type EarlierScreen, type SiteFinding } from "../privacy/screen-site.ts";
import { screenPagesLeft } from "../privacy/screen-pages-left.ts";
import { screenSiteOnTwoCores } from "../privacy/screen-site-on-two-cores.ts";
import type { CheckSummary } from "./check-content.ts";
import { indexScreeningAhead } from "./index-screening-ahead.ts";
import { renderInChildProcess } from "./render-in-child.ts";
import { replaceDirectory } from "./replace-directory.ts";

export type BuildOutcome = { built: true; check: CheckSummary } | { built: false; check: CheckSummary; siteFindings: SiteFinding[] };

/**
 * @example const outcome = await buildAndReplace({ root: process.cwd(), outDir: "_site" });
 */
export async function buildAndReplace({ root, outDir }: { root: string; outDir: string }): Promise<BuildOutcome> {
  // Same parent folder as the output, so the final rename never crosses file systems.
  const temporary = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  try {
    const render = await renderInChildProcess(root, temporary);
    if (!render.rendered) return { built: false, check: render.check, siteFindings: [] };
    const fingerprints = new Set(render.allowedFingerprints);
    // Most pages were screened as they were rendered; the rest are screened on the other core
    // while Pagefind indexes. The last gate then covers every file, the index too.
    const rendered = { screened: new Map(render.screened), findings: render.findings };
    const screening = screenPagesLeft(temporary, render.allowList, fingerprints, rendered);
    let indexed: EarlierScreen;
    try {
      indexed = await indexScreeningAhead(temporary, render.allowList, fingerprints);
    } catch (error) {
      throw new Error(`Search index: ${(error as Error).message}`, { cause: error });
    } finally {
      // Settled either way, so a failed index never leaves a rejected promise unhandled.
      await screening.catch(() => undefined);
    }
    await writeOfflineCopy(temporary, render.pageUrls, siteLanguages(root));
    const earlier = joinScreens(await screening, indexed);
    const siteFindings = await screenSiteOnTwoCores(temporary, render.allowList, fingerprints, earlier);
    if (siteFindings.length > 0) return { built: false, check: render.check, siteFindings };
    replaceDirectory(temporary, outDir);
    return { built: true, check: render.check };
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
