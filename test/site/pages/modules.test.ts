import { describe, expect, it } from "vitest";
import { buildModulePages } from "../../../lib/site/pages/modules.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import type { ModuleIndexPage, ModulePage } from "../../../lib/site/types.ts";
import { glossaryEntry, loaded, moduleEntry } from "../../helpers/site-content.ts";

const context = createSiteContext(
  loaded(
    // File names deliberately out of course order.
    moduleEntry("z-first", "id", { order: 1, pillar: "foundations" }),
    moduleEntry("z-first", "en", { order: 1, pillar: "foundations" }),
    moduleEntry("a-second", "id", { order: 2, glossaryTerms: ["arisan", "not-published"] }),
    moduleEntry("m-third", "id", { order: 3, pillar: "policy-advocacy" }),
    moduleEntry("m-third", "en", { order: 3, pillar: "policy-advocacy" }),
    glossaryEntry("arisan", { term: { id: "arisan", en: "arisan (savings group)" } }),
  ),
);
const pages = buildModulePages(context);
const modulePage = (url: string) => pages.find((page) => page.url === url) as ModulePage;
const index = (lang: string) => pages.find((page) => page.type === "module-index" && page.lang === lang) as ModuleIndexPage;

describe("module pages", () => {
  it("links previous and next in course order, not in file-name order", () => {
    const second = modulePage("/id/modul/a-second/");
    expect(second.previous?.url).toBe("/id/modul/z-first/");
    expect(second.next?.url).toBe("/id/modul/m-third/");
    expect(modulePage("/id/modul/z-first/").previous).toBeNull();
    expect(modulePage("/id/modul/m-third/").next).toBeNull();
  });

  it("keeps previous and next inside the reader's language, skipping untranslated modules", () => {
    expect(modulePage("/en/modules/z-first/").next?.url).toBe("/en/modules/m-third/");
    expect(modulePage("/en/modules/m-third/").previous?.url).toBe("/en/modules/z-first/");
  });

  it("marks a module whose translation is missing and offers only the existing language", () => {
    const second = modulePage("/id/modul/a-second/");
    expect(second.missingTranslations).toEqual(["en"]);
    expect(second.alternates).toEqual([{ lang: "id", url: "/id/modul/a-second/" }]);
    expect(pages.some((page) => page.url === "/en/modules/a-second/")).toBe(false);
    expect(modulePage("/en/modules/z-first/").missingTranslations).toEqual([]);
  });

  it("groups the index by pillar in course order and lists untranslated modules in their own language", () => {
    const groups = index("en").groups;
    expect(groups.map((group) => group.pillar)).toEqual([
      "foundations",
      "awareness",
      "case-management",
      "social-cohesion",
      "policy-advocacy",
    ]);
    const awareness = groups.find((group) => group.pillar === "awareness")!;
    expect(awareness.modules).toMatchObject([{ slug: "a-second", lang: "id", url: "/id/modul/a-second/" }]);
    expect(groups.find((group) => group.pillar === "case-management")!.modules).toEqual([]);
  });

  it("links only published glossary terms, to their anchor, with the term in the page's language", () => {
    expect(modulePage("/id/modul/a-second/").glossaryTerms).toEqual([{ slug: "arisan", term: "arisan", url: "/id/glosarium/#arisan" }]);
  });

  it("renders the Markdown body with the hardened renderer", () => {
    expect(modulePage("/id/modul/z-first/").bodyHtml).toContain("<h2>Bagian</h2>");
  });
});
