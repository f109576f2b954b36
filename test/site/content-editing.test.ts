import { describe, expect, it } from "vitest";
import { cmsEntryUrl, contentEditing } from "../../lib/site/content-editing.ts";

describe("a content page's CMS link", () => {
  it("names the Decap collection by its folder, as the generated CMS configuration does", () => {
    expect(cmsEntryUrl("training-module", "mengenali-tanda-awal")).toBe("/admin/#/collections/modules/entries/mengenali-tanda-awal");
    expect(cmsEntryUrl("case-study", "x")).toBe("/admin/#/collections/case-studies/entries/x");
    expect(cmsEntryUrl("decree", "kepgub-banten-339-05-2023")).toBe("/admin/#/collections/decrees/entries/kepgub-banten-339-05-2023");
  });

  it("refuses content the CMS does not edit, rather than link to a collection that does not exist", () => {
    expect(() => cmsEntryUrl("site-settings", "site")).toThrow(/not edited/);
  });

  it("carries the last review date only when the content has one", () => {
    expect(contentEditing("team", "muncul", null)).toEqual({ cmsUrl: "/admin/#/collections/teams/entries/muncul", lastReviewed: null });
    expect(contentEditing("page", "about", "2024-11-20").lastReviewed).toBe("2024-11-20");
  });
});
