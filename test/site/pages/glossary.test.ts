import { describe, expect, it } from "vitest";
import { buildGlossaryPages, initialLetter, letterAnchor } from "../../../lib/site/pages/glossary.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import { glossaryEntry, loaded, moduleEntry } from "../../helpers/site-content.ts";

describe("glossary", () => {
  const context = createSiteContext(
    loaded(
      glossaryEntry("returni", { term: { id: "returni", en: "returnee" }, related: ["arisan"] }),
      glossaryEntry("arisan", { term: { id: "arisan", en: "arisan" } }),
      glossaryEntry("bnpt", { term: { id: "BNPT", en: "BNPT" } }),
      glossaryEntry("radikalisasi", { term: { id: "radikalisasi", en: "radicalisation" } }),
      moduleEntry("m", "id", { glossaryTerms: ["arisan"] }),
    ),
  );
  const [id, en] = buildGlossaryPages(context);

  it("sorts terms A–Z in each language and files them under their initial letter", () => {
    expect(id!.letters.map((group) => [group.letter, group.terms.map((term) => term.slug)])).toEqual([
      ["A", ["arisan"]],
      ["B", ["bnpt"]],
      ["R", ["radikalisasi", "returni"]],
    ]);
    expect(en!.letters.find((group) => group.letter === "R")!.terms.map((term) => term.term)).toEqual(["radicalisation", "returnee"]);
  });

  it("links related terms to their anchors and points back to the modules that use a term", () => {
    const returni = id!.letters.flatMap((group) => group.terms).find((term) => term.slug === "returni")!;
    expect(returni.related).toEqual([{ slug: "arisan", term: "arisan", url: "/id/glosarium/#arisan" }]);
    const arisan = en!.letters[0]!.terms[0]!;
    expect(arisan.usedIn).toEqual([{ title: "m (id)", url: "/id/modul/m/", lang: "id" }]);
  });

  it("files accented and non-letter initials sensibly", () => {
    expect(initialLetter("Ékstremisme")).toBe("E");
    expect(initialLetter("3M")).toBe("#");
  });

  it("gives letter headings anchors that can never clash with a term's slug", () => {
    expect(letterAnchor("A")).toBe("letter--a");
    expect(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(letterAnchor("A"))).toBe(false);
  });
});
