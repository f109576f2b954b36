import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveContentRoot } from "../../lib/content/content-root.ts";

describe("resolveContentRoot", () => {
  it("builds the project's own content unless told otherwise", () => {
    expect(resolveContentRoot({})).toBe(process.cwd());
    expect(resolveContentRoot({ PUSTAKA_CONTENT_ROOT: " " })).toBe(process.cwd());
  });

  it("builds another folder's content when PUSTAKA_CONTENT_ROOT names one", () => {
    expect(resolveContentRoot({ PUSTAKA_CONTENT_ROOT: "test/fixtures" })).toBe(path.resolve("test/fixtures"));
  });
});
