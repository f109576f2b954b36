import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decompressIndexFile, indexFileText } from "../../lib/search/decompress-index.ts";
import { indexSite, type BuiltPage } from "../../lib/search/index-site.ts";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenSite } from "../../lib/privacy/screen-site.ts";
import { REPO_ROOT, removeTree } from "../../support/content-tree.ts";

const PHONE = "0812-3456-7890";
const page = (lang: string, main: string, outside = "") =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>MENU-WORD</nav>${outside}<main data-pagefind-body>${main}</main><footer>FOOTER-WORD</footer></body></html>`;

let site: string;

function indexFiles(dir: string): string[] {
  return readdirSync(path.join(dir, "pagefind"), { recursive: true, encoding: "utf8" }).filter((file) => /\.pf_/.test(file));
}

/** Every index file decompressed to text, joined. */
function indexText(dir: string): string {
  return indexFiles(dir)
    .map((file) => indexFileText(file, readFileSync(path.join(dir, "pagefind", file))))
    .join("\n");
}

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), "pustaka-index-"));
  // The pages on disk are clean; the index is built from other HTML (as addHTMLFile allows):
  // only screening the index itself can find what is in it.
  writeFileSync(path.join(site, "index.html"), page("id", "<h1>Bersih</h1>"));
  await indexSite(site, [
    { url: "/id/a/", content: page("id", `<h1>Sosialisasi</h1><p>Hubungi relawan di ${PHONE} untuk arisan.</p><nav>LETTERS-WORD</nav>`) },
    { url: "/en/a/", content: page("en", "<h1>Awareness</h1><p>A rotating savings group.</p>") },
    { url: "/id/404.html", content: `<!doctype html><html lang="id"><body><h1>NOT-INDEXED-WORD</h1></body></html>` },
  ]);
}, 60_000);

afterAll(() => removeTree(site));

describe("indexSite", () => {
  it("writes one index per language from <html lang>", () => {
    const entry = JSON.parse(readFileSync(path.join(site, "pagefind/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "id"]);
    expect(entry.languages.id.page_count).toBe(1);
  });

  it("indexes only the main content: no menu, footer, nested nav or page without data-pagefind-body", () => {
    const text = indexText(site);
    expect(text).toContain("Sosialisasi");
    for (const word of ["MENU-WORD", "FOOTER-WORD", "LETTERS-WORD", "NOT-INDEXED-WORD"]) expect(text).not.toContain(word);
  });

  it("fails with Pagefind's own message, and writes nothing, when Pagefind reports an error", async () => {
    const other = mkdtempSync(path.join(tmpdir(), "pustaka-index-error-"));
    try {
      // Pagefind answers a page whose address got lost with an error in `errors`, not by throwing.
      const lost = { content: page("id", "x") } as BuiltPage;
      await expect(indexSite(other, [{ url: "/ok/", content: page("id", "ok") }, lost])).rejects.toThrow(
        /Pagefind could not index the page "undefined": the search index was not built\.\n {2}- Either source_path or url must be provided/,
      );
      expect(existsSync(path.join(other, "pagefind"))).toBe(false);
    } finally {
      removeTree(other);
    }
  });
});

describe("decompressIndexFile", () => {
  it("strips gzip and Pagefind's 12-byte signature, and refuses other files", () => {
    const [fragment] = indexFiles(site).filter((file) => file.startsWith(`fragment${path.sep}id_`) || file.startsWith("fragment/id_"));
    const payload = decompressIndexFile(readFileSync(path.join(site, "pagefind", fragment!)));
    expect(JSON.parse(payload.toString("utf8"))).toMatchObject({ url: "/id/a/" });
    expect(() => decompressIndexFile(Buffer.from("not an index"))).toThrow();
  });
});

describe("the last privacy gate over the search index", () => {
  it("finds a phone number that is only in the index, in the page text and in the word index", () => {
    expect(existsSync(path.join(site, "pagefind"))).toBe(true);
    const findings = screenSite(site, loadAllowList(REPO_ROOT), new Set());
    const files = findings.map((finding) => finding.file);
    expect(files.some((file) => /^pagefind\/fragment\/id_.*\.pf_fragment$/.test(file))).toBe(true);
    // The word index stores the number as one word, digits joined: still a phone number.
    expect(files.some((file) => /^pagefind\/index\/id_.*\.pf_index$/.test(file))).toBe(true);
    expect(findings.every((finding) => finding.kind === "phone")).toBe(true);
    expect(JSON.stringify(findings)).not.toContain("3456");
  });
});
