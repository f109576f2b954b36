import { describe, expect, it } from "vitest";
import { ogLocale } from "../../../lib/eleventy/filters/og-locale.ts";

describe("ogLocale", () => {
  it("gives Indonesian as id_ID and English as British English", () => {
    expect(ogLocale("id")).toBe("id_ID");
    expect(ogLocale("en")).toBe("en_GB");
  });

  it("refuses a language it has no locale for, rather than printing a wrong one", () => {
    expect(() => ogLocale("fr")).toThrow(/fr/);
  });
});
