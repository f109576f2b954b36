/**
 * The production build's /admin/: built with the real build function (`npm run build`'s) in a
 * child process over a temporary copy of the project's content, then read from the output folder.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { REPO_ROOT, removeTree } from "../../support/content-tree.ts";
import { copyProjectContent } from "../../support/dev-server.ts";

let root: string;
let scratch: string;
let admin: string;

beforeAll(async () => {
  root = copyProjectContent();
  scratch = mkdtempSync(path.join(tmpdir(), "pustaka-admin-build-"));
  await buildInChildProcess(root, path.join(scratch, "site"));
  admin = path.join(scratch, "site/admin");
});

afterAll(() => {
  if (root) removeTree(root);
  if (scratch) removeTree(scratch);
});

describe("the production build's CMS", () => {
  it("ships the committed configuration unchanged, without the local backend", () => {
    const text = readFileSync(path.join(admin, "config.yml"), "utf8");
    expect(text).toBe(readFileSync(path.join(REPO_ROOT, "admin/config.yml"), "utf8"));
    expect(text).not.toMatch(/local_backend/);
    expect(text).not.toMatch(/localhost/);
    const config = parse(text) as { backend: { name: string }; publish_mode?: string; local_backend?: unknown };
    expect(config.local_backend).toBeUndefined();
    expect(config.backend.name).not.toBe("proxy");
    expect(config.publish_mode).toBe("editorial_workflow");
  });

  it("serves Decap from its own copy (every chunk), the pre-save guard and the site's stylesheet", () => {
    const files = readdirSync(admin);
    const shipped = readdirSync(path.join(REPO_ROOT, "node_modules/decap-cms/dist")).filter((file) => file.endsWith("decap-cms.js"));
    expect(files).toEqual(expect.arrayContaining([...shipped, "index.html", "manual-init.js", "pustaka-cms.js"]));
    expect(files.some((file) => file.endsWith(".map"))).toBe(false);
    const page = readFileSync(path.join(admin, "index.html"), "utf8");
    expect(page).not.toMatch(/https?:\/\//);
    // Decap is kept from starting itself, so pustaka-cms.js registers the Indonesian interface first and starts it.
    expect([...page.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "/admin/manual-init.js",
      "/admin/decap-cms.js",
      "/admin/pustaka-cms.js",
    ]);
    expect(readFileSync(path.join(admin, "manual-init.js"), "utf8")).toBe("window.CMS_MANUAL_INIT = true;\n");
    const stylesheet = /<meta name="site-stylesheet" content="([^"]+)">/.exec(page)?.[1];
    expect(stylesheet).toMatch(/^\/assets\/.+\.css$/);
    expect(existsSync(path.join(scratch, "site", stylesheet!))).toBe(true);
  });
});
