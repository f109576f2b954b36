import { describe, expect, it } from "vitest";
import { parseCount } from "../../lib/csv/parse-count.ts";

describe("reading participant counts", () => {
  it("reads digits, keeping leading zeros from turning into anything else", () => {
    expect(parseCount(" 30 ")).toEqual({ ok: true, value: 30 });
    expect(parseCount("007")).toEqual({ ok: true, value: 7 });
    expect(parseCount("")).toEqual({ ok: true, value: undefined });
  });

  it("reads thousands separators of either locale as thousands, and flags them", () => {
    for (const text of ["1.200", "1,200", "1 200"]) {
      const result = parseCount(text);
      expect(result.ok && result.value).toBe(1200);
      expect(result.ok && result.warning?.en).toContain("thousands separator");
    }
  });

  it("rejects words, fractions, negatives, ranges and approximations", () => {
    for (const text of ["30 orang", "tiga puluh", "2,5", "12.5", "-3", "±30", "30+", "10-20", "1.2.3"]) {
      expect(parseCount(text).ok, text).toBe(false);
    }
    const negative = parseCount("-3");
    expect(!negative.ok && negative.message).toEqual({ en: '"-3" cannot be negative', id: '"-3" tidak boleh negatif' });
  });
});
