// Decap's entries are Immutable values; `immutable` is installed with decap-cms, whose entries it makes.
import { fromJS } from "immutable";
import { describe, expect, it } from "vitest";
import { withoutBlankFields } from "../../lib/cms/browser/blank-fields.ts";

type Entry = ReturnType<typeof fromJS> & {
  getIn(path: readonly string[]): unknown;
  setIn(path: readonly string[], value: unknown): Entry;
  toJS(): unknown;
};
const entry = (plain: object) => fromJS(plain) as unknown as Entry;

describe("a field the editor emptied", () => {
  it("is left out of the entry, in every language, so an optional field is simply absent", () => {
    const emptied = entry({
      collection: "case-studies",
      data: { status: "draft", anonymisation: { namesRemoved: true, reviewerRole: "", reviewedOn: "  " } },
      i18n: { en: { data: { status: "draft", anonymisation: { reviewerRole: "" } } } },
    });
    expect(withoutBlankFields(emptied).toJS()).toEqual({
      collection: "case-studies",
      data: { status: "draft", anonymisation: { namesRemoved: true } },
      i18n: { en: { data: { status: "draft", anonymisation: {} } } },
    });
  });

  it("keeps a blank line in a list, for the check to point at", () => {
    const withLessons = entry({ collection: "case-studies", data: { lessons: ["Dengarkan dulu.", ""] } });
    expect(withoutBlankFields(withLessons)).toBe(withLessons);
  });

  it("gives back the very same entry when nothing was emptied", () => {
    const full = entry({ collection: "activities", data: { venue: "Aula Kantor Kelurahan", participants: { total: 20 } } });
    expect(withoutBlankFields(full)).toBe(full);
  });
});
