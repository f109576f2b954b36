import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterEach, describe, expect, it } from "vitest";
import type { EleventyConfig } from "../../lib/eleventy/eleventy-config.ts";
import hardening from "../../lib/eleventy/hardening.ts";
import { removeTree, writeTree } from "../../support/content-tree.ts";

let root: string | undefined;
afterEach(() => {
  if (root) removeTree(root);
  root = undefined;
});

/** Builds one Nunjucks template with only the hardening plugin; returns its output or the error. */
async function buildOne(template: string): Promise<{ html?: string; error?: Error }> {
  root = writeTree({ "input/page.njk": template });
  const output = path.join(root, "output");
  const eleventy = new Eleventy(path.join(root, "input"), output, {
    quietMode: true,
    config: (config: unknown) => hardening(config as EleventyConfig),
  });
  try {
    await eleventy.write();
  } catch (error) {
    return { error: error as Error };
  }
  const file = path.join(output, "page/index.html");
  return existsSync(file) ? { html: readFileSync(file, "utf8") } : {};
}

const fullMessage = (error: unknown): string => {
  const parts: string[] = [];
  for (let current = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined; current;) {
    parts.push(String(current.message));
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return parts.join(" / ");
};

describe("hardening", () => {
  it("refuses JavaScript front matter instead of running it", async () => {
    const marker = `ran-${Date.now()}`;
    for (const fence of ["---js", "---javascript"]) {
      (globalThis as Record<string, unknown>)[marker] = false;
      const result = await buildOne(`${fence}\n{ title: (globalThis["${marker}"] = true, "x") }\n---\n{{ title }}`);
      expect(result.html, fence).toBeUndefined();
      expect(fullMessage(result.error), fence).toMatch(/JavaScript front matter/);
      expect((globalThis as Record<string, unknown>)[marker], fence).toBe(false);
    }
  });

  it("escapes every printed value unless a template marks it safe", async () => {
    const result = await buildOne(`---\nvalue: "<script>alert(1)</script>"\n---\n{{ value }}`);
    expect(result.html).toContain("&lt;script&gt;");
    expect(result.html).not.toContain("<script>");
  });

  it("fails the build when a template prints a value that does not exist", async () => {
    const result = await buildOne("{{ misspelt.title }}");
    expect(result.error).toBeDefined();
  });
});
