/**
 * Settings that keep the build safe and strict. Editors' content never
 * reaches Eleventy, but templates are still protected in depth:
 * - front matter written in JavaScript would run code at build time, so it is refused;
 * - Nunjucks escapes every value it prints unless a template says `| safe` (only rendered
 *   Markdown, whose field names end in Html, may be marked safe);
 * - printing an undefined value is an error rather than an empty string, so a misspelt field
 *   breaks the build instead of silently leaving a blank on a page.
 * Folder-level settings that Eleventy only accepts from the config's return value
 * (markdownTemplateEngine, htmlTemplateEngine, templateFormats) are in .eleventy.ts.
 */
import type { EleventyConfig } from "./eleventy-config.ts";

function refuseJavaScriptFrontMatter(): never {
  throw new Error("JavaScript front matter (---js) is not allowed: it would run code during the build. Use YAML.");
}

/**
 * @example eleventyConfig.addPlugin(hardening);
 */
export default function hardening(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setFrontMatterParsingOptions({
    engines: {
      javascript: refuseJavaScriptFrontMatter,
      js: refuseJavaScriptFrontMatter,
      jsLegacy: refuseJavaScriptFrontMatter,
    },
  });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  // The project's templates never use .gitignore'd files; ignore the temporary build folders
  // explicitly too, so a build can never read its own half-written output.
  eleventyConfig.ignores.add("_site/**");
  eleventyConfig.ignores.add("_site.*/**");
}
