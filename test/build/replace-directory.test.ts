import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { replaceDirectory } from "../../lib/build/replace-directory.ts";
import { removeTree, writeTree } from "../../support/content-tree.ts";

let root: string | undefined;
afterEach(() => {
  if (root) removeTree(root);
  root = undefined;
});

describe("replaceDirectory", () => {
  it("swaps the new build in whole, so pages missing from it are gone", () => {
    root = writeTree({ "_site/id/old-draft/index.html": "old", "_site/id/index.html": "old", "fresh/id/index.html": "new" });
    replaceDirectory(path.join(root, "fresh"), path.join(root, "_site"));
    expect(readFileSync(path.join(root, "_site/id/index.html"), "utf8")).toBe("new");
    expect(existsSync(path.join(root, "_site/id/old-draft"))).toBe(false);
    expect(readdirSync(root)).toEqual(["_site"]);
  });

  it("puts the first build in place when there is no old one", () => {
    root = writeTree({ "fresh/index.html": "new" });
    replaceDirectory(path.join(root, "fresh"), path.join(root, "_site"));
    expect(readFileSync(path.join(root, "_site/index.html"), "utf8")).toBe("new");
  });

  it("keeps the old site when the new one cannot be moved in", () => {
    root = writeTree({ "_site/index.html": "old" });
    expect(() => replaceDirectory(path.join(root!, "missing"), path.join(root!, "_site"))).toThrow();
    expect(readFileSync(path.join(root, "_site/index.html"), "utf8")).toBe("old");
  });
});
