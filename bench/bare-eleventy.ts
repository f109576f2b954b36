/**
 * The first step of the stock toolchain (stock-toolchain.ts): Eleventy 3 alone, through its
 * programmatic API, on the same Markdown bodies the pipeline publishes, with one minimal
 * Nunjucks layout (html, head, title, body and the content) and no plugins. Everything else is
 * Eleventy's default (Markdown pre-processed by Liquid, default ignores), as a new Eleventy
 * project would have it. The layout keeps `lang` on <html>, so that Pagefind's command line,
 * run next, indexes each language apart as it does for the pipeline.
 */
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";

/** The one layout, a virtual template: nothing but the Markdown files is in the input folder. */
export const BARE_LAYOUT_NAME = "bare.njk";
export const BARE_LAYOUT = `<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<title>{{ title }}</title>
</head>
<body>
{{ content | safe }}
</body>
</html>
`;

/**
 * Builds `input` (Markdown files with front matter title and lang) into `output`.
 * @example await buildBare({ input: "/tmp/bench/bare", output: "/tmp/bench/bare-out" });
 */
export async function buildBare({ input, output }: { input: string; output: string }): Promise<void> {
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    config(eleventyConfig: UserConfig) {
      eleventyConfig.addTemplate(`_includes/${BARE_LAYOUT_NAME}`, BARE_LAYOUT);
      eleventyConfig.addGlobalData("layout", BARE_LAYOUT_NAME);
    },
  });
  await eleventy.write();
}
