import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFLINE_INDEX_FOLDER, offlineIndexPages, writeOfflineIndex } from "../../lib/offline/offline-index.ts";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenSite } from "../../lib/privacy/screen-site.ts";
import { indexFileText } from "../../lib/search/decompress-index.ts";
import { removeTree, REPO_ROOT, writeTree } from "../../support/content-tree.ts";

const PHONE = "0812-3456-7890";
const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>MENU-WORD</nav><main data-pagefind-body>${main}</main></body></html>`;

const WRITTEN = [
  "/id/",
  "/id/modul/",
  "/id/modul/satu/",
  "/id/glosarium/",
  "/id/cari/",
  "/id/studi-kasus/dua/",
  "/en/",
  "/en/modules/one/",
  "/en/activities/",
  "/en/offline.html",
  "/data/activities.csv",
];

let site: string;
let indexed: number;

/** Every fragment of the offline index: the pages it can show as results. */
function fragmentUrls(): string[] {
  const folder = path.join(site, OFFLINE_INDEX_FOLDER, "fragment");
  return readdirSync(folder)
    .map((file) => (JSON.parse(indexFileText(file, readFileSync(path.join(folder, file)))) as { url: string }).url)
    .sort();
}

beforeAll(async () => {
  site = writeTree({
    "id/index.html": page("id", "<h1>Beranda</h1>"),
    "id/modul/index.html": page("id", "<h1>Modul</h1>"),
    "id/modul/satu/index.html": page("id", "<h1>Sosialisasi</h1><p>Arisan warga.</p>"),
    "id/glosarium/index.html": page("id", `<h1>Glosarium</h1><p>Hubungi ${PHONE}.</p>`),
    // The search page carries no data-pagefind-body: read and skipped, as in the full index.
    "id/cari/index.html": `<!doctype html><html lang="id"><body><main><h1>Cari</h1></main></body></html>`,
    "id/studi-kasus/dua/index.html": page("id", "<h1>CASE-STUDY-WORD</h1>"),
    "en/index.html": page("en", "<h1>Home</h1>"),
    "en/modules/one/index.html": page("en", "<h1>Awareness</h1>"),
    "en/activities/index.html": page("en", "<h1>ACTIVITIES-WORD</h1>"),
    "en/offline.html": `<!doctype html><html lang="en"><body><main><h1>Offline</h1></main></body></html>`,
    "data/activities.csv": "a,b\n",
  });
  indexed = await writeOfflineIndex(site, WRITTEN, ["id", "en"]);
}, 60_000);

afterAll(() => removeTree(site));

describe("offlineIndexPages", () => {
  it("takes the written pages kept offline in any language, and nothing else", () => {
    expect(offlineIndexPages(WRITTEN, ["id", "en"])).toEqual([
      "/id/",
      "/id/modul/",
      "/id/modul/satu/",
      "/id/glosarium/",
      "/id/cari/",
      "/en/",
      "/en/modules/one/",
      "/en/offline.html",
    ]);
  });
});

describe("writeOfflineIndex", () => {
  it("indexes the home page, the modules and the glossary of each language, and no other page", () => {
    expect(fragmentUrls()).toEqual(["/en/", "/en/modules/one/", "/id/", "/id/glosarium/", "/id/modul/", "/id/modul/satu/"]);
    expect(indexed).toBe(6);
  });

  it("leaves out menus, like the full index", () => {
    const text = readdirSync(path.join(site, OFFLINE_INDEX_FOLDER, "fragment"))
      .map((file) => indexFileText(file, readFileSync(path.join(site, OFFLINE_INDEX_FOLDER, "fragment", file))))
      .join("\n");
    expect(text).not.toContain("MENU-WORD");
  });

  it("is screened for personal data by the last gate, like every published file", () => {
    const findings = screenSite(site, loadAllowList(REPO_ROOT), new Set());
    expect(findings.some((finding) => finding.file.startsWith(`${OFFLINE_INDEX_FOLDER}/`) && finding.kind === "phone")).toBe(true);
  });
});
