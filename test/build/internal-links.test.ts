import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { removeTree, REPO_ROOT, writeTree } from "../../support/content-tree.ts";
import { brokenInternalLinks, pageUrlOf, siteFileFor, sitePathOf } from "../helpers/internal-links.ts";
import { publicHtmlFiles } from "../helpers/sample-site.ts";

const SITE_URL = (JSON.parse(readFileSync(path.join(REPO_ROOT, "data/site.json"), "utf8")) as { url: string }).url;

describe("the shipped sample site's internal links", () => {
  let workspace: string;
  let out: string;

  beforeAll(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), "pustaka-internal-links-"));
    out = path.join(workspace, "site");
    await buildInChildProcess(REPO_ROOT, out);
  }, 240_000);

  afterAll(() => {
    if (workspace) removeTree(workspace);
  });

  it("resolve, on every public page and in the sitemap, to a file, and every fragment to an element", () => {
    const pages = publicHtmlFiles(out).map((file) => path.relative(out, file));
    expect(pages.length).toBeGreaterThan(20);
    expect(brokenInternalLinks(out, pages, SITE_URL)).toEqual([]);
  });
});

describe("the internal-link checker", () => {
  const site = "https://example.org";
  const page = (body: string, head = "") =>
    `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
  let folder: string;

  beforeAll(() => {
    folder = writeTree({
      "index.html": page(
        `<main id="main">
          <a href="#main">ok: same page</a>
          <a href="#">ok: top of the page</a>
          <a href="#gone">broken: same-page fragment</a>
          <a href="/en/">ok: folder</a>
          <a href="en/#intro">ok: relative, with fragment</a>
          <a href="/en/#nowhere">broken: fragment in another page</a>
          <a href="${site}/en/index.html">ok: the site's own URL</a>
          <a href="${site}/nope.html">broken: the site's own URL</a>
          <a href="/missing/">broken: no such folder</a>
          <a href="/en">broken: folder without its slash</a>
          <a href="https://other.example/missing/">ignored: another site</a>
          <a href="mailto:someone@example.org">ignored: not a page</a>
          <img src="img/logo.png" alt="">
          <form action="/search/"></form>
        </main>`,
        '<link rel="stylesheet" href="style.css"><script type="module" src="/app.js"></script>',
      ),
      "en/index.html": page(
        '<h2 id="intro">Intro</h2><a href="../#main">ok: up one folder</a><a href="../../../etc/passwd">broken: climbs out</a>',
      ),
      "style.css": "body {}",
      "app.js": "",
      "sitemap.xml": `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url><loc>${site}/en/</loc><xhtml:link rel="alternate" hreflang="id" href="${site}/id/"/></url>
  <url><loc>${site}/gone/</loc></url>
  <url><loc>/en/</loc></url>
</urlset>`,
    });
  });

  afterAll(() => removeTree(folder));

  it("reports each broken link and fragment, with its page and reason, and nothing else", () => {
    expect(brokenInternalLinks(folder, ["index.html", path.join("en", "index.html")], site)).toEqual([
      'index.html: #gone (no element with id "gone")',
      'index.html: /en/#nowhere (no element with id "nowhere")',
      `index.html: ${site}/nope.html (no file for /nope.html)`,
      "index.html: /missing/ (no file for /missing/)",
      "index.html: /en (no file for /en)",
      "index.html: img/logo.png (no file for /img/logo.png)",
      "index.html: /search/ (no file for /search/)",
      "en/index.html: ../../../etc/passwd (no file for /etc/passwd)",
      `sitemap.xml: ${site}/gone/ (no file for /gone/)`,
      `sitemap.xml: /en/ (not an address on ${site})`,
      `sitemap.xml: ${site}/id/ (no file for /id/)`,
    ]);
  });

  it("maps pages to their addresses and references to site paths", () => {
    expect(pageUrlOf("index.html")).toBe("/");
    expect(pageUrlOf(path.join("en", "modules", "index.html"))).toBe("/en/modules/");
    expect(pageUrlOf("404.html")).toBe("/404.html");
    expect(sitePathOf("../glossary/#term", "/en/modules/", site)).toBe("/en/glossary/#term");
    expect(sitePathOf("#main", "/404.html", site)).toBe("/404.html#main");
    expect(sitePathOf(`${site}/en/?q=a`, "/", site)).toBe("/en/?q=a");
    expect(sitePathOf("//example.org/en/", "/", site)).toBe("/en/");
    expect(sitePathOf("https://other.example/en/", "/", site)).toBeNull();
    expect(sitePathOf("mailto:someone@example.org", "/", site)).toBeNull();
    expect(siteFileFor(folder, "/en/#intro")).toBe(path.join(folder, "en/index.html"));
    expect(siteFileFor(folder, "/en")).toBeNull();
  });
});
