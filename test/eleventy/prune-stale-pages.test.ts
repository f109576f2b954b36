import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stalePages } from "../../lib/eleventy/prune-stale-pages.ts";
import { removeTree, writeTree } from "../../support/content-tree.ts";

let root: string | undefined;
afterEach(() => {
  if (root) removeTree(root);
  root = undefined;
});

describe("stalePages", () => {
  it("finds pages the latest build did not write, and leaves assets alone", () => {
    root = writeTree({
      "id/index.html": "new",
      "id/modul/old-draft/index.html": "stale",
      "sitemap.xml": "new",
      "assets/abc.css": "css",
    });
    const written = new Set([path.join(root, "id/index.html"), path.join(root, "sitemap.xml")]);
    expect(stalePages(root, written)).toEqual([path.join(root, "id/modul/old-draft/index.html")]);
  });

  it("finds nothing in an output folder that does not exist yet", () => {
    expect(stalePages("/nonexistent/pustaka-output", new Set())).toEqual([]);
  });
});
