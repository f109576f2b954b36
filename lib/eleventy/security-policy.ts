/**
 * Eleventy plugin: ships the policy of lib/site/security-headers.ts twice — as `_headers` at the
 * site root (applied by Netlify and Cloudflare Pages) and, through the Nunjucks global
 * `contentSecurityPolicy`, as the <meta> policy of every public page (which also holds on hosts
 * without custom headers, such as GitHub Pages). Written after the build, not as a template:
 * the policy's quotes must reach the file unescaped, and templates escape everything.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { headersFileText, metaPolicyText, PUBLIC_POLICY } from "../site/security-headers.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { siteLanguages } from "../content/site-languages.ts";

export interface SecurityHeadersOptions {
  /** Folder holding data/site.json, whose languages are the public path prefixes. */
  root: string;
}

/**
 * @example eleventyConfig.addPlugin(securityHeaders, { root: resolveContentRoot() });
 */
export default function securityHeaders(eleventyConfig: EleventyConfig, options: SecurityHeadersOptions): void {
  eleventyConfig.addNunjucksGlobal("contentSecurityPolicy", metaPolicyText(PUBLIC_POLICY));
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    writeFileSync(path.join(directories.output, "_headers"), headersFileText(siteLanguages(options.root)));
  });
}
