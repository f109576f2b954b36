import { describe, expect, it } from "vitest";
import { t } from "../../../lib/eleventy/filters/t.ts";
import type { FilterThis } from "../../../lib/eleventy/filters/filter-context.ts";

const strings = { id: { "nav.home": "Beranda", "x.count": "{count} modul" }, en: { "nav.home": "Home", "x.count": "{count} modules" } };
const on = (lang: "id" | "en") => ({ ctx: { site: { strings }, sitePage: { lang } } }) as unknown as FilterThis;

describe("the t filter", () => {
  it("speaks the language of the page it is used on", () => {
    expect(t.call(on("id"), "nav.home")).toBe("Beranda");
    expect(t.call(on("en"), "nav.home")).toBe("Home");
  });

  it("speaks another language when asked to (the 'not yet translated' notice)", () => {
    expect(t.call(on("id"), "nav.home", {}, "en")).toBe("Home");
  });

  it("fills placeholders", () => {
    expect(t.call(on("en"), "x.count", { count: 3 })).toBe("3 modules");
  });

  it("stops the build on a missing key or an unknown language", () => {
    expect(() => t.call(on("en"), "nav.nowhere")).toThrow(/nav\.nowhere/);
    expect(() => t.call(on("en"), "nav.home", {}, "fr")).toThrow(/Unknown language/);
  });
});
