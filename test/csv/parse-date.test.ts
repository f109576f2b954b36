import { describe, expect, it } from "vitest";
import { isMonthFirst, parseDate } from "../../lib/csv/parse-date.ts";

const today = "2025-06-30";
const iso = (text: string) => {
  const result = parseDate(text, { today });
  return result.ok ? result.iso : `error: ${result.message.en}`;
};
const warnings = (text: string, context = { today }) => {
  const result = parseDate(text, context);
  return result.ok ? result.warnings.map((w) => w.en) : [];
};

describe("reading dates", () => {
  it("reads the ways Indonesian volunteers write a date", () => {
    expect(iso("4 November 2024")).toBe("2024-11-04");
    expect(iso("4 Nopember 2024")).toBe("2024-11-04");
    expect(iso("04 Okt 2024")).toBe("2024-10-04");
    expect(iso("17 Agt. 2024")).toBe("2024-08-17");
    expect(iso("Senin, 4 November 2024")).toBe("2024-11-04");
    expect(iso("Jum'at 8 Nov 2024")).toBe("2024-11-08");
    expect(iso("04/11/2024")).toBe("2024-11-04");
    expect(iso("4-11-2024")).toBe("2024-11-04");
    expect(iso("04.11.2024")).toBe("2024-11-04");
    expect(iso("2024-11-04")).toBe("2024-11-04");
    expect(iso("2024-11-04 00:00:00")).toBe("2024-11-04");
    expect(iso("November 4, 2024")).toBe("2024-11-04");
  });

  it("reads numeric dates day first, as Indonesian settings write them", () => {
    expect(iso("11/04/2024")).toBe("2024-04-11");
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(iso("31/04/2024")).toMatch(/error: .*April 2024 has 30 days/);
    expect(iso("29 Februari 2023")).toMatch(/error: .*February 2023 has 28 days/);
    expect(iso("2024-13-01")).toMatch(/error: .*no month 13/);
    expect(iso("11/25/2024")).toMatch(/error: .*no month 25.*11\/25\/2024|error: .*no month 25.*25\/11\/2024/);
  });

  it("rejects text that is not a date, and spreadsheet serial numbers, saying how to write it", () => {
    expect(iso("kemarin")).toMatch(/error: .*like 4 November 2024/);
    expect(iso("4 Brumaire 2024")).toMatch(/error:/);
    expect(iso("Someday, 4 November 2024")).toMatch(/error:/);
    expect(iso("45600")).toMatch(/error: .*internal date number/);
  });

  it("flags doubtful dates without guessing silently", () => {
    expect(warnings("Selasa, 4 November 2024")).toEqual([expect.stringContaining("is a Monday, not a Tuesday")]);
    expect(warnings("04/11/24")).toEqual([expect.stringContaining('two-digit year "24" was read as 2024')]);
    expect(warnings("4 November 2018")).toEqual([expect.stringContaining("before 2019")]);
    expect(warnings("1 Juli 2025")).toEqual([expect.stringContaining("in the future")]);
    expect(warnings("4 November 2024")).toEqual([]);
  });

  it("flags a day-first reading when other rows of the file write the month first", () => {
    const context = { today, monthFirstEvidence: { row: 7, text: "11/25/2024" } };
    expect(warnings("11/04/2024", context)).toEqual([expect.stringContaining('row 7 ("11/25/2024") writes the month first')]);
    expect(warnings("04/04/2024", context)).toEqual([]); // the same either way
    expect(warnings("4 November 2024", context)).toEqual([]); // a month name is not ambiguous
    expect(isMonthFirst("11/25/2024")).toBe(true);
    expect(isMonthFirst("25/11/2024")).toBe(false);
  });

  it("gives every message in Indonesian too", () => {
    const result = parseDate("31/04/2024", { today });
    expect(!result.ok && result.message.id).toContain("April 2024 hanya 30 hari");
  });
});
