import { describe, expect, it } from "vitest";
import { formatIsoDate } from "../../lib/format/format-date.ts";

describe("formatDate", () => {
  it("writes a date out in Indonesian and British English", () => {
    expect(formatIsoDate("2024-11-04", "id")).toBe("4 November 2024");
    expect(formatIsoDate("2024-12-01", "en")).toBe("1 December 2024");
    expect(formatIsoDate("2024-08-17", "id")).toBe("17 Agustus 2024");
  });

  it("never moves a date to the day before, whatever the machine's time zone", () => {
    expect(formatIsoDate("2024-01-01", "en")).toBe("1 January 2024");
  });

  it("refuses text that is not a YYYY-MM-DD date", () => {
    expect(() => formatIsoDate("4/11/2024", "id")).toThrow(/YYYY-MM-DD/);
  });
});
