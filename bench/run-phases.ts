// Child process: one full pipeline run with a stopwatch around each step, for the phase
// breakdown. It does what buildAndReplace (lib/build/build-and-replace.ts), render-child.ts and
// buildSite (lib/build/build-site.ts) do, step by step, because timing inside them would mean
// changing them: check, Eleventy (configuration, then rendering and writing, then the work
// hooked to the end of the build — the CMS bundle, _headers, pruning), the search index of the
// written pages, the offline copy, screen of the built site, swap into place. Eleventy's own
// events mark where rendering starts and ends. All in this one process: `npm run build` checks
// and renders in a child process that exits before Pagefind starts, so the times match and the
// peak memory of this run is not the build's (the pairs measure that).
//
// Afterwards, parts that run inside those steps are measured once more, each alone, so the
// breakdown can say what they cost: the check's loading and validation, its personal-data
// screen, the CMS-config staleness test, the site model Eleventy's global data builds (which
// runs the whole check a second time), the Pagefind index and the CMS bundle.
//
// Arguments: <content root> <output folder>. The working folder must be the project.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { CONFIG_FILE, PROJECT_DIR, TEMPLATES_DIR, assertProjectWorkingDirectory } from "../lib/content/project-paths.ts";
import { siteLanguages } from "../lib/content/site-languages.ts";
import { writeOfflineCopy } from "../lib/offline/write-offline-copy.ts";
import { replaceDirectory } from "../lib/build/replace-directory.ts";
import { runCheckOnTwoCores } from "../lib/build/check-content.ts";
import { indexScreeningAhead } from "../lib/build/index-screening-ahead.ts";
import { loadContent } from "../lib/validation/load-content.ts";
import { cmsConfigProblems } from "../lib/cms/config-staleness.ts";
import { attachBuildSession } from "../lib/build/build-session.ts";
import { bundleAdminScript } from "../lib/cms/bundle-admin-script.ts";
import { CONTENT_ROOT_VARIABLE } from "../lib/content/content-root.ts";
import { allowListOf } from "../lib/privacy/load-allow-list.ts";
import { allowedFingerprints, screenContent } from "../lib/privacy/screen-content.ts";
import { startPageScreen } from "../lib/privacy/render-time-screen.ts";
import { screenPagesLeft } from "../lib/privacy/screen-pages-left.ts";
import { screenSiteOnTwoCores } from "../lib/privacy/screen-site-on-two-cores.ts";
import { joinScreens } from "../lib/privacy/screen-site.ts";
import { indexSite } from "../lib/search/index-site.ts";
import { buildSiteModel } from "../lib/site/build-site-model.ts";
import { builtPages, type BuildResult } from "./built-pages.ts";
import { isEntryScript, ownPeakBytes, reportResult, type ChildBase } from "./measure-child.ts";

/** A step and how long it took, milliseconds. */
export interface Phase {
  name: string;
  ms: number;
}

export interface PhasesResult extends ChildBase {
  /** The run's steps in order; they add up to the run. */
  phases: Phase[];
  /** Parts of those steps, each measured once more on its own after the run. */
  alone: Phase[];
}

/** Times `work`, appends it to `into` under `name`, and returns its value. */
async function timed<T>(into: Phase[], name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  into.push({ name, ms: performance.now() - started });
  return value;
}

type Results = BuildResult[] | undefined;

/**
 * @example const { phases } = await runPhases("/tmp/bench/site", "/tmp/bench/out");
 */
