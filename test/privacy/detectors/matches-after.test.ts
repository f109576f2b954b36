import { describe, expect, it } from "vitest";
import { matchesAfter } from "../../../lib/privacy/detectors/matches-after.ts";

/** What the pattern with its lookbehind written in front finds: the answer matchesAfter must give. */
const withLookbehind = (text: string, lookbehind: string, body: string, flags: string) =>
  [...text.matchAll(new RegExp(`${lookbehind}(?:${body})`, `g${flags}`))].map((match) => [match.index, match[0], match[1]]);
const checkedApart = (text: string, lookbehind: string, body: string, flags: string) =>
  matchesAfter(text, new RegExp(body, `g${flags}`), new RegExp(lookbehind, `y${flags}`)).map((match) => [match.index, match[0], match[1]]);

describe("matchesAfter", () => {
  it("finds what the pattern with the lookbehind in front finds, passing over the places the lookbehind rejects", () => {
    expect(checkedApart("xPak Pak", "(?<!\\p{L})", "Pak", "u")).toEqual([[5, "Pak", undefined]]);
    const texts = [
      "alias Budi, xalias Budi, 5aka Ucok, .named Tono, (aka Ani)",
      "aliasalias alias",
      "𝒜alias Budi 𝒜 alias Budi",
      "ALIAS Budi ſalias Budi",
      "",
      "tanpa kata isyarat",
    ];
    for (const text of texts)
      for (const [body, flags] of [
        ["(alias|aka|named)(?=[ \\t)])", "iu"],
        ["(a)lias", "u"],
        ["(alias)|(aka)", "iu"],
      ] as const)
        expect(checkedApart(text, "(?<![\\p{L}\\p{N}.])", body, flags), `${text} / ${body}`).toEqual(
          withLookbehind(text, "(?<![\\p{L}\\p{N}.])", body, flags),
        );
  });

  it("keeps a match that starts inside one the lookbehind rejected", () => {
    // "xaka aka": the first "aka" is after a letter; the one after it is found.
    expect(checkedApart("xaka aka", "(?<!\\p{L})", "aka", "u").map(([index]) => index)).toEqual([5]);
    // "xakaka": the "aka" after x is rejected; the one overlapping it, after k, is found.
    expect(checkedApart("xakaka", "(?<!x)", "aka", "u").map(([index]) => index)).toEqual([3]);
  });
});
