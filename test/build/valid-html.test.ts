import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { removeTree, REPO_ROOT } from "../../support/content-tree.ts";
import { checkHtmlFiles, formatNuMessages, nuErrors, nuMessageFile, type NuMessage } from "../helpers/nu-html-checker.ts";
import { publicHtmlFiles } from "../helpers/sample-site.ts";

let workspace: string;
let out: string;
let pages: string[];
/** A hand-made invalid page checked in the same Java run, proving the run can fail. */
let canary: string;
let messages: NuMessage[];

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-valid-html-"));
  out = path.join(workspace, "site");
  await buildInChildProcess(REPO_ROOT, out);
  // The CMS page is a shell for Decap's app, but its own markup is ours and must be valid too.
  pages = [...publicHtmlFiles(out), path.join(out, "admin/index.html")].sort();
  canary = path.join(workspace, "canary.html");
  // A <div> cannot sit in a <p>, so the </p> after it has no open <p>; the <img> has no alt.
  writeFileSync(canary, '<!doctype html>\n<html lang="en">\n<title>Canary</title>\n<p><div>text</div></p>\n<img src="x.png">\n');
  messages = await checkHtmlFiles([...pages, canary]);
}, 240_000);

afterAll(() => {
  if (workspace) removeTree(workspace);
});

describe("the shipped sample site under the Nu HTML Checker", () => {
  it("checks every public page and the CMS page", () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain(path.join(out, "index.html"));
    expect(pages).toContain(path.join(out, "id/404.html"));
    expect(pages).toContain(path.join(out, "admin/index.html"));
  });

  it("finds no error on any page", () => {
    const errors = nuErrors(messages).filter((message) => nuMessageFile(message) !== canary);
    expect(errors.length, `Nu HTML Checker errors:\n${formatNuMessages(errors, out)}\n`).toBe(0);
  });

  it("does report errors, with file and line, in a hand-made invalid page of the same run", () => {
    const errors = nuErrors(messages).filter((message) => nuMessageFile(message) === canary);
    const report = formatNuMessages(errors, workspace);
    expect(report).toMatch(/^canary\.html:4:\d+: .*“p”/m);
    expect(report).toMatch(/^canary\.html:5:\d+: .*alt/m);
  });
});
