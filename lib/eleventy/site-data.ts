/**
 * Feeds the site to Eleventy as global data (`site`): content is checked, loaded and turned
 * into the site model here, outside Eleventy, because editors' files must never be Eleventy
 * input (no template language, permalink or front-matter code from content can run). The
 * check runs on every build, including each rebuild of the dev server, and a build with
 * content problems stops with every problem listed.
 *
 * The dev server (`npm start`) keeps what it can between rebuilds: the check's per-file results
 * (CheckMemory in lib/build/check-content.ts) and, after an edit to content only, it renders again
 * only the pages whose data changed (lib/eleventy/changed-pages.ts); `site.pagesToRender` is
 * what the page template paginates. `npm run build` renders every page, always.
 */
import path from "node:path";
import { createCheckMemory, formatProblems, runCheck, type CheckMemory, type CheckResult } from "../build/check-content.ts";
import { buildSiteModel } from "../site/build-site-model.ts";
import type { SiteModel, SitePage } from "../site/types.ts";
import { onlyContentChanged, pageFingerprints, pagesToRender, type PageFingerprints } from "./changed-pages.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { isDevServer } from "./run-mode.ts";

/** The global data `site`: the site model and the pages this build renders. */
export interface SiteData extends SiteModel {
  /** Every page for `npm run build`; in the dev server, the pages an edit changed. */
  pagesToRender: SitePage[];
}

/** What the site data decided for the build under way, read by the plugins after it. */
export interface RenderPlan {
  /** Addresses of the pages left on disk as they are, because nothing in them changed. */
  kept: Set<string>;
}

/** @example const plan = createRenderPlan(); eleventyConfig.addPlugin(siteData, { root, plan }); */
export function createRenderPlan(): RenderPlan {
  return { kept: new Set() };
}

export interface SiteDataOptions {
  /** Folder holding content/ and data/. */
  root: string;
  /** Filled in on each build; see RenderPlan. */
  plan: RenderPlan;
  /**
   * A check of `root` that just passed (`npm run build` checks before it builds: see
   * lib/build/build-session.ts): the first build uses it instead of checking everything a
   * second time. Later builds (dev-server rebuilds) check afresh.
   */
  checked?: CheckResult | undefined;
}

/**
 * Checks and loads the content under `root` (or takes a check of it that just passed) and
 * builds the site model; throws with every problem listed when the content does not pass.
 * @example const site = loadSite(process.cwd()); site.pages.length
 */
export function loadSite(root: string, memory?: CheckMemory, checked?: CheckResult): SiteModel {
  const result = checked ?? runCheck(root, memory);
  if (!result.ok) {
    throw new Error(`The content has problems, so the site was not built:\n${formatProblems(result.problems).join("\n")}`);
  }
  return buildSiteModel(result);
}

/**
 * @example eleventyConfig.addPlugin(siteData, { root: process.cwd(), plan: createRenderPlan() });
 */
export default function siteData(eleventyConfig: EleventyConfig, { root, plan, checked }: SiteDataOptions): void {
  const watched = ["content", "data"].map((folder) => path.resolve(root, folder));
  // content/ and data/ are not Eleventy input, so the dev server must be told to watch them.
  for (const folder of watched) eleventyConfig.addWatchTarget(folder);

  let serving = false;
  // Used by the first build only.
  let checkedAhead = checked;
  // The dev server's memory: set on its first build, kept for the life of the process.
  let memory: CheckMemory | undefined;
  // Fingerprints of the pages as the last finished build wrote them.
  let lastBuilt: PageFingerprints | undefined;
  let building: PageFingerprints | undefined;
  // A build that failed while rendering may have written some pages and not others: after it,
  // what is on disk matches no fingerprints, and the next build renders every page.
  let rendering = false;
  // Whether the files that started this rebuild were content only; false on a first build.
  let contentOnly = false;

  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    contentOnly = onlyContentChanged(changed, watched);
  });
  eleventyConfig.on("eleventy.before", ({ runMode }: { runMode?: string }) => {
    serving = isDevServer(runMode);
  });
  eleventyConfig.on("eleventy.after", () => {
    lastBuilt = building;
    rendering = false;
    contentOnly = false;
  });

  // A function, not a value: Eleventy calls it again on each rebuild, so edits are picked up.
  eleventyConfig.addGlobalData("site", (): SiteData => {
    plan.kept.clear();
    if (!serving) {
      const model = loadSite(root, undefined, checkedAhead);
      checkedAhead = undefined;
      return { ...model, pagesToRender: model.pages };
    }
    memory ??= createCheckMemory();
    const model = loadSite(root, memory);
    if (rendering) lastBuilt = undefined;
    rendering = true;
    building = pageFingerprints(model);
    const render = pagesToRender(model.pages, building, contentOnly ? lastBuilt : undefined);
    const rendered = new Set(render);
    for (const page of model.pages) if (!rendered.has(page)) plan.kept.add(page.url);
    return { ...model, pagesToRender: render };
  });
}
