import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../support/content-tree.ts";
import { buildWithSessionInChildProcess } from "../helpers/build-in-child.ts";

// A title no file on disk holds: only the session's check, held in memory, can bring it to the page.
const TITLE_IN_MEMORY = "Tentang Pustaka Tangguh (judul dari sesi build)";

let workspace: string;
let out: string;
let earlier: { screened: string[]; findings: number };

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-build-session-"));
  out = path.join(workspace, "site");
  earlier = await buildWithSessionInChildProcess(REPO_ROOT, out, { file: "content/pages/id/about.md", title: TITLE_IN_MEMORY });
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe("the build session npm run build hands to Eleventy", () => {
  it("feeds every page Eleventy renders to the page screen while it renders", () => {
    const rendered = (readdirSync(out, { recursive: true }) as string[])
      .map((file) => file.split(path.sep).join("/"))
      // The CMS page is copied in after the build by its plugin, not rendered.
      .filter((file) => file.endsWith(".html") && !file.startsWith("admin/"))
      .sort();
    expect(rendered.length).toBeGreaterThan(50);
    expect([...earlier.screened].sort()).toEqual(rendered);
    expect(earlier.findings).toBe(0);
  });

  it("builds the site from the session's check instead of checking the files again", () => {
    expect(readFileSync(path.join(out, "id/about/index.html"), "utf8")).toContain(TITLE_IN_MEMORY);
  });
});