export async function runPhases(root: string, outDir: string): Promise<Omit<PhasesResult, "maxRssBytes">> {
  assertProjectWorkingDirectory();
  const phases: Phase[] = [];
  const check = await timed(phases, "check (load, validate; the personal-data screen on the other core)", () => runCheckOnTwoCores(root));
  if (!check.ok) throw new Error(`The content has ${check.problems.length} problems; the pipeline would not build it`);
  const temporary = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  if (existsSync(temporary)) throw new Error(`${temporary} already exists`);
  const allowList = allowListOf(check);
  const pageScreen = startPageScreen(temporary, allowList, allowedFingerprints(check));
  const marks = { before: 0, rendered: 0 };
  let results: Results;
  process.env[CONTENT_ROOT_VARIABLE] = root;
  const eleventyStarted = performance.now();
  const eleventy = new Eleventy(TEMPLATES_DIR, temporary, {
    configPath: CONFIG_FILE,
    quietMode: true,
    config(eleventyConfig: UserConfig) {
      // As buildAndReplace does: the build uses this check instead of running it again, and
      // pages are screened as they are rendered.
      attachBuildSession(eleventyConfig, { check, pageScreen, indexLater: true });
      eleventyConfig.on("eleventy.before", () => (marks.before = performance.now()));
      // Emitted after every page is rendered and written, before the eleventy.after hooks.
      eleventyConfig.on("afterBuild", (event: { results?: Results }) => {
        marks.rendered = performance.now();
        results = event.results;
      });
    },
  });
  await eleventy.write();
  const eleventyEnded = performance.now();
  phases.push(
    { name: "Eleventy: configuration and plugins", ms: marks.before - eleventyStarted },
    { name: "Eleventy: site model, rendering and writing pages (the page screen on the other core)", ms: marks.rendered - marks.before },
    { name: "Eleventy: after-build hooks (CMS bundle, _headers)", ms: eleventyEnded - marks.rendered },
  );

  const rendered = await timed(phases, "render-time page screen stopped (pages it had not reached are left)", () => pageScreen.stop());
  const fingerprints = allowedFingerprints(check);
  // As buildAndReplace does: the pages left are screened on the other core while Pagefind indexes.
  const screening = screenPagesLeft(temporary, allowList, fingerprints, rendered);
  const pageUrls = (results ?? []).flatMap((result) => (typeof result.url === "string" ? [result.url] : []));
  const indexed = await timed(
    phases,
    "Pagefind: index of the written pages, one language at a time (each screened while the next is indexed)",
    () => indexScreeningAhead(temporary, allowList, fingerprints),
  );
  const left = await timed(phases, "rest of the screen of the pages left (beside Pagefind until here)", () => screening);
  const earlier = joinScreens(left, indexed);
  await timed(phases, "offline copy (offline index, service workers)", () => writeOfflineCopy(temporary, pageUrls, siteLanguages(root)));
  const findings = await timed(phases, "screen of the rest of the built site and its index", () =>
    screenSiteOnTwoCores(temporary, allowList, allowedFingerprints(check), earlier),
  );
  if (findings.length > 0)
    throw new Error(`The built site has ${findings.length} personal-data findings; the pipeline would not publish it`);
  await timed(phases, "swap into place", () => replaceDirectory(temporary, outDir));

  const alone: Phase[] = [];
  const loaded = await timed(alone, "check: load and validate", () => loadContent(root));
  await timed(alone, "check: personal-data screen of the content", () => screenContent(loaded, allowList));
  await timed(alone, "check: CMS config staleness", () => cmsConfigProblems(PROJECT_DIR));
  await timed(alone, "site model (Eleventy's global data)", () => buildSiteModel(check));
  const scratch = mkdtempSync(path.join(path.dirname(outDir), "phases-scratch-"));
  try {
    const pages = builtPages(results);
    await timed(alone, `Pagefind index of ${pages.length} pages`, () => indexSite(scratch, pages));
    await timed(alone, "CMS bundle (esbuild)", () =>
      bundleAdminScript({ contentRoot: root, outFile: path.join(scratch, "pustaka-cms.js") }),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { phases, alone };
}

if (isEntryScript(import.meta.url)) {
  const [root, outDir] = process.argv.slice(2);
  if (!root || !outDir) throw new Error("usage: run-phases.ts <content root> <output folder>");
  const result: PhasesResult = { ...(await runPhases(root, outDir)), maxRssBytes: ownPeakBytes() };
  reportResult(result);
}
