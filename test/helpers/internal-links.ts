/**
 * Internal links of a built site, checked against the files on disk: every same-site
 * reference must be a file a static host would serve, and every #fragment must name an element
 * of the page it points to. Works on any folder, so the checker itself can be tested on a
 * hand-made one (test/build/internal-links.test.ts).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { load, type CheerioAPI } from "cheerio";

/** Where pages refer to other files: the attributes a reader's browser follows or loads. */
const REFERENCES: { selector: string; attribute: string }[] = [
  { selector: "a[href]", attribute: "href" },
  { selector: "link[href]", attribute: "href" },
  { selector: "script[src]", attribute: "src" },
  { selector: "img[src]", attribute: "src" },
  { selector: "form[action]", attribute: "action" },
];

/**
 * The address a page is served at: `/en/modules/index.html` → `/en/modules/`.
 * @example pageUrlOf("en/modules/index.html") // "/en/modules/"
 */
export function pageUrlOf(file: string): string {
  return `/${file.split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * The site path (with any `?query#fragment`) a reference on a page leads to, or null when it
 * leaves the site (another host, `mailto:`, …). Absolute addresses on the site's own URL are
 * internal too: canonical and alternate links use them.
 * @example sitePathOf("../glossary/#term", "/en/modules/", "https://example.org") // "/en/glossary/#term"
 */
export function sitePathOf(reference: string, pageUrl: string, siteUrl: string): string | null {
  const root = siteUrl.replace(/\/*$/, "/");
  let resolved: URL;
  try {
    resolved = new URL(reference.trim(), new URL(pageUrl.replace(/^\//, ""), root));
  } catch {
    return null;
  }
  const base = new URL(root);
  if (resolved.origin !== base.origin || !`${resolved.pathname}/`.startsWith(base.pathname)) return null;
  return `/${resolved.pathname.slice(base.pathname.length)}${resolved.search}${resolved.hash}`;
}

/**
 * The file a site path is served from (folders from their index.html), or null when there is
 * none. A folder without its trailing slash is null as well: hosts answer it with a redirect.
 * @example siteFileFor("/tmp/site", "/en/modules/#list") // "/tmp/site/en/modules/index.html"
 */
export function siteFileFor(out: string, sitePath: string): string | null {
  let clean: string;
  try {
    clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const full = path.join(out, clean.endsWith("/") ? `${clean}index.html` : clean);
  // path.join resolves "..": a path that climbs out of the site is no file of it.
  if (!full.startsWith(path.join(out, path.sep)) || !existsSync(full)) return null;
  return statSync(full).isFile() ? full : null;
}

/** Reads and parses each page once, and knows its element ids. */
class Pages {
  private readonly parsed = new Map<string, { $: CheerioAPI; ids: Set<string> }>();

  get(file: string): { $: CheerioAPI; ids: Set<string> } {
    let page = this.parsed.get(file);
    if (!page) {
      const $ = load(readFileSync(file, "utf8"));
      const ids = new Set(
        $("[id]")
          .toArray()
          .map((element) => $(element).attr("id")!),
      );
      page = { $, ids };
      this.parsed.set(file, page);
    }
    return page;
  }
}

/** Why a fragment does not resolve in a target page, or null when it does. */
function fragmentProblem(hash: string, targetFile: string, sitePath: string, pages: Pages): string | null {
  // "#" alone goes to the top of the page. After /admin/#, the fragment is a route of Decap's
  // own router, not an element. Fragments of non-HTML files are not ids.
  if (hash === "" || hash === "#" || sitePath.startsWith("/admin/") || !targetFile.endsWith(".html")) return null;
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.slice(1));
  } catch {
    return `fragment "${hash}" is not valid percent-encoding`;
  }
  return pages.get(targetFile).ids.has(fragment) ? null : `no element with id "${fragment}"`;
}

/**
 * Every broken same-site reference of the given pages (paths relative to `out`), and of the
 * addresses in `out/sitemap.xml` when there is one, as `page: reference (reason)` lines; empty
 * when everything resolves.
 * @example expect(brokenInternalLinks(out, ["index.html", "en/index.html"], "https://example.org")).toEqual([]);
 */
export function brokenInternalLinks(out: string, pageFiles: string[], siteUrl: string): string[] {
  const pages = new Pages();
  const broken: string[] = [];
  for (const file of pageFiles) {
    const { $ } = pages.get(path.join(out, file));
    for (const { selector, attribute } of REFERENCES) {
      for (const element of $(selector).toArray()) {
        const reference = $(element).attr(attribute)!;
        const sitePath = sitePathOf(reference, pageUrlOf(file), siteUrl);
        if (sitePath === null) continue;
        const targetFile = siteFileFor(out, sitePath);
        if (!targetFile) {
          broken.push(`${file}: ${reference} (no file for ${sitePath.split(/[?#]/)[0]})`);
          continue;
        }
        const hashAt = sitePath.indexOf("#");
        const problem = fragmentProblem(hashAt === -1 ? "" : sitePath.slice(hashAt), targetFile, sitePath, pages);
        if (problem) broken.push(`${file}: ${reference} (${problem})`);
      }
    }
  }
  return [...broken, ...brokenSitemapAddresses(out, siteUrl)];
}

/**
 * Sitemap addresses (`<loc>` and the `xhtml:link` alternates) that are not on the site's URL or
 * have no file.
 */
function brokenSitemapAddresses(out: string, siteUrl: string): string[] {
  const sitemapFile = path.join(out, "sitemap.xml");
  if (!existsSync(sitemapFile)) return [];
  const $ = load(readFileSync(sitemapFile, "utf8"), { xml: true });
  const addresses = [
    ...$("loc")
      .toArray()
      .map((element) => $(element).text().trim()),
    ...$("xhtml\\:link[href]")
      .toArray()
      .map((element) => $(element).attr("href")!),
  ];
  return addresses.flatMap((address) => {
    // A sitemap must list absolute addresses on the site itself.
    const sitePath = /^https?:\/\//.test(address) ? sitePathOf(address, "/", siteUrl) : null;
    if (sitePath === null) return [`sitemap.xml: ${address} (not an address on ${siteUrl})`];
    return siteFileFor(out, sitePath) ? [] : [`sitemap.xml: ${address} (no file for ${sitePath})`];
  });
}
