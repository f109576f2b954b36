/**
 * The small build step behind /admin/pustaka-cms.js: esbuild bundles lib/cms/browser/admin.ts
 * with the validators pre-compiled to standalone code and the allow-list of the content being
 * edited, so the admin page checks an entry exactly as `npm run check` will.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { PROJECT_DIR } from "../content/project-paths.ts";
import { ALLOW_LIST_FILE } from "../privacy/load-allow-list.ts";
import { buildCmsConfig } from "./cms-config.ts";
import { fieldLabels } from "./pre-save-guard.ts";
import { standaloneValidatorsSource } from "./standalone-validators.ts";

/**
 * @example await bundleAdminScript({ contentRoot: process.cwd(), outFile: "_site/admin/pustaka-cms.js" });
 */
export async function bundleAdminScript({ contentRoot, outFile }: { contentRoot: string; outFile: string }): Promise<void> {
  const virtual: Plugin = {
    name: "pustaka-virtual-modules",
    setup(builder) {
      builder.onResolve({ filter: /^pustaka:/ }, (args) => ({ path: args.path, namespace: "pustaka" }));
      builder.onLoad({ filter: /.*/, namespace: "pustaka" }, (args) => {
        if (args.path === "pustaka:validators")
          return { contents: standaloneValidatorsSource(PROJECT_DIR), loader: "js", resolveDir: PROJECT_DIR };
        // The form's field labels (from the same schemas as admin/config.yml), so a blocked save names the field as the editor sees it.
        if (args.path === "pustaka:field-labels")
          return { contents: JSON.stringify(fieldLabels(buildCmsConfig(PROJECT_DIR))), loader: "json" };
        return { contents: readFileSync(path.join(contentRoot, ALLOW_LIST_FILE), "utf8"), loader: "json" };
      });
    },
  };
  await build({
    entryPoints: [path.join(PROJECT_DIR, "lib/cms/browser/admin.ts")],
    outfile: outFile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    // fingerprint.ts hashes with node:crypto; the browser gets a synchronous SHA-256 instead.
    alias: { "node:crypto": path.join(PROJECT_DIR, "lib/cms/browser/sha256.ts") },
    plugins: [virtual],
  });
}
