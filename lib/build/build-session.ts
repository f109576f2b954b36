/**
 * What `npm run build` hands the Eleventy it runs: the check it has just passed (so the build
 * does not check everything a second time), the personal-data screen each page is fed to as
 * it is rendered, and whether the search index and offline copy are left to it. Eleventy loads .eleventy.ts itself and gives it nothing but its configuration
 * object, so the session travels with that object: buildSite attaches it through Eleventy's
 * programmatic `config` callback, which receives the same object before .eleventy.ts does, and
 * .eleventy.ts passes it on to the plugins as options. Without a session (the dev server, a
 * plain Eleventy run) each plugin does its own work: the site data checks, nothing is screened
 * during the render.
 */
import type { PageScreen } from "../privacy/render-time-screen.ts";
import type { CheckResult } from "./check-content.ts";

export interface BuildSession {
  /** The check of the content root that just passed. */
  check: CheckResult;
  /** The screen the rendered pages are handed to. */
  pageScreen: PageScreen;
  /**
   * The search index and the offline copy are written by the caller after this process has
   * ended (render-child.ts), not in Eleventy's after-build hooks: Pagefind then never runs
   * beside the memory the render holds.
   */
  indexLater?: boolean;
}

const sessions = new WeakMap<object, BuildSession>();

/**
 * @example new Eleventy(input, output, { config: (eleventyConfig) => attachBuildSession(eleventyConfig, session) });
 */
export function attachBuildSession(eleventyConfig: object, session: BuildSession): void {
  sessions.set(eleventyConfig, session);
}

/**
 * The session `npm run build` attached to this configuration, if any.
 * @example const session = buildSessionOf(eleventyConfig); eleventyConfig.addPlugin(pageScreen, { screen: session?.pageScreen });
 */
export function buildSessionOf(eleventyConfig: object): BuildSession | undefined {
  return sessions.get(eleventyConfig);
}
