import { afterEach, describe, expect, it } from "vitest";
import { precacheManifest, searchIndexFiles } from "../../lib/offline/precache-manifest.ts";
import { removeTree, writeTree } from "../helpers/content-tree.ts";

const PAGEFIND = [
  "pagefind/pagefind.js",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind-entry.json",
  "pagefind/pagefind-ui.js",
  "pagefind/wasm.id.pagefind",
  "pagefind/wasm.unknown.pagefind",
  "pagefind/pagefind.id_aa.pf_meta",
  "pagefind/pagefind.en_bb.pf_meta",
  "pagefind/index/id_1.pf_index",
  "pagefind/index/en_2.pf_index",
  "pagefind/fragment/id_3.pf_fragment",
  "pagefind/fragment/en_4.pf_fragment",
  "pagefind/filter/id_5.pf_filter",
];

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
    ...Object.fromEntries(PAGEFIND.map((file) => [file, file])),
    ...extra,
  });
  return root;
}

describe("searchIndexFiles", () => {
  it("takes Pagefind's loader and the language's own WebAssembly, meta, index, fragment and filter files, nothing of the other language, of the UI or the unused web worker", () => {
    expect(searchIndexFiles(PAGEFIND, "id").sort()).toEqual(
      [
        "pagefind/pagefind.js",
        "pagefind/pagefind-entry.json",
        "pagefind/wasm.id.pagefind",
        "pagefind/pagefind.id_aa.pf_meta",
        "pagefind/index/id_1.pf_index",
        "pagefind/fragment/id_3.pf_fragment",
        "pagefind/filter/id_5.pf_filter",
      ].sort(),
    );
  });

  it("falls back to the language-neutral WebAssembly for a language Pagefind has no stemmer for", () => {
    expect(searchIndexFiles(PAGEFIND, "en")).toContain("pagefind/wasm.unknown.pagefind");
  });
});

describe("precacheManifest", () => {
  it("lists the language's offline pages among the written ones, the assets and the search files", () => {
    const manifest = precacheManifest(site(), "id", ["/id/", "/id/modul/", "/id/modul/satu/", "/id/kegiatan/", "/id/offline.html"]);
    expect(manifest.urls).toContain("/id/modul/satu/");
    expect(manifest.urls).toContain("/assets/site.css");
    expect(manifest.urls).toContain("/pagefind/index/id_1.pf_index");
    expect(manifest.urls).not.toContain("/id/kegiatan/");
    expect(manifest.urls).not.toContain("/pagefind/index/en_2.pf_index");
  });

  it("changes its version when any listed file changes, and only then", () => {
    const pages = ["/id/", "/id/modul/", "/id/modul/satu/", "/id/kegiatan/", "/id/offline.html"];
    const first = precacheManifest(site(), "id", pages).version;
    removeTree(root!);
    expect(precacheManifest(site({ "id/kegiatan/index.html": "<p>kegiatan baru</p>" }), "id", pages).version).toBe(first);
    removeTree(root!);
    expect(precacheManifest(site({ "id/modul/satu/index.html": "<p>satu, diperbarui</p>" }), "id", pages).version).not.toBe(first);
  });
});

