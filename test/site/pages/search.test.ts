import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../../lib/site/build-site-model.ts";
import { azLetter } from "../../../lib/site/pages/search.ts";
import type { SearchPage } from "../../../lib/site/types.ts";
import { caseStudyEntry, loaded, moduleEntry, pageEntry } from "../../helpers/site-content.ts";

const model = buildSiteModel(
  loaded(
    moduleEntry("zebra", "id", { title: "Zebra cross" }),
    moduleEntry("zebra", "en", { title: "Zebra crossing" }),
    moduleEntry("only-id", "id", { title: "Édukasi warga" }),
    caseStudyEntry("c", "id", { title: "2024 dalam angka", area: "muncul" }),
    pageEntry("about", "en", { title: "About" }),
    pageEntry("about", "id", { title: "Tentang" }),
  ),
);
const searchPage = (url: string) => model.pages.find((page) => page.url === url) as SearchPage;

describe("the search page", () => {
  it("exists in both languages at the addresses of the route table", () => {
    expect(searchPage("/id/cari/").type).toBe("search");
    expect(searchPage("/en/search/").alternates.map((alternate) => alternate.url)).toEqual(["/id/cari/", "/en/search/"]);
  });

  it("lists every page of its language A to Z, accents folded, digits last, and not itself or a 404", () => {
    const index = searchPage("/id/cari/").azIndex;
    const titles = index.flatMap((group) => group.pages.map((link) => link.title));
    expect(titles).toContain("Édukasi warga");
    expect(titles).toContain("Tentang");
    expect(titles).not.toContain("About");
    expect(index.find((group) => group.pages.some((link) => link.title === "Édukasi warga"))?.letter).toBe("E");
    expect(index.at(-1)).toMatchObject({ letter: "#", anchor: "az-other" });
    const urls = index.flatMap((group) => group.pages.map((link) => link.url));
    expect(urls.filter((url) => url.includes("404") || url === "/id/cari/")).toEqual([]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("offers as filter choices exactly the values the indexed pages of its language have", () => {
    const filters = Object.fromEntries(searchPage("/en/search/").filters.map((filter) => [filter.key, filter]));
    expect(filters.type?.label).toBe("Content type");
    expect(filters.type?.values).toContain("Training modules");
    expect(filters.kelurahan).toBeUndefined(); // the only case study with a kelurahan is Indonesian
    expect(Object.fromEntries(searchPage("/id/cari/").filters.map((filter) => [filter.key, filter.values])).kelurahan).toEqual(["Muncul"]);
  });

  it("files a title under its first letter without accents, or # when it starts otherwise", () => {
    expect(azLetter("ékstremisme")).toBe("E");
    expect(azLetter("“Kutipan”")).toBe("#");
  });
});
