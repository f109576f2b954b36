/**
 * Eleventy plugin: puts the CMS into the built site under /admin/ after every build —
 * Decap's own files (every dist/*decap-cms.js chunk, no source maps: 12 MB instead of 66 MB,
 * and maps would publish nothing an editor needs), the admin page with the site's stylesheet
 * address, the configuration (with the local backend only when serving), the one-line script
 * that keeps Decap from starting before our script, and the bundled pre-save guard. Registered
 * after prune-stale-pages, which removes .html files Eleventy did not write, so the admin page
 * is written after it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR } from "../content/project-paths.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { bundleAdminScript } from "../cms/bundle-admin-script.ts";
import { CMS_CONFIG_FILE } from "../cms/config-staleness.ts";
import { devConfigText } from "../cms/dev-config.ts";
import { isDevServer } from "./run-mode.ts";

const DECAP_DIST = path.join(PROJECT_DIR, "node_modules/decap-cms/dist");

/**
 * Loaded before decap-cms.js, which otherwise starts itself at once: the Indonesian interface
 * must be registered before Decap renders with `locale: id` (a fast config.yml could otherwise
 * beat pustaka-cms.js and leave the page in English). pustaka-cms.js calls CMS.init().
 */
export const MANUAL_INIT_SCRIPT = "window.CMS_MANUAL_INIT = true;\n";

/** Decap's files the admin page needs: the entry script and the chunks it loads. */
export function decapFiles(): string[] {
  return readdirSync(DECAP_DIST).filter((file) => file.endsWith("decap-cms.js"));
}

export interface CmsAdminOptions {
  /** The folder holding content/ and data/, whose allow-list the bundled guard carries. */
  root: string;
}

/**
 * @example eleventyConfig.addPlugin(cmsAdmin, { root });
 */
export default function cmsAdmin(eleventyConfig: EleventyConfig, options: CmsAdminOptions): void {
  // With CMS_MODE=git, decap-server saves by switching the working copy between review branches
  // and back, so the dev server rebuilds several times per save: live reload would reload the
  // CMS under the editor (an open menu, a form not yet saved) and show whichever branch was
  // checked out at that moment. In fs mode saves are single writes and live reload stays.
  if (process.env.CMS_MODE === "git") eleventyConfig.setServerOptions({ liveReload: false });
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode?: string }) => {
    const admin = path.join(directories.output, "admin");
    mkdirSync(admin, { recursive: true });
    for (const file of decapFiles()) {
      const target = path.join(admin, file);
      // The dev server rebuilds often; the 12 MB are copied once.
      if (!existsSync(target) || statSync(target).size !== statSync(path.join(DECAP_DIST, file)).size)
        copyFileSync(path.join(DECAP_DIST, file), target);
    }
    writeFileSync(path.join(admin, "manual-init.js"), MANUAL_INIT_SCRIPT);
    writeFileSync(
      path.join(admin, "index.html"),
      readFileSync(path.join(PROJECT_DIR, "admin/index.html"), "utf8").replace("%SITE_STYLESHEET%", stylesheetUrl(directories.output)),
    );
    const production = readFileSync(path.join(PROJECT_DIR, CMS_CONFIG_FILE), "utf8");
    const serving = isDevServer(runMode);
    const mode = process.env.CMS_MODE === "git" ? "git" : "fs";
    writeFileSync(
      path.join(admin, "config.yml"),
      serving ? devConfigText(production, { port: Number(process.env.DECAP_SERVER_PORT ?? 8081), mode }) : production,
    );
    await bundleAdminScript({ contentRoot: options.root, outFile: path.join(admin, "pustaka-cms.js") });
  });
}

/** The site's stylesheet (a hashed file in /assets/); the newest if a dev rebuild left two. */
function stylesheetUrl(output: string): string {
  const assets = path.join(output, "assets");
  const css = existsSync(assets) ? readdirSync(assets).filter((file) => file.endsWith(".css")) : [];
  const newest = css.sort((a, b) => statSync(path.join(assets, b)).mtimeMs - statSync(path.join(assets, a)).mtimeMs)[0];
  return newest ? `/assets/${newest}` : "";
}
