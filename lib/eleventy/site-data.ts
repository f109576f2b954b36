/**
 * Feeds the site to Eleventy as global data (`site`): content is checked, loaded and turned
 * into the site model here, outside Eleventy, because editors' files must never be Eleventy
 * input (no template language, permalink or front-matter code from content can run). The
 * check runs on every build, including each rebuild of the dev server, and a build with
 * content problems stops with every problem listed.
 */
import path from "node:path";
import { formatProblems, runCheck, type CheckResult } from "../content/check.ts";
import { buildSiteModel } from "../site/build-site-model.ts";
import type { SiteModel } from "../site/types.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export interface SiteDataOptions {
  /** Folder holding content/ and data/. */
  root: string;
}

/** Checks run just before a build, by content root, waiting to be used by that build. */
const checkedAhead = new Map<string, CheckResult>();

/**
 * Hands a check that just passed to the next build of `root`, which then uses it instead of
 * checking everything a second time (`npm run build` checks before it builds: see
 * lib/build/build-and-replace.ts). Used once: later builds (dev-server rebuilds) check afresh.
 * @example useCheckedContent(root, runCheck(root)); await buildSite({ root, outDir });
 */
export function useCheckedContent(root: string, check: CheckResult): void {
  checkedAhead.set(path.resolve(root), check);
}

/**
 * Checks and loads the content under `root` and builds the site model; throws with every
 * problem listed when the content does not pass the check.
 * @example const site = loadSite(process.cwd()); site.pages.length
 */
export function loadSite(root: string): SiteModel {
  const key = path.resolve(root);
  const result = checkedAhead.get(key) ?? runCheck(root);
  checkedAhead.delete(key);
  if (!result.ok) {
    throw new Error(
      `The content has problems, so the site was not built:\n${formatProblems(result.problems).join("\n")}`,
    );
  }
  return buildSiteModel(result);
}

/**
 * @example eleventyConfig.addPlugin(siteData, { root: process.cwd() });
 */
export default function siteData(eleventyConfig: EleventyConfig, options: SiteDataOptions): void {
  // A function, not a value: Eleventy calls it again on each rebuild, so edits are picked up.
  eleventyConfig.addGlobalData("site", () => loadSite(options.root));
  // content/ and data/ are not Eleventy input, so the dev server must be told to watch them.
  for (const folder of ["content", "data"]) eleventyConfig.addWatchTarget(path.join(options.root, folder));
}
