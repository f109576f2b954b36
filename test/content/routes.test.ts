import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  outputFileOf,
  actionPlanItemUrl,
  entryUrl,
  freePageUrl,
  glossaryTermUrl,
  notFoundUrl,
  reservedFreePageSlugs,
  sectionUrl,
} from "../../lib/content/routes.ts";

describe("routes", () => {
  it("puts Indonesian under /id/ and English under /en/ with translated section names", () => {
    expect(sectionUrl("modules", "id")).toBe("/id/modul/");
    expect(sectionUrl("modules", "en")).toBe("/en/modules/");
    expect(sectionUrl("case-studies", "id")).toBe("/id/studi-kasus/");
    expect(sectionUrl("decree", "en")).toBe("/en/decree/");
    expect(sectionUrl("action-plan", "id")).toBe("/id/rencana-tindak-lanjut/");
    expect(sectionUrl("home", "en")).toBe("/en/");
    expect(sectionUrl("case-statistics", "id")).toBe("/id/statistik-kasus/");
    expect(sectionUrl("case-statistics", "en")).toBe("/en/case-statistics/");
    expect(sectionUrl("search", "id")).toBe("/id/cari/");
    expect(sectionUrl("search", "en")).toBe("/en/search/");
  });

  it("keeps an entry's slug in both languages so translations find each other", () => {
    expect(entryUrl("teams", "id", "jombang")).toBe("/id/tim/jombang/");
    expect(entryUrl("teams", "en", "jombang")).toBe("/en/teams/jombang/");
    expect(freePageUrl("en", "visitor-guide")).toBe("/en/visitor-guide/");
  });

  it("addresses glossary terms and action-plan items as anchors on their one page", () => {
    expect(glossaryTermUrl("id", "arisan")).toBe("/id/glosarium/#arisan");
    expect(actionPlanItemUrl("en", "x")).toBe("/en/action-plan/#x");
    expect(notFoundUrl("en")).toBe("/en/404.html");
  });

  it("reserves every section name in every language for the sections themselves", () => {
    const reserved = reservedFreePageSlugs();
    for (const name of ["modul", "modules", "glosarium", "glossary", "tim", "teams", "assets", "404", "cari", "search", "pagefind"]) {
      expect(reserved.has(name)).toBe(true);
    }
    expect(reserved.has("about")).toBe(false);
  });
});

describe("outputFileOf", () => {
  it("maps folder addresses to their index.html and file addresses to the file", () => {
    expect(outputFileOf("/s", "/id/modul/")).toBe(path.join("/s", "id/modul/index.html"));
    expect(outputFileOf("/s", "/id/offline.html")).toBe(path.join("/s", "id/offline.html"));
    expect(outputFileOf("/s", "/")).toBe(path.join("/s", "index.html"));
  });
});
