import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { startPageScreen } from "../../lib/privacy/render-time-screen.ts";
import { contentHash } from "../../lib/privacy/screen-site.ts";
import { REPO_ROOT, removeTree, writeTree } from "../../support/content-tree.ts";

const allowList = loadAllowList(REPO_ROOT);
const PHONE = "0812-3456-7890";
const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

const page = (n: number) => `<html><body><p>Halaman ${n}: hubungi ${PHONE}</p></body></html>`;

describe("the render-time page screen", () => {
  it("screens every page handed to it before it finishes, and says which with the hash of their bytes", async () => {
    const site = writeTree({ "x.txt": "" });
    roots.push(site);
    const screen = startPageScreen(site, allowList, new Set());
    for (let n = 0; n < 20; n++) screen.add(path.join(site, `p${n}/index.html`), page(n));
    const earlier = await screen.finish();
    await screen.abandon();
    expect(earlier.screened.size).toBe(20);
    expect(earlier.screened.get("p3/index.html")).toBe(contentHash(page(3)));
    expect(earlier.findings.filter((finding) => finding.kind === "phone")).toHaveLength(20);
  });

  it("when stopped, counts as screened only the pages it read, each with its findings", async () => {
    const site = writeTree({ "x.txt": "" });
    roots.push(site);
    const screen = startPageScreen(site, allowList, new Set());
    for (let n = 0; n < 2_000; n++) screen.add(path.join(site, `p${n}/index.html`), page(n));
    const earlier = await screen.stop();
    await screen.abandon();
    // Stopped straight after 2,000 pages were handed over: the worker cannot have read them all.
    expect(earlier.screened.size).toBeLessThan(2_000);
    const withFindings = new Set(earlier.findings.map((finding) => finding.file));
    expect([...withFindings].sort()).toEqual([...earlier.screened.keys()].sort());
  });
});
