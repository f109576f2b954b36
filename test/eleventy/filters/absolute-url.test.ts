import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../../lib/eleventy/filters/absolute-url.ts";

describe("absoluteUrl", () => {
  it("joins a site path to the public address with exactly one slash", () => {
    expect(absoluteUrl("/id/modul/", "https://example.org")).toBe("https://example.org/id/modul/");
    expect(absoluteUrl("/", "https://example.org/")).toBe("https://example.org/");
  });

  it("refuses anything but a site path", () => {
    expect(() => absoluteUrl("https://elsewhere.example/", "https://example.org")).toThrow(/site path/);
  });
});
