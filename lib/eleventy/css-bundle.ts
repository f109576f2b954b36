/**
 * CSS through the bundle plugin built into Eleventy 3, written to a file in /assets/ whose
 * name is a hash of its content (so it can be cached for ever and a change is never stale).
 * Never inlined: a later issue enforces a content security policy without 'unsafe-inline'.
 * Which CSS goes in is listed in templates/layouts/stylesheet.njk.
 */
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * @example eleventyConfig.addPlugin(cssBundle);
 */
export default function cssBundle(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addBundle("css", { toFileDirectory: "assets" });
}
