/**
 * Eleventy plugin: hands each rendered page to the personal-data screen of `npm run build`
 * (lib/privacy/render-time-screen.ts), which screens it on the other core while Eleventy renders the
 * next. The page itself is left as it is; without a screen (the dev server) nothing happens.
 */
import type { PageScreen } from "../privacy/render-time-screen.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

interface TransformContext {
  page: { outputPath?: string | false };
}

export interface PageScreenOptions {
  /** The screen `npm run build` started (lib/build/build-session.ts); none in the dev server. */
  screen: PageScreen | undefined;
}

/**
 * @example eleventyConfig.addPlugin(pageScreen, { screen: buildSessionOf(eleventyConfig)?.pageScreen });
 */
export default function pageScreen(eleventyConfig: EleventyConfig, { screen }: PageScreenOptions): void {
  if (!screen) return;
  eleventyConfig.addTransform("page-screen", function (this: TransformContext, content: string) {
    const { outputPath } = this.page;
    if (typeof outputPath === "string" && outputPath.endsWith(".html")) screen.add(outputPath, content);
    return content;
  });
}
