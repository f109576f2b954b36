import { afterAll, describe, expect, it } from "vitest";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenPagesLeft } from "../../lib/privacy/screen-pages-left.ts";
import { contentHash } from "../../lib/privacy/screen-site.ts";
import { REPO_ROOT, removeTree, writeTree } from "../../support/content-tree.ts";

const allowList = loadAllowList(REPO_ROOT);
const PHONE = "0812-3456-7890";
const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

describe("screenPagesLeft", () => {
  it("screens the built pages the earlier screen did not reach, and returns both screens together", async () => {
    const reached = "<p>Sudah diperiksa saat render.</p>";
    const site = writeTree({
      "id/index.html": reached,
      "id/modul/index.html": `<p>Hubungi ${PHONE}</p>`,
      "en/index.html": "<p>Not reached by the render's screen.</p>",
      "assets/site.css": `/* ${PHONE} */`,
    });
    roots.push(site);
    const earlier = { screened: new Map([["id/index.html", contentHash(reached)]]), findings: [] };
    const both = await screenPagesLeft(site, allowList, new Set(), earlier);
    expect([...both.screened.keys()].sort()).toEqual(["en/index.html", "id/index.html", "id/modul/index.html"]);
    expect(both.screened.get("id/index.html")).toBe(contentHash(reached));
    expect(both.findings.map((finding) => `${finding.file} ${finding.kind}`)).toEqual(["id/modul/index.html phone"]);
  });
});
