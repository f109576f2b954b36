/**
 * `npm run build` on the shipped sample publishes it: every gate (the check, the page screen,
 * the last screen of every built file and of the decompressed search index) lets it through.
 * The other build tests build without the gates; this one is what a deployment runs.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishInChildProcess } from "../helpers/build-in-child.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

describe("npm run build on the sample content", () => {
  it("publishes it: the check and every personal-data gate pass", async () => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), "pustaka-publish-")), "site");
    const outcome = await publishInChildProcess(REPO_ROOT, outDir);
    expect(outcome.findings).toEqual([]);
    expect(outcome.built).toBe(true);
  }, 180_000);
});
