import { describe, expect, it } from "vitest";
import { cborStrings } from "../../lib/search/cbor-strings.ts";

describe("cborStrings", () => {
  it("collects text strings from arrays and maps in order, skipping numbers and byte strings", () => {
    // ["abc", 1, {"k": h'00ff'}, -2, true]
    const bytes = Uint8Array.from([0x85, 0x63, 0x61, 0x62, 0x63, 0x01, 0xa1, 0x61, 0x6b, 0x42, 0x00, 0xff, 0x21, 0xf5]);
    expect(cborStrings(bytes)).toEqual(["abc", "k"]);
  });

  it("reads long lengths, UTF-8 text and indefinite-length items", () => {
    const long = "sosialisasi ".repeat(30);
    const encoded = new TextEncoder().encode(long);
    const head = [0x79, encoded.length >> 8, encoded.length & 0xff];
    const indefinite = [0x9f, 0x67, ...new TextEncoder().encode("kohési"), 0xff];
    const bytes = Uint8Array.from([0x82, ...head, ...encoded, ...indefinite]);
    const strings = cborStrings(bytes);
    expect(strings[0]).toBe(long);
    expect(strings).toEqual([long, "kohési"]);
  });

  it("refuses a document that ends in the middle of an item", () => {
    expect(() => cborStrings(Uint8Array.from([0x65, 0x61, 0x62]))).toThrow(/ends early/);
  });
});
