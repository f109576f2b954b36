import { describe, expect, it } from "vitest";
import { buildNavigation } from "../../lib/site/navigation.ts";
import { createSiteContext } from "../../lib/site/site-context.ts";
import { loaded, pageEntry } from "../helpers/site-content.ts";

describe("navigation", () => {
  const context = createSiteContext(
    loaded(
      pageEntry("visitor-guide", "id", { navOrder: 2, title: "Panduan" }),
      pageEntry("visitor-guide", "en", { navOrder: 2, title: "Guide" }),
      pageEntry("about", "id", { navOrder: 1, title: "Tentang" }),
      pageEntry("imprint", "en", { title: "Not in the menu" }),
    ),
  );
  const navigation = buildNavigation(context);

  it("puts free pages with a navOrder in the footer in that order", () => {
    expect(navigation.id.footer.map((item) => item.label)).toEqual(["Tentang", "Panduan"]);
  });

  it("links an untranslated footer page in the language it exists in", () => {
    expect(navigation.en.footer).toEqual([
      { label: "Tentang", url: "/id/about/", lang: "id" },
      { label: "Guide", url: "/en/visitor-guide/", lang: "en" },
    ]);
  });

  it("labels the main menu from the dictionary of each language", () => {
    expect(navigation.id.main[0]).toEqual({ label: "Beranda", url: "/id/", lang: "id", section: "home" });
    expect(navigation.en.main.find((item) => item.section === "glossary")?.label).toBe("Glossary");
  });
});
