/**
 * Eleventy plugin: hands each rendered page to the personal-data screen of `npm run build`
 * (lib/privacy/page-screen.ts), which screens it on the other core while Eleventy renders the
 * next. The page itself is left as it is; without a running screen (the dev server) nothing happens.
 */
import { activePageScreen } from "../privacy/page-screen.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

interface TransformContext {
  page: { outputPath?: string | false };
}

/**
 * @example eleventyConfig.addPlugin(pageScreen);
 */
export default function pageScreen(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("page-screen", function (this: TransformContext, content: string) {
    const { outputPath } = this.page;
    if (typeof outputPath === "string" && outputPath.endsWith(".html")) activePageScreen()?.add(outputPath, content);
    return content;
  });
}
