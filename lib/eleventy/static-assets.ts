/**
 * Files copied as they are: templates/assets/ (the favicon, the search page's script) to
 * /assets/. Only that folder, so nothing from content/ or data/ can be copied into the site by
 * accident.
 */
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * @example eleventyConfig.addPlugin(staticAssets);
 */
export default function staticAssets(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
}
