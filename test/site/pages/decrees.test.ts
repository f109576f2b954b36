import { describe, expect, it } from "vitest";
import { buildDecreePages } from "../../../lib/site/pages/decrees.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import type { DecreePage } from "../../../lib/site/types.ts";
import { decreeEntry, loaded } from "../../helpers/site-content.ts";

const decreePage = (pages: ReturnType<typeof buildDecreePages>, url: string) => pages.find((page) => page.url === url) as DecreePage;

describe("decree pages", () => {
  it("show no legal basis and no parts until editors have entered them", () => {
    const pages = buildDecreePages(createSiteContext(loaded(decreeEntry("kepgub"))));
    const page = decreePage(pages, "/id/keputusan/kepgub/");
    expect(page.legalBasis).toEqual([]);
    expect(page.parts).toEqual([]);
    expect(page.signedOn).toBeNull();
  });

  it("give English readers the official Indonesian text beside the translation", () => {
    const pages = buildDecreePages(
      createSiteContext(
        loaded(
          decreeEntry("kepgub", {
            legalBasis: [{ id: "Undang-Undang", en: "Law" }],
            parts: [{ label: "KESATU", textId: "Teks resmi.", textEn: "Official text." }],
          }),
        ),
      ),
    );
    expect(decreePage(pages, "/en/decree/kepgub/").parts).toEqual([
      { label: "KESATU", officialParagraphs: ["Teks resmi."], translationParagraphs: ["Official text."] },
    ]);
    expect(decreePage(pages, "/en/decree/kepgub/").legalBasis).toEqual([{ text: "Law", original: "Undang-Undang" }]);
    expect(decreePage(pages, "/id/keputusan/kepgub/").parts[0]!.translationParagraphs).toBeNull();
  });

  it("link each pillar of the crosswalk to that pillar's modules", () => {
    const pages = buildDecreePages(createSiteContext(loaded(decreeEntry("kepgub"))));
    expect(decreePage(pages, "/en/decree/kepgub/").crosswalk[0]!.modulesUrl).toBe("/en/modules/#policy-advocacy");
  });
});
