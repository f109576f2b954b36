import { describe, expect, it } from "vitest";
import { sameValue } from "../../lib/cms/browser/quiet-relation-widget.ts";

/** Decap's Immutable List, as far as the comparison goes (immutable is not a dependency of ours). */
const List = (items: string[]) => ({ toJS: () => [...items] });

describe("a relation field's change on opening an entry", () => {
  it("is recognised as the value the field already holds, Immutable or plain", () => {
    expect(sameValue(List(["tim-tangguh", "arisan"]), ["tim-tangguh", "arisan"])).toBe(true);
    expect(sameValue("jombang", "jombang")).toBe(true);
  });

  it("is an edit when an entry is chosen, removed or moved", () => {
    expect(sameValue(List(["tim-tangguh", "arisan", "lurah"]), List(["tim-tangguh", "arisan"]))).toBe(false);
    expect(sameValue(List(["arisan", "tim-tangguh"]), List(["tim-tangguh", "arisan"]))).toBe(false);
    expect(sameValue(List([]), undefined)).toBe(false);
  });
});
