import { describe, expect, it } from "vitest";
import { csvSegments, jsonSegments } from "../../lib/privacy/text-segments.ts";

describe("jsonSegments", () => {
  it("decodes every string and number, keeping where each character came from", () => {
    const json = '{"a": "x\\u0040y", "n": 3674}';
    const segments = jsonSegments(json);
    expect(segments.map((s) => s.text)).toEqual(["a", "x@y", "n", "3674"]);
    const decoded = segments[1];
    expect(decoded?.starts).toEqual([7, 8, 14]);
    expect(json.slice(decoded?.starts[1], decoded?.ends[1])).toBe("\\u0040");
  });
});

describe("csvSegments", () => {
  it("reads quoted cells with doubled quotes and points into the file", () => {
    const csv = 'nama,catatan\n"Pak ""R""",x\n';
    const segments = csvSegments(csv);
    expect(segments.map((s) => s.text)).toEqual(["nama", "catatan", 'Pak "R"', "x"]);
    expect(csv[segments[2]?.starts[0] ?? -1]).toBe("P");
  });

  it("guesses a semicolon as the delimiter from the first line", () => {
    expect(csvSegments("a;b\nc, d;e\n").map((s) => s.text)).toEqual(["a", "b", "c, d", "e"]);
  });
});
