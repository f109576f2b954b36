import { describe, expect, it } from "vitest";
import { isDevServer } from "../../lib/eleventy/run-mode.ts";

describe("isDevServer", () => {
  it("is true for Eleventy's serve and watch modes, which npm start uses", () => {
    expect(isDevServer("serve")).toBe(true);
    expect(isDevServer("watch")).toBe(true);
  });

  it("is false for one build, and when Eleventy says nothing", () => {
    expect(isDevServer("build")).toBe(false);
    expect(isDevServer(undefined)).toBe(false);
  });
});
