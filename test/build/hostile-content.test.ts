// Hostile content, end to end: what an attacker with CMS access (or a careless paste) could put
// into content, built by the real pipeline. Valid-but-hostile text must come out as inert text;
// invalid hostile files must stop the build before anything is written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAndReplace } from "../../lib/build/build-and-replace.ts";
import { buildInChildProcess } from "../helpers/build-in-child.ts";
import { REPO_ROOT, removeTree } from "../../support/content-tree.ts";

const HOSTILE_BODY = `## Bagian

<script>alert("SCRIPT-RAN")</script>

<img src=x onerror="alert('ONERROR-RAN')">

<a href="javascript:alert('HREF-RAN')">klik</a> and [tautan](javascript:alert('MD-RAN')) and [data](data:text/html;base64,PHNjcmlwdD4=)

{{ site | dump }} {% include "../../../../etc/passwd" %} {{ "TEMPLATE" + "-RAN" }}

<!-- HIDDEN-COMMENT -->
`;

let workspace: string;
let out: string;
let pages: { file: string; html: string }[];

function copySample(root: string) {
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "pustaka-hostile-"));
  const root = path.join(workspace, "root");
  copySample(root);
  const modulePath = path.join(root, "content/modules/id/mengenal-tim-tangguh.md");
  const original = readFileSync(modulePath, "utf8");
  const [, frontMatter] = original.split(/^---$/m);
  writeFileSync(
    modulePath,
    `---${frontMatter!.replace(/^title: .*$/m, "title: \"<script>alert('TITLE-RAN')</script> {{ 7 * 7 }}\"")}---\n${HOSTILE_BODY}`,
  );
  const termPath = path.join(root, "content/glossary/arisan.json");
  const term = JSON.parse(readFileSync(termPath, "utf8"));
  term.definition.en = "<b onmouseover=\"alert('GLOSSARY-RAN')\">bold</b> {% raw %}";
  writeFileSync(termPath, JSON.stringify(term, null, 2));
  // A venue is free text typed by a coordinator or imported from a sheet: markup and formulas in it stay text.
  const activityPath = path.join(root, "content/activities/2023-01-21-jombang-sosialisasi-majelis-taklim.json");
  const activity = JSON.parse(readFileSync(activityPath, "utf8"));
  activity.venue = `<img src=x onerror="alert('VENUE-RAN')"> {{ "VENUE" + "-CODE-RAN" }}`;
  activity.notes.id = '=HYPERLINK("http://example.invalid","klik")';
  writeFileSync(activityPath, JSON.stringify(activity, null, 2));
  out = path.join(workspace, "site");
  await buildInChildProcess(root, out);
  pages = readdirSync(out, { recursive: true, withFileTypes: true })
    // admin/index.html is the CMS application (its scripts are Decap's), not a page built from content.
    .filter((e) => e.isFile() && e.name.endsWith(".html") && path.relative(out, e.parentPath) !== "admin")
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file: path.relative(out, file), html: readFileSync(file, "utf8") };
    });
});

afterAll(() => removeTree(workspace));

describe("hostile text in valid content", () => {
  it("yields no script element, event handler or script URL anywhere in the site", () => {
    for (const { file, html } of pages) {
      const $ = load(html);
      // Scripts come only from our files, never inline: search on the search pages, the offline
      // worker's registration on every page of a language.
      const name = file.split(path.sep).join("/");
      const scripts = $("script")
        .toArray()
        .map((script) => $(script).attr("src") ?? `inline: ${$(script).text()}`);
      const expected = [
        ...(/^(id\/cari|en\/search)\/index\.html$/.test(name) ? ["/assets/search.js"] : []),
        ...(/^(id|en)\//.test(name) ? ["/assets/offline.js"] : []),
      ];
      expect(scripts, file).toEqual(expected);
      $("*").each((_, element) => {
        for (const [name, value] of Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {})) {
          expect(name.startsWith("on"), `${file}: ${name}`).toBe(false);
          expect(/^\s*(javascript|data|vbscript):/i.test(value), `${file}: ${name}=${value}`).toBe(false);
        }
      });
    }
  });

  it("shows the hostile markup as visible text on the module page instead", () => {
    const page = pages.find((p) => p.file === "id/modul/mengenal-tim-tangguh/index.html")!;
    const text = load(page.html)("main").text();
    expect(text).toContain('<script>alert("SCRIPT-RAN")</script>');
    expect(text).toContain("<script>alert('TITLE-RAN')</script>");
    expect(text).toContain("<!-- HIDDEN-COMMENT -->");
  });

  it("runs no template code written by editors", () => {
    const page = pages.find((p) => p.file === "id/modul/mengenal-tim-tangguh/index.html")!;
    const text = load(page.html)("main").text();
    expect(text).toContain('{{ site | dump }} {% include "../../../../etc/passwd" %} {{ "TEMPLATE" + "-RAN" }}');
    expect(text).toContain("{{ 7 * 7 }}");
    for (const { html } of pages) {
      expect(html).not.toContain("TEMPLATE-RAN");
      expect(html).not.toContain("root:x:0:0");
    }
  });

  it("escapes hostile text in JSON content too", () => {
    const glossary = pages.find((p) => p.file === "en/glossary/index.html")!;
    expect(glossary.html).not.toContain("<b onmouseover");
    expect(load(glossary.html)("main").text()).toContain("<b onmouseover=\"alert('GLOSSARY-RAN')\">bold</b> {% raw %}");
  });

  it("shows a hostile venue as text on the activities page, and guards a formula in the spreadsheet export", () => {
    const page = pages.find((p) => p.file === "id/kegiatan/index.html")!;
    expect(page.html).not.toContain("<img src=x");
    expect(load(page.html)("main").text()).toContain(`<img src=x onerror="alert('VENUE-RAN')"> {{ "VENUE" + "-CODE-RAN" }}`);
    expect(page.html).not.toContain("VENUE-CODE-RAN");
    const csv = readFileSync(path.join(out, "data/kegiatan.csv"), "utf8");
    expect(csv).toContain(`'=HYPERLINK(""http://example.invalid"",""klik"")`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
  });
});

describe("hostile files that are invalid", () => {
  it("stop the build before anything is written, and leave the published site as it was", async () => {
    const root = path.join(workspace, "invalid-root");
    copySample(root);
    writeFileSync(
      path.join(root, "content/pages/id/takeover.md"),
      "---\ntitle: Admin\nsummary: x\npermalink: /admin/index.html\n---\nbody\n",
    );
    writeFileSync(
      path.join(root, "content/pages/en/exec.md"),
      '---js\n{ title: require("child_process").execSync("touch /tmp/PWNED").toString() }\n---\nbody\n',
    );
    const outDir = path.join(workspace, "published");
    mkdirSync(path.join(outDir, "admin"), { recursive: true });
    writeFileSync(path.join(outDir, "admin/index.html"), "the real CMS page");

    const outcome = await buildAndReplace({ root, outDir });

    expect(outcome.built).toBe(false);
    const problems = outcome.check.problems.map((p) => `${p.file} ${p.field ?? ""} ${p.message.en}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/pages\/id\/takeover\.md permalink is set by the site/),
        expect.stringMatching(/^content\/pages\/en\/exec\.md {2}front matter in 'js' is not allowed/),
      ]),
    );
    expect(readFileSync(path.join(outDir, "admin/index.html"), "utf8")).toBe("the real CMS page");
    expect(readdirSync(workspace).filter((name) => name.startsWith("published."))).toEqual([]);
    expect(existsSync("/tmp/PWNED")).toBe(false);
  });
});
