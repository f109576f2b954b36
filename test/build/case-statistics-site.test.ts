/**
 * The case statistics pages in a real build: a copy of the shipped sample plus one more period
 * whose complements are unusual numbers, so that a leak of a hidden count into any output file
 * (HTML, sitemap, CSS, anything) would be found by searching for it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { json, removeTree, REPO_ROOT } from "../../support/content-tree.ts";

let workspace: string;
let out: string;
const sampleFiles = readdirSync(path.join(REPO_ROOT, "content/case-stats")).sort();

/** Hidden in the extra period: the 3 is "<5"; row and column complements hide these three. */
const HIDDEN_COMPLEMENTS = [1237, 1409, 2311];

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-case-statistics-"));
  const root = path.join(workspace, "content-root");
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  writeFileSync(
    path.join(root, "content/case-stats/2022.json"),
    json({
      period: "2022",
      counts: [
        { kelurahan: "jombang", concernCategory: "online-exposure", stage: "resolved", count: 3 },
        { kelurahan: "jombang", concernCategory: "intolerance", stage: "resolved", count: 1237 },
        { kelurahan: "muncul", concernCategory: "online-exposure", stage: "resolved", count: 1409 },
        { kelurahan: "muncul", concernCategory: "intolerance", stage: "resolved", count: 2311 },
      ],
    }),
  );
  out = path.join(workspace, "site");
  await buildInChildProcess(root, out);
}, 240_000);

afterAll(() => {
  if (workspace) removeTree(workspace);
});

function outputFiles(): string[] {
  return (
    readdirSync(out, { recursive: true, withFileTypes: true })
      // admin/ is the CMS: Decap's scripts plus files generated from schemas/ (config.yml and the
      // pre-save guard name the case-stats folder and its fields by design); no content is in it.
      .filter((entry) => entry.isFile() && path.relative(out, entry.parentPath) !== "admin")
      .map((entry) => path.join(entry.parentPath, entry.name))
  );
}

const page = (lang: "id" | "en") =>
  load(readFileSync(path.join(out, lang === "id" ? "id/statistik-kasus/index.html" : "en/case-statistics/index.html"), "utf8"));

describe("the built case statistics pages", () => {
  it("exist in both languages, each linking the other, with one section per period, newest first", () => {
    for (const lang of ["id", "en"] as const) {
      const $ = page(lang);
      expect($("html").attr("lang")).toBe(lang);
      expect(
        $("h2[id^=period-]")
          .toArray()
          .map((heading) => $(heading).attr("id")),
      ).toEqual(["period-2024", "period-2023", "period-2022"]);
    }
    expect(page("id")('link[rel="alternate"][hreflang="en"]').attr("href")).toMatch(/\/en\/case-statistics\/$/);
  });

  it("show the shipped sample's small counts as '<5' and explain what that means", () => {
    const $ = page("id");
    const sample2024 = $("#period-2024").closest("section");
    expect(sample2024.find("td").text()).toContain("<5");
    expect($(".stats-legend").text()).toContain("kurang dari 5 kasus");
    expect(page("en")(".stats-legend").text()).toContain("fewer than 5 cases");
  });

  it("use real tables: a caption each, column and row headers with scope", () => {
    const $ = page("en");
    const tables = $("table");
    expect(tables.length).toBe(6);
    for (const table of tables.toArray()) {
      expect($(table).find("caption").text().trim()).not.toBe("");
      expect(
        $(table)
          .find("thead th")
          .toArray()
          .every((cell) => $(cell).attr("scope") === "col"),
      ).toBe(true);
      expect(
        $(table)
          .find("tbody th, tfoot th")
          .toArray()
          .every((cell) => $(cell).attr("scope") === "row"),
      ).toBe(true);
    }
  });

  it("are in the sitemap and the main menu", () => {
    const sitemap = readFileSync(path.join(out, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/id/statistik-kasus/</loc>");
    expect(sitemap).toContain("/en/case-statistics/</loc>");
    expect(page("id")('.site-header__nav a[aria-current="page"]').text()).toBe("Statistik kasus");
  });

  it("leave no hidden count, raw file name or raw record in any output file", () => {
    // The extra period hides what the search below looks for, and shows its totals.
    const extra = page("en")("#period-2022").closest("section");
    expect(
      extra
        .find("td .hidden-count")
        .toArray()
        .map((mark) => page("en")(mark).text()),
    ).toEqual(expect.arrayContaining(["<5", "×"]));
    expect(extra.find("td").text()).toContain("1,240");
    const leaks: string[] = [];
    for (const file of outputFiles()) {
      const text = readFileSync(file, "utf8");
      const numbers = new Set([...text.matchAll(/\d+/g)].map((match) => Number(match[0])));
      for (const hidden of HIDDEN_COMPLEMENTS) if (numbers.has(hidden)) leaks.push(`${file}: ${hidden}`);
      for (const name of ["case-stats", ...sampleFiles, "2022.json", "concernCategory", '"count":'])
        if (text.includes(name)) leaks.push(`${file}: ${name}`);
    }
    expect(leaks).toEqual([]);
  });
});
