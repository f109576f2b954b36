import { describe, expect, it } from "vitest";
import { glossaryForms, pageText, termsUsedIn } from "../../lib/site/search-keywords.ts";
import { buildSiteModel } from "../../lib/site/build-site-model.ts";
import { createSiteContext } from "../../lib/site/site-context.ts";
import { glossaryEntry, loaded, moduleEntry } from "../helpers/site-content.ts";

const content = loaded(
  moduleEntry("m", "en", { glossaryTerms: ["majelis-taklim", "secret"] }),
  moduleEntry("m", "id", { glossaryTerms: ["majelis-taklim"] }),
  glossaryEntry("majelis-taklim", {
    term: { id: "majelis taklim", en: "majelis taklim" },
    expansion: { id: "Majelis Taklim", en: "religious study group" },
    keywords: ["pengajian", "Majelis Taklim", "majlis taklim"],
  }),
  glossaryEntry("secret", { draft: true, term: { id: "RAHASIA", en: "SECRET" } }),
);

describe("glossary keywords for search", () => {
  it("gather a term's forms in both languages and its keywords, each once whatever the case", () => {
    expect(glossaryForms(createSiteContext(content), ["majelis-taklim"])).toEqual([
      "majelis taklim",
      "religious study group",
      "pengajian",
      "majlis taklim",
    ]);
  });

  it("put the Indonesian term on the English page that uses it, so a delegate's search for it finds the page", () => {
    const page = buildSiteModel(content).pages.find((candidate) => candidate.url === "/en/modules/m/");
    expect(page?.search?.keywords).toContain("pengajian");
    expect(page?.search?.keywords).toContain("majelis taklim");
  });

  it("never carry the forms of an unpublished term", () => {
    const all = buildSiteModel(content).pages.flatMap((page) => page.search?.keywords ?? []);
    expect(all.join(" ")).not.toMatch(/RAHASIA|SECRET/);
  });
});

describe("finding the glossary terms a page uses", () => {
  const context = createSiteContext(
    loaded(glossaryEntry("radikalisasi", { term: { id: "radikalisasi", en: "radicalisation" }, keywords: ["radikalisme", "radikal"] })),
  );

  it("matches any form of a term as a whole word, whatever the case", () => {
    expect(termsUsedIn(context, "Bahaya RADIKALISME di grup daring")).toEqual(["radikalisasi"]);
    expect(termsUsedIn(context, "Warga yang radikal-radikal")).toEqual(["radikalisasi"]);
    expect(termsUsedIn(context, "radikalismenya")).toEqual([]);
  });

  it("finds every term whose form is at a place, also where forms of two terms begin at the same place", () => {
    const overlapping = createSiteContext(
      loaded(
        glossaryEntry("majelis", { term: { id: "majelis", en: "assembly" } }),
        glossaryEntry("majelis-taklim", { term: { id: "majelis taklim", en: "majelis taklim" } }),
        glossaryEntry("taklim", { term: { id: "taklim", en: "religious lesson" } }),
      ),
    );
    expect(termsUsedIn(overlapping, "Sesi di Majelis Taklim Al-Ikhlas")).toEqual(["majelis", "majelis-taklim", "taklim"]);
    expect(termsUsedIn(overlapping, "majelistaklim, majelis-nya")).toEqual(["majelis"]);
    expect(termsUsedIn(overlapping, "tanpa istilah")).toEqual([]);
  });

  it("reads a page's text, not its addresses", () => {
    expect(
      pageText({ url: "/id/radikal/", title: "Judul", bodyHtml: "<p>Isi <em>radikal</em></p>", items: [{ slug: "x", note: "catatan" }] }),
    ).not.toContain("/id/");
    expect(termsUsedIn(context, pageText({ url: "/id/radikal/", title: "Judul" }))).toEqual([]);
    expect(termsUsedIn(context, pageText({ bodyHtml: "<p>Isi <em>radikal</em></p>" }))).toEqual(["radikalisasi"]);
  });
});
