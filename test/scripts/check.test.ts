import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT, TSX_IMPORT, removeTree, validTree, writeTree } from "../../support/content-tree.ts";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

/** Runs `npm run check` as an editor would, in a project holding the given content. */
function runCheckCli(tree: Record<string, string>) {
  const root = writeTree(tree);
  roots.push(root);
  const result = spawnSync(process.execPath, ["--import", TSX_IMPORT, path.join(REPO_ROOT, "scripts/check.ts")], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stderr}${result.stdout}` };
}

describe("npm run check", () => {
  it("exits 0 and says so in both languages when everything is valid", () => {
    const { status, output } = runCheckCli(validTree());
    expect(output).toContain("no problems — ");
    expect(output).toContain("tidak ada masalah");
    expect(status).toBe(0);
  });

  it("names the file, every wrong field and why, then exits 1", () => {
    const tree = validTree();
    tree["content/case-studies/id/remaja.md"] = tree["content/case-studies/id/remaja.md"]!.replace(
      "period: 2023-Q2\n",
      "period: 14 Juni 2023\n",
    )
      .replace("status: published", "status: published\npermalink: /admin/index.html")
      .replace("  namesRemoved: true", "  namesRemoved: false");
    tree["content/glossary/arisan.json"] = "{ not json";
    const { status, output } = runCheckCli(tree);
    expect(status).toBe(1);
    const lines = output.split("\n");
    const about = (file: string) => lines.filter((line) => line.startsWith(file));
    expect(
      about(
        "content/case-studies/id/remaja.md:5: period: must be a year or a quarter, like 2024 or 2024-Q3 — harus berupa tahun atau triwulan",
      ),
    ).toHaveLength(1);
    expect(about("content/case-studies/id/remaja.md").join("\n")).toMatch(/permalink: is set by the site/);
    expect(about("content/case-studies/id/remaja.md").join("\n")).toMatch(
      /anonymisation\.namesRemoved: must be ticked before the entry can be published/,
    );
    expect(about("content/glossary/arisan.json")).toHaveLength(1);
    expect(output).toMatch(/✗ 4 problems in 2 files \(10 checked\)/);
  });
});
