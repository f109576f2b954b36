import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../support/content-tree.ts";

const templates = path.join(REPO_ROOT, "templates");

describe("templates/layouts/stylesheet.njk", () => {
  it("puts every CSS file under templates/ into the one stylesheet bundle", () => {
    const listed = new Set([...readFileSync(path.join(templates, "layouts/stylesheet.njk"), "utf8").matchAll(/include "([^"]+\.css)"/g)].map((match) => match[1]));
    const files = readdirSync(templates, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".css"))
      .map((file) => file.split(path.sep).join("/"));
    expect(files.filter((file) => !listed.has(file))).toEqual([]);
    expect([...listed].filter((file) => !files.includes(file!))).toEqual([]);
  });

  it("declares the layer order before any layer is used", () => {
    const base = readFileSync(path.join(templates, "layouts/base.css"), "utf8");
    expect(base.trimStart().split("\n").find((line) => line.startsWith("@layer"))).toMatch(/^@layer reset, tokens, base, layout, components, pages, touch, print;/);
  });
});
