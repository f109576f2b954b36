import { describe, expect, it } from "vitest";
import { formatPeriodIn } from "../../lib/format/format-period.ts";

const strings = { id: { "period.quarter": "Triwulan {roman} {year}" }, en: { "period.quarter": "Q{quarter} {year}" } };

describe("formatPeriod", () => {
  it("writes a quarter in words from the dictionary and leaves a year as it is", () => {
    expect(formatPeriodIn("2024-Q3", "id", strings)).toBe("Triwulan III 2024");
    expect(formatPeriodIn("2024-Q3", "en", strings)).toBe("Q3 2024");
    expect(formatPeriodIn("2023", "en", strings)).toBe("2023");
  });

  it("refuses anything more precise than a quarter", () => {
    expect(() => formatPeriodIn("2024-07-01", "id", strings)).toThrow(/year or a quarter/);
  });
});
