import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenSiteOnTwoCores, splitInTwo } from "../../lib/privacy/screen-site-on-two-cores.ts";
import { contentHash, planSiteScreen, screenSite } from "../../lib/privacy/screen-site.ts";
import { REPO_ROOT, removeTree, writeTree } from "../../support/content-tree.ts";

const allowList = loadAllowList(REPO_ROOT);
const PHONE = "0812-3456-7890";
const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

/** A Pagefind fragment as Pagefind stores it: gzip of its signature and JSON. */
const fragment = (content: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: "/id/x/", content })}`));

describe("screenSiteOnTwoCores", () => {
  it("finds exactly what the one-core gate finds, in the same order, wherever each file was screened", async () => {
    const files: Record<string, string | Uint8Array> = {};
    for (let i = 0; i < 12; i++) {
      files[`id/halaman-${i}/index.html`] =
        i % 3 === 0 ? `<p>Halaman ${i}: hubungi ${PHONE}.</p>` : `<p>Halaman ${i} tanpa data pribadi. ${"Isi. ".repeat(i * 50)}</p>`;
      files[`pagefind/fragment/id_${i}.pf_fragment`] = fragment(i % 4 === 0 ? `Kontak ${PHONE}` : `Teks bersih ${i}`);
    }
    files["data/teams.csv"] = `name,phone\nTim,${PHONE}\n`;
    const site = writeTree(files);
    roots.push(site);
    const expected = screenSite(site, allowList, new Set());
    expect(expected.length).toBe(4 + 3 + 1);
    expect(await screenSiteOnTwoCores(site, allowList, new Set())).toEqual(expected);
  });

  it("keeps what the screen during rendering found for files unchanged on disk, and screens changed ones again", async () => {
    const clean = "<p>Contact the Jombang team through the kelurahan office.</p>";
    const site = writeTree({ "en/index.html": clean, "id/index.html": `<p>Hubungi ${PHONE}</p>` });
    roots.push(site);
    const earlierFinding = { file: "en/index.html", line: 1, column: 1, kind: "phone" as const, masked: "08••" };
    const earlier = {
      screened: new Map([
        ["en/index.html", contentHash(clean)],
        ["id/index.html", contentHash(clean)],
      ]),
      findings: [earlierFinding, { ...earlierFinding, file: "id/index.html", kind: "email" as const }],
    };
    expect(await screenSiteOnTwoCores(site, allowList, new Set(), earlier)).toEqual(screenSite(site, allowList, new Set(), earlier));
    expect(await screenSiteOnTwoCores(site, allowList, new Set(), earlier)).toEqual([
      earlierFinding,
      expect.objectContaining({ file: "id/index.html", kind: "phone" }),
    ]);
  });
});

describe("splitInTwo", () => {
  it("shares the files out by size, each file once, the shares no further apart than the largest file", () => {
    const site = writeTree(
      Object.fromEntries([3000, 2000, 1500, 900, 800, 400, 100, 50].map((size, i) => [`f${i}.txt`, "x".repeat(size)])),
    );
    roots.push(site);
    const { toScreen } = planSiteScreen(site);
    const [a, b] = splitInTwo(toScreen);
    expect([...a, ...b].map((file) => file.file).sort()).toEqual(toScreen.map((file) => file.file).sort());
    const weight = (share: typeof a) => share.reduce((sum, file) => sum + file.bytes.byteLength, 0);
    expect(Math.abs(weight(a) - weight(b))).toBeLessThanOrEqual(3000);
    expect(Math.min(a.length, b.length)).toBeGreaterThan(0);
  });
});
