import { describe, expect, it } from "vitest";
import { lookbehindApart, matchesAfter } from "../../../lib/privacy/detectors/matches-after.ts";

const found = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, ...match]);
/** The pattern as written, and split: both must find the same. */
const asWritten = (text: string, regex: RegExp) => found([...text.matchAll(regex)]);
const split = (text: string, regex: RegExp) => found(matchesAfter(text, lookbehindApart(regex)));

describe("lookbehindApart and matchesAfter", () => {
  it("find what the pattern as written finds, passing over the places its lookbehind rejects", () => {
    expect(split("xPak Pak", /(?<!\p{L})Pak/gu)).toEqual([[5, "Pak"]]);
    const texts = [
      "alias Budi, xalias Budi, 5aka Ucok, .named Tono, (aka Ani)",
      "aliasalias alias",
      "𝒜alias Budi 𝒜 alias Budi",
      "ALIAS Budi ſalias Budi",
      "kontak: @budi_s, surel budi@contoh.id, @media, x@y",
      "",
    ];
    const patterns = [
      /(?<![\p{L}\p{N}.])(alias|aka|named)(?=[ \t)])/giu,
      /(?<![\p{L}\p{N}.])(?:(alias)|(aka))/giu,
      /(?<=[ ,])(a)lias/gu,
      /(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_]+(?![\w@/])/gu,
      /(?<![\p{L}\p{N}.\-[\]()])(?:[(]?aka[)]?)/giu,
    ];
    for (const text of texts)
      for (const regex of patterns) expect(split(text, regex), `${text} / ${regex}`).toEqual(asWritten(text, regex));
  });

  it("keep a match that overlaps one the lookbehind rejected", () => {
    // "xakaka": the "aka" after x is rejected; the one overlapping it, after k, is found.
    expect(split("xakaka", /(?<!x)aka/gu).map(([index]) => index)).toEqual([3]);
  });

  it("take the lookbehind off the front, with the pattern's flags", () => {
    const { pattern, before } = lookbehindApart(/(?<![\p{L}(])(?:a|b)c/giu);
    expect([pattern.source, pattern.flags, before.source, before.flags]).toEqual(["(?:a|b)c", "giu", "(?<![\\p{L}(])", "iuy"]);
  });

  it("refuse a pattern whose lookbehind would belong to its first alternative only, or that has none", () => {
    expect(() => lookbehindApart(/(?<!x)a|b/gu)).toThrow(/first alternative/);
    expect(() => lookbehindApart(/abc/gu)).toThrow(/begins with a lookbehind/);
    expect(() => lookbehindApart(/(?<!x)abc/u)).toThrow(/global/);
  });
});
