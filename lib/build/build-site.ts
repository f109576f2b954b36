/**
 * Builds the site with Eleventy's programmatic API. Content comes from `root` (the project,
 * or a test fixture); the output goes to a folder that must not exist yet, so no page from an
 * earlier build can survive into this one.
 */
import { existsSync } from "node:fs";
import Eleventy from "@11ty/eleventy";
import { CONTENT_ROOT_VARIABLE } from "../content/content-root.ts";
import { attachBuildSession, type BuildSession } from "./build-session.ts";
import { assertProjectWorkingDirectory, CONFIG_FILE, TEMPLATES_DIR } from "../content/project-paths.ts";

export interface BuildSiteOptions {
  /** Folder holding content/ and data/. */
  root: string;
  /** A folder that does not exist yet; Eleventy creates it. */
  outDir: string;
  /** Leave out Eleventy's line per written file (the summary line stays). */
  quiet?: boolean;
  /** What `npm run build` hands the plugins (build-session.ts); none for a plain build. */
  session?: BuildSession;
}

/**
 * Returns the address of every page Eleventy wrote.
 * @example await buildSite({ root: process.cwd(), outDir: "_site.tmp-1234" }); // ["/id/", …]
 */
export async function buildSite({ root, outDir, quiet = true, session }: BuildSiteOptions): Promise<string[]> {
  assertProjectWorkingDirectory();
  // Eleventy's bundle plugin remembers, per process, which files it has written; a reused
  // output folder would silently lose its stylesheet. A fresh folder per build avoids that.
  if (existsSync(outDir)) throw new Error(`${outDir} already exists: build into a fresh folder`);
  const previous = process.env[CONTENT_ROOT_VARIABLE];
  process.env[CONTENT_ROOT_VARIABLE] = root;
  try {
    const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
      configPath: CONFIG_FILE,
      quietMode: quiet,
      // Runs before .eleventy.ts, with the same configuration object it will receive.
      config: session ? (eleventyConfig: object) => attachBuildSession(eleventyConfig, session) : undefined,
    });
    // Eleventy 3 returns [passthrough copies, templates written] (its own type says otherwise).
    const [, templates] = (await eleventy.write()) as unknown as [unknown, { url?: string | false }[]];
    if (!existsSync(outDir)) throw new Error(`Eleventy did not write into ${outDir}: check the output folder settings`);
    return templates.flatMap((template) => (typeof template.url === "string" ? [template.url] : []));
  } finally {
    if (previous === undefined) delete process.env[CONTENT_ROOT_VARIABLE];
    else process.env[CONTENT_ROOT_VARIABLE] = previous;
  }
}
