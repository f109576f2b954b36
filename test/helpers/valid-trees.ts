import { afterEach } from "vitest";
import { removeTree, validTree, writeTree } from "../../support/content-tree.ts";

/**
 * For a test file: a function that writes a fresh valid content tree (support/content-tree.ts)
 * and returns its root; every tree written during a test is removed after it.
 * @example const tree = validTreesRemovedAfterEach(); it("…", () => { const root = tree(); … });
 */
export function validTreesRemovedAfterEach(): () => string {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach(removeTree));
  return () => {
    const root = writeTree(validTree());
    roots.push(root);
    return root;
  };
}
