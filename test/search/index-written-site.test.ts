import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexFileText } from "../../lib/search/decompress-index.ts";
import { indexWrittenSite } from "../../lib/search/index-written-site.ts";
import { removeTree } from "../../support/content-tree.ts";

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>MENU-WORD</nav><main data-pagefind-body>${main}</main></body></html>`;

let site: string;

function write(file: string, html: string): void {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), html);
}

/** Every index file of one language, decompressed to text and joined. */
function indexText(lang: string): string {
  const folder = path.join(site, "pagefind");
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter(
      (file) =>
        /\.pf_/.test(file) &&
        path
          .basename(file)
          .replace(/^pagefind\./, "")
          .startsWith(`${lang}_`),
    )
    .map((file) => indexFileText(file, readFileSync(path.join(folder, file))))
    .join("\n")
    .toLowerCase();
}

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), "pustaka-written-index-"));
  write("index.html", `<!doctype html><html lang="id"><body><h1>ROOT-WORD</h1></body></html>`);
  write("id/a/index.html", page("id", "<h1>Sosialisasi</h1><p>Arisan ibu-ibu PKK.</p><nav>LETTERS-WORD</nav>"));
  write("id/b/index.html", page("id", "<h1>Majelis taklim</h1>"));
  write("en/a/index.html", page("en", "<h1>Awareness</h1><p>A rotating savings group.</p>"));
  // An index left by an earlier build: it must not survive.
  write("pagefind/fragment/id_stale.pf_fragment", "stale");
  await indexWrittenSite(site, ["id", "en"], ({ lang, folder, outputPath, languagesLeft }) => {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    told.push({
      lang,
      languagesLeft,
      outputPath,
      files: new Map(
        files.map((entry) => [
          path.relative(folder, path.join(entry.parentPath, entry.name)),
          readFileSync(path.join(entry.parentPath, entry.name)),
        ]),
      ),
    });
  });
}, 60_000);

const told: { lang: string; languagesLeft: number; outputPath: string; files: Map<string, Buffer> }[] = [];

afterAll(() => removeTree(site));

describe("indexing a written site one language at a time", () => {
  it("writes one entry file naming every language, with its own page count, as one Pagefind run would", () => {
    const entry = JSON.parse(readFileSync(path.join(site, "pagefind/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "id"]);
    expect(entry.languages.id.page_count).toBe(2);
    expect(entry.languages.en.page_count).toBe(1);
    for (const lang of ["id", "en"])
      expect(readdirSync(path.join(site, "pagefind"))).toContain(`pagefind.${entry.languages[lang].hash}.pf_meta`);
  });

  it("keeps each language's words in its own index, the main content only", () => {
    expect(indexText("id")).toContain("sosialisasi");
    expect(indexText("id")).not.toContain("awareness");
    expect(indexText("en")).toContain("awareness");
    for (const word of ["menu", "letters", "root"]) expect(`${indexText("id")}\n${indexText("en")}`).not.toContain(`${word}-word`);
  });

  it("tells after each language where its files are and how many languages are left, and copies those files unchanged", () => {
    expect(told.map(({ lang, languagesLeft }) => [lang, languagesLeft])).toEqual([
      ["id", 1],
      ["en", 0],
    ]);
    for (const { lang, outputPath, files } of told) {
      expect(outputPath).toBe(path.join(site, "pagefind"));
      const ownFragments = [...files.keys()].filter((file) => file.startsWith(`fragment${path.sep}${lang}_`));
      expect(ownFragments.length, lang).toBeGreaterThan(0);
      for (const file of ownFragments) expect(readFileSync(path.join(outputPath, file)).equals(files.get(file)!), file).toBe(true);
    }
  });

  it("replaces the earlier index rather than adding to it", () => {
    expect(readdirSync(path.join(site, "pagefind/fragment"))).not.toContain("id_stale.pf_fragment");
  });
});
