/**
 * The first half of `npm run build`, run in a child process of its own (render-in-child.ts):
 * check the content, then render it with Eleventy, each page handed to the personal-data
 * screen as it is rendered. Most of the build's memory is held here (the content, the site
 * model, Eleventy's results for every page); when this process exits it is handed back, so
 * Pagefind, the other large process, never runs beside it.
 *
 * usage: node --import tsx lib/build/render-child.ts <content root> <output folder> <result file>
 * The result (RenderOutcome) is written as JSON to the result file; Eleventy's own lines go to
 * the terminal as in any build.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { allowListOf } from "../privacy/load-allow-list.ts";
import { startPageScreen } from "../privacy/render-time-screen.ts";
import { allowedFingerprints } from "../privacy/screen-content.ts";
import type { SiteFinding } from "../privacy/screen-site.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { buildSite } from "./build-site.ts";
import { runCheckOnTwoCores, type CheckSummary } from "./check-content.ts";

/** What the render hands back to the rest of the build, as JSON. */
export type RenderOutcome =
  | { rendered: false; check: CheckSummary }
  | {
      rendered: true;
      check: CheckSummary;
      allowList: PrivacyAllowList;
      /** Fingerprints of the personal-data exceptions editors recorded (screen-content.ts). */
      allowedFingerprints: string[];
      /** What the render-time screen read before the render ended: [path inside the site, hash of its bytes]. */
      screened: [string, string][];
      findings: SiteFinding[];
      /** The address of every page Eleventy wrote. */
      pageUrls: string[];
    };

/**
 * @example const outcome = await checkAndRender(process.cwd(), "_site.tmp-1234");
 */
export async function checkAndRender(root: string, outDir: string): Promise<RenderOutcome> {
  const check = await runCheckOnTwoCores(root);
  const summary: CheckSummary = { ok: check.ok, problems: check.problems, fileCount: check.fileCount };
  if (!check.ok) return { rendered: false, check: summary };
  const allowList = allowListOf(check);
  const fingerprints = allowedFingerprints(check);
  const pageScreen = startPageScreen(outDir, allowList, fingerprints);
  try {
    const pageUrls = await buildSite({ root, outDir, session: { check, pageScreen, indexLater: true } });
    // Stopped, not awaited: the pages it has not reached are screened by the parent while
    // Pagefind indexes, so this process can exit now and hand its memory back.
    const earlier = await pageScreen.stop();
    return {
      rendered: true,
      check: summary,
      allowList,
      allowedFingerprints: [...fingerprints],
      screened: [...earlier.screened],
      findings: [...earlier.findings],
      pageUrls,
    };
  } finally {
    await pageScreen.abandon();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, outDir, resultFile] = process.argv.slice(2);
  if (!root || !outDir || !resultFile) throw new Error("usage: render-child.ts <content root> <output folder> <result file>");
  writeFileSync(resultFile, JSON.stringify(await checkAndRender(root, outDir)));
}
