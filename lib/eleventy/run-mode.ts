/**
 * Whether Eleventy runs as the dev server (`npm start`: serve, or watch) rather than one build.
 * Several plugins behave differently there (no offline copy, a dev CMS config, a search index
 * refreshed in the background); they all ask here, so the answer cannot differ between them.
 */

/**
 * @example isDevServer("serve") // true
 * @example isDevServer("build") // false
 */
export function isDevServer(runMode: string | undefined): boolean {
  return runMode === "serve" || runMode === "watch";
}
