import { describe, expect, it } from "vitest";
import { alternatesOf, groupByLanguage, missingLanguages, pickVersion } from "../../lib/site/language-versions.ts";
import { moduleEntry } from "../helpers/site-content.ts";

describe("language versions", () => {
  const groups = groupByLanguage([moduleEntry("b", "en"), moduleEntry("a", "id"), moduleEntry("b", "id")]);

  it("pairs the language versions of an entry by their shared file name, sorted by slug", () => {
    expect(groups.map((group) => [group.slug, Object.keys(group.versions).sort()])).toEqual([
      ["a", ["id"]],
      ["b", ["en", "id"]],
    ]);
  });

  it("lists only existing versions as alternates, in the site's language order", () => {
    const [a, b] = groups;
    expect(alternatesOf(b!, ["id", "en"], (lang) => `/${lang}/b/`)).toEqual([
      { lang: "id", url: "/id/b/" },
      { lang: "en", url: "/en/b/" },
    ]);
    expect(alternatesOf(a!, ["id", "en"], (lang) => `/${lang}/a/`)).toEqual([{ lang: "id", url: "/id/a/" }]);
    expect(missingLanguages(a!, ["id", "en"])).toEqual(["en"]);
  });

  it("falls back to the first language that exists when the reader's language does not", () => {
    const [a] = groups;
    expect(pickVersion(a!, "en", ["id", "en"]).lang).toBe("id");
    expect(pickVersion(groups[1]!, "en", ["id", "en"]).lang).toBe("en");
  });
});
