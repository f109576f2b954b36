import { describe, expect, it } from "vitest";
import { cleanCell, findMojibake, stripFormulaGuard } from "../../lib/csv/cell-text.ts";
import { matchVocabulary } from "../../lib/csv/vocabulary.ts";

describe("cleaning a cell", () => {
  it("collapses whitespace in one-line fields and tidies paragraphs", () => {
    expect(cleanCell("  Sosialisasi\t di   RW  ", "line")).toEqual({ text: "Sosialisasi di RW", problems: [] });
    expect(cleanCell(" Baris satu  \n\n\n\n  baris   dua ", "paragraph").text).toBe("Baris satu\n\nbaris dua");
  });

  it("removes exactly one guard apostrophe per line before a formula character, never stacking", () => {
    expect(stripFormulaGuard("'=1+1")).toBe("=1+1");
    expect(stripFormulaGuard("catatan\n'-daftar\n'@x")).toBe("catatan\n-daftar\n@x");
    expect(stripFormulaGuard("''=1")).toBe("'=1");
    expect(stripFormulaGuard("'biasa")).toBe("'biasa"); // not a guard: no formula character follows
  });

  it("refuses control characters and the replacement character instead of storing them", () => {
    expect(cleanCell("a\u0007b", "line").problems[0]!.en).toContain("U+0007");
    expect(cleanCell("a\u0085b", "line").problems[0]!.en).toContain("U+0085");
    expect(cleanCell("caf\uFFFD", "line").problems[0]!.en).toContain("letters were lost");
  });

  it("recognises mojibake (UTF-8 read as Windows-1252) but not genuine accented text", () => {
    expect(findMojibake("Kafe Ã©lite")).toEqual({ seen: "Ã©", meant: "é" });
    expect(findMojibake("Tim â€œTangguhâ€\u009d")).toMatchObject({ meant: "“" });
    expect(findMojibake("café à la crème, Ñ")).toBeUndefined();
    expect(cleanCell("Sosialisasi â€“ RW", "line").problems[0]!.en).toContain("garbled");
  });
});

describe("matching fixed-list values", () => {
  it("accepts Indonesian and English labels, codes and common spellings", () => {
    expect(matchVocabulary("kelurahan", "Pd. Kacang Timur")).toBe("pondok-kacang-timur");
    expect(matchVocabulary("kelurahan", "KELURAHAN JOMBANG")).toBe("jombang");
    expect(matchVocabulary("pillar", "Penguatan Kohesi Sosial")).toBe("social-cohesion");
    expect(matchVocabulary("pillar", "policy-advocacy")).toBe("policy-advocacy");
    expect(matchVocabulary("forum", "Majlis Ta'lim")).toBe("majelis-taklim");
    expect(matchVocabulary("forum", "Pertemuan RT/RW")).toBe("rt-rw-meeting");
    expect(matchVocabulary("forum", "KWT")).toBe("women-farmers-group");
  });

  it("does not guess at anything else", () => {
    expect(matchVocabulary("kelurahan", "Kalideres")).toBeUndefined();
    expect(matchVocabulary("forum", "Mall")).toBeUndefined();
  });
});
