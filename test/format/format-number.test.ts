import { describe, expect, it } from "vitest";
import { formatNumberIn } from "../../lib/format/format-number.ts";

describe("formatNumber", () => {
  it("groups digits the way each language does", () => {
    expect(formatNumberIn(1250, "id")).toBe("1.250");
    expect(formatNumberIn(1250, "en")).toBe("1,250");
    expect(formatNumberIn(7, "id")).toBe("7");
  });
});
