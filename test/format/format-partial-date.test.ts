import { describe, expect, it } from "vitest";
import { formatPartial } from "../../lib/format/format-partial-date.ts";

describe("formatPartialDate", () => {
  it("writes a date only as precisely as it is known", () => {
    expect(formatPartial("2019", "id")).toBe("2019");
    expect(formatPartial("2024-12", "id")).toBe("Desember 2024");
    expect(formatPartial("2024-12", "en")).toBe("December 2024");
    expect(formatPartial("2024-11-04", "en")).toBe("4 November 2024");
  });
});
