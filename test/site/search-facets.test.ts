import { describe, expect, it } from "vitest";
import { periodSortKey } from "../../lib/site/search-facets.ts";
import { buildSiteModel } from "../../lib/site/build-site-model.ts";
import type { SitePage } from "../../lib/site/types.ts";
import { caseStudyEntry, decreeEntry, glossaryEntry, loaded, moduleEntry, teamEntry } from "../helpers/site-content.ts";

const model = buildSiteModel(
  loaded(
    moduleEntry("m", "id", { pillar: "social-cohesion", reviewed: { role: "Fasilitator", date: "2024-11-20" }, glossaryTerms: ["arisan"] }),
    moduleEntry("m", "en", { pillar: "social-cohesion", reviewed: { role: "Facilitator", date: "2024-11-20" }, glossaryTerms: ["arisan"] }),
    caseStudyEntry("c", "en", { period: "2023-Q3", area: "jombang" }),
    caseStudyEntry("c", "id", { period: "2023-Q3", area: "jombang" }),
    teamEntry("jombang"),
    decreeEntry("kepgub"),
    glossaryEntry("arisan", { keywords: ["arisan RT", "rotating savings group"] }),
  ),
);
const at = (url: string) => model.pages.find((page) => page.url === url) as SitePage;
const filters = (url: string) => Object.fromEntries((at(url).search?.filters ?? []).map((filter) => [filter.key, filter.values]));

describe("search facets of a page", () => {
  it("give a module its type, pillar and review year, labelled in the page's language", () => {
    expect(filters("/id/modul/m/")).toEqual({ type: ["Modul pelatihan"], pillar: ["Penguatan kohesi sosial"], year: ["2024"] });
    expect(filters("/en/modules/m/")).toEqual({ type: ["Training modules"], pillar: ["Strengthening social cohesion"], year: ["2024"] });
  });

  it("give a case study the case-management pillar, its kelurahan and the year of its period", () => {
    expect(filters("/en/case-studies/c/")).toEqual({
      type: ["Case studies"],
      pillar: ["Case management"],
      kelurahan: ["Jombang"],
      year: ["2023"],
    });
  });

  it("show the date in the reader's language and sort by it as text", () => {
    expect(at("/id/studi-kasus/c/").search?.meta).toEqual([
      { key: "type", value: "Studi kasus" },
      { key: "date", value: "Triwulan III 2023" },
    ]);
    expect(at("/en/modules/m/").search?.sort).toEqual([{ key: "date", value: "2024-11-20" }]);
    expect(periodSortKey("2023-Q3")).toBe("2023-07-01");
    expect(periodSortKey("2024")).toBe("2024-01-01");
  });

  it("give a team page its kelurahan and pages without a date no year", () => {
    expect(filters("/id/tim/jombang/")).toEqual({ type: ["Tim"], kelurahan: ["Jombang"] });
  });

  it("are absent from pages that are not indexed: 404s, the root and the search page", () => {
    for (const url of ["/", "/404.html", "/id/404.html", "/id/cari/", "/en/search/"]) expect(at(url).search, url).toBeNull();
  });
});
