/**
 * CSS through the bundle plugin built into Eleventy 3, written to a file in /assets/ whose
 * name is a hash of its content (so it can be cached for ever and a change is never stale).
 * Never inlined: the public pages' content security policy (lib/site/security-headers.ts) allows
 * styles from the site's own files only.
 * Which CSS goes in is listed in templates/layouts/stylesheet.njk.
 */
import { BundlePlugin } from "@11ty/eleventy";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * @example eleventyConfig.addPlugin(cssBundle);
 */
export default function cssBundle(eleventyConfig: EleventyConfig): void {
  // The plugin's clean-up of empty <style>, <script> and stylesheet links parses and
  // re-serialises every page (a sixth of the rendering time at 1,000 records). The pages never
  // hold an empty one: the one stylesheet link always names the bundle file, and scripts are
  // files. So it is switched off.
  eleventyConfig.addPlugin(BundlePlugin, { bundles: false, pruneEmptySelector: false });
  eleventyConfig.addBundle("css", { toFileDirectory: "assets" });
}
