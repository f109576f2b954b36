import { afterEach, describe, expect, it } from "vitest";
import { OFFLINE_INDEX_FOLDER } from "../../lib/offline/offline-index.ts";
import { precacheManifest, searchIndexFiles } from "../../lib/offline/precache-manifest.ts";
import { removeTree, writeTree } from "../../support/content-tree.ts";

/** What Pagefind writes for a bundle (loader, UI, WebAssembly, each language's files) in `folder`. */
const bundle = (folder: string) => [
  `${folder}/pagefind.js`,
  `${folder}/pagefind-worker.js`,
  `${folder}/pagefind-entry.json`,
  `${folder}/pagefind-ui.js`,
  `${folder}/wasm.id.pagefind`,
  `${folder}/wasm.unknown.pagefind`,
  `${folder}/pagefind.id_aa.pf_meta`,
  `${folder}/pagefind.en_bb.pf_meta`,
  `${folder}/index/id_1.pf_index`,
  `${folder}/index/en_2.pf_index`,
  `${folder}/fragment/id_3.pf_fragment`,
  `${folder}/fragment/en_4.pf_fragment`,
  `${folder}/filter/id_5.pf_filter`,
];
const OFFLINE = bundle(OFFLINE_INDEX_FOLDER);
/** The site's full index: never stored at install. */
const FULL = bundle("pagefind");

let root: string | undefined;
afterEach(() => {
  if (root) removeTree(root);
  root = undefined;
});

function site(extra: Record<string, string> = {}): string {
  root = writeTree({
    "id/index.html": "<p>beranda</p>",
    "id/modul/index.html": "<p>modul</p>",
    "id/modul/satu/index.html": "<p>satu</p>",
    "id/kegiatan/index.html": "<p>kegiatan</p>",
    "id/offline.html": "<p>luring</p>",
    "assets/site.css": "body{}",
    "id/glosarium/index.html": "<p>glosarium</p>",
    "id/cari/index.html": "<p>cari</p>",
    ...Object.fromEntries([...OFFLINE, ...FULL].map((file) => [file, file])),
    ...extra,
  });
  return root;
}

describe("searchIndexFiles", () => {
  it("takes Pagefind's loader and the language's own WebAssembly, meta, index, fragment and filter files, nothing of the other language, of the UI or the unused web worker", () => {
    expect(searchIndexFiles(OFFLINE, "id", OFFLINE_INDEX_FOLDER).sort()).toEqual(
      [
        "pagefind-offline/pagefind.js",
        "pagefind-offline/pagefind-entry.json",
        "pagefind-offline/wasm.id.pagefind",
        "pagefind-offline/pagefind.id_aa.pf_meta",
        "pagefind-offline/index/id_1.pf_index",
        "pagefind-offline/fragment/id_3.pf_fragment",
        "pagefind-offline/filter/id_5.pf_filter",
      ].sort(),
    );
  });

  it("falls back to the language-neutral WebAssembly for a language Pagefind has no stemmer for", () => {
    expect(searchIndexFiles(OFFLINE, "en", OFFLINE_INDEX_FOLDER)).toContain("pagefind-offline/wasm.unknown.pagefind");
  });

  it("takes nothing outside the folder it is given", () => {
    expect(searchIndexFiles([...FULL, ...OFFLINE], "id", OFFLINE_INDEX_FOLDER).every((file) => file.startsWith("pagefind-offline/"))).toBe(
      true,
    );
  });
});

const PAGES = ["/id/", "/id/modul/", "/id/modul/satu/", "/id/glosarium/", "/id/cari/", "/id/kegiatan/", "/id/offline.html"];

describe("precacheManifest", () => {
  it("holds exactly the language's offline pages among those written, the assets and the offline search index of the language", () => {
    const manifest = precacheManifest(site(), "id", PAGES);
    expect(manifest.urls).toEqual(
      [
        "/id/",
        "/id/modul/",
        "/id/modul/satu/",
        "/id/glosarium/",
        "/id/cari/",
        "/id/offline.html",
        "/assets/site.css",
        "/pagefind-offline/pagefind.js",
        "/pagefind-offline/pagefind-entry.json",
        "/pagefind-offline/wasm.id.pagefind",
        "/pagefind-offline/pagefind.id_aa.pf_meta",
        "/pagefind-offline/index/id_1.pf_index",
        "/pagefind-offline/fragment/id_3.pf_fragment",
        "/pagefind-offline/filter/id_5.pf_filter",
      ].sort(),
    );
  });

  it("stores nothing of the site's full search index, which grows with every case study and activity", () => {
    expect(precacheManifest(site(), "id", PAGES).urls.filter((url) => url.startsWith("/pagefind/"))).toEqual([]);
  });

  it("refuses to list a cache without the offline search index, which would leave search dead offline", () => {
    const dir = site();
    removeTree(`${dir}/${OFFLINE_INDEX_FOLDER}`);
    expect(() => precacheManifest(dir, "id", PAGES)).toThrow(/No offline search index/);
  });

  it("changes its version when any listed file changes, and only then", () => {
    const first = precacheManifest(site(), "id", PAGES).version;
    removeTree(root!);
    expect(
      precacheManifest(
        site({ "id/kegiatan/index.html": "<p>kegiatan baru</p>", "pagefind/index/id_1.pf_index": "full index, rebuilt" }),
        "id",
        PAGES,
      ).version,
    ).toBe(first);
    removeTree(root!);
    expect(precacheManifest(site({ "id/modul/satu/index.html": "<p>satu, diperbarui</p>" }), "id", PAGES).version).not.toBe(first);
    removeTree(root!);
    expect(
      precacheManifest(site({ "pagefind-offline/fragment/id_3.pf_fragment": "offline index, rebuilt" }), "id", PAGES).version,
    ).not.toBe(first);
  });
});
