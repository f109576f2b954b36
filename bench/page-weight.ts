/**
 * What a phone downloads to read a training module: the page's HTML and the stylesheets it
 * links, each gzipped (as a static host serves them), and whether the page carries any script
 * at all. The heaviest module page of the built site is reported, so the figure is a ceiling,
 * and every module page is searched for scripts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { LANGUAGES } from "../lib/content/content-types.ts";
import { sectionUrl } from "../lib/content/routes.ts";

export interface PageWeight {
  /** The page's address. */
  url: string;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  /** HTML + CSS, gzipped. */
  totalGzipBytes: number;
  /** <script> elements in the page (inline or external). */
  scripts: number;
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const HREF = /\bhref=["']?([^"' >]+)/i;

/**
 * The weight of the built page at `url` (a folder address; its file is index.html) in `siteDir`.
 * @example pageWeight("_site", "/id/modul/x/") // { htmlGzipBytes: 5789, cssGzipBytes: 6120, … }
 */
export function pageWeight(siteDir: string, url: string): PageWeight {
  const html = readFileSync(path.join(siteDir, url, "index.html"));
  const text = html.toString("utf8");
  let cssGzipBytes = 0;
  for (const link of text.match(STYLESHEET) ?? []) {
    const href = HREF.exec(link)?.[1];
    // Only the site's own stylesheets: an absolute address elsewhere is not in the output.
    if (href?.startsWith("/")) cssGzipBytes += gzipSync(readFileSync(path.join(siteDir, href))).byteLength;
  }
  const htmlGzipBytes = gzipSync(html).byteLength;
  return {
    url,
    htmlGzipBytes,
    cssGzipBytes,
    totalGzipBytes: htmlGzipBytes + cssGzipBytes,
    scripts: (text.match(/<script\b/gi) ?? []).length,
  };
}

/** The module pages of a built site: the heaviest, and how many carry a script. */
export interface ModulePages {
  heaviest: PageWeight;
  pages: number;
  pagesWithScripts: number;
}

/**
 * The training-module pages of the built site (both languages), or undefined when it has none.
 * @example modulePages("/tmp/bench/out")?.heaviest.totalGzipBytes // 11890
 */
export function modulePages(siteDir: string): ModulePages | undefined {
  let heaviest: PageWeight | undefined;
  let pages = 0;
  let pagesWithScripts = 0;
  for (const lang of LANGUAGES) {
    const section = sectionUrl("modules", lang);
    const folder = path.join(siteDir, section);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || !existsSync(path.join(folder, entry.name, "index.html"))) continue;
      const weight = pageWeight(siteDir, `${section}${entry.name}/`);
      pages += 1;
      if (weight.scripts > 0) pagesWithScripts += 1;
      if (!heaviest || weight.totalGzipBytes > heaviest.totalGzipBytes) heaviest = weight;
    }
  }
  return heaviest && { heaviest, pages, pagesWithScripts };
}
