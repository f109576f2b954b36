import { symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/validation/load-content.ts";
import { compileValidators } from "../../lib/schema/validator.ts";
import { REPO_ROOT, json, markdownFile, removeTree, validTree, writeTree } from "../../support/content-tree.ts";

const validators = compileValidators(REPO_ROOT);
const roots: string[] = [];
function load(files: Record<string, string | Uint8Array>) {
  const root = writeTree(files);
  roots.push(root);
  return loadContent(root, validators);
}
afterEach(() => roots.splice(0).forEach(removeTree));

const problemsOf = (result: ReturnType<typeof load>, file: string) => result.problems.filter((p) => p.file === file);

describe("loadContent", () => {
  it("accepts a small valid content tree without a single problem", () => {
    const result = load(validTree());
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => `${e.type}:${e.lang ?? ""}:${e.slug}`).sort()).toContain("training-module:en:mengenal");
  });

  it("reports every mistake in every file in one pass, each with file, field, line and reason", () => {
    const tree = validTree();
    tree["content/case-studies/id/remaja.md"] = tree["content/case-studies/id/remaja.md"]!.replace(
      "period: 2023-Q2\n",
      "period: 2023-06-14\n",
    )
      .replace("area: not-disclosed", "area: kampung-sebelah")
      .replace("reportedBy: family-member\n", "");
    tree["content/activities/2024-11-05-jombang-sosialisasi.json"] = tree[
      "content/activities/2024-11-05-jombang-sosialisasi.json"
    ]!.replace('"2024-11-05"', '"2024-02-30"');
    const result = load(tree);

    const caseProblems = problemsOf(result, "content/case-studies/id/remaja.md");
    expect(caseProblems.map((p) => p.field).sort()).toEqual(["area", "period", "reportedBy"]);
    const period = caseProblems.find((p) => p.field === "period")!;
    expect(period.line).toBe(5);
    expect(period.message.en).toContain("2024-Q3");
    expect(period.message.id).toContain("triwulan");

    const activity = problemsOf(result, "content/activities/2024-11-05-jombang-sosialisasi.json");
    expect(activity).toEqual([expect.objectContaining({ field: "date", line: 2 })]);
    expect(activity[0]!.message.en).toContain("real calendar date");
  });

  it("keeps dates and codes that look like numbers as strings", () => {
    const tree = validTree();
    const result = load(tree);
    const module = result.entries.find((e) => e.file === "content/modules/id/mengenal.md")!;
    expect((module.data.reviewed as { date: unknown }).date).toBe("2024-11-20");
    const codes = load({
      ...validTree(),
      "content/modules/id/mengenal.md": tree["content/modules/id/mengenal.md"]!.replace(
        "summary: Ringkasan modul untuk relawan.",
        "summary: 0812",
      ),
    });
    const changed = codes.entries.find((e) => e.file === "content/modules/id/mengenal.md")!;
    expect(changed.data.summary).toBe("0812");
  });

  it("refuses JavaScript front matter and names the file", () => {
    const tree = validTree();
    tree["content/modules/id/mengenal.md"] = '---js\n{ title: require("fs").readFileSync("/etc/passwd", "utf8") }\n---\nbody\n';
    const result = load(tree);
    expect(problemsOf(result, "content/modules/id/mengenal.md")).toEqual([
      expect.objectContaining({ line: 1, message: expect.objectContaining({ en: expect.stringContaining("'js' is not allowed") }) }),
    ]);
  });

  it("rejects Eleventy's reserved keys such as permalink with an explanation", () => {
    const tree = validTree();
    tree["content/modules/id/mengenal.md"] = tree["content/modules/id/mengenal.md"]!.replace(
      "pillar: foundations",
      "pillar: foundations\npermalink: /admin/index.html\nlayout: evil.njk\neleventyComputed:\n  title: x",
    );
    const problems = problemsOf(load(tree), "content/modules/id/mengenal.md");
    expect(problems.map((p) => p.field).sort()).toEqual(["eleventyComputed", "layout", "permalink"]);
    for (const problem of problems) expect(problem.message.en).toContain("set by the site");
  });

  it("rejects YAML tags, anchors and duplicate fields", () => {
    const base = validTree()["content/modules/id/mengenal.md"]!;
    const tagged = load({
      ...validTree(),
      "content/modules/id/mengenal.md": base.replace("summary: Ringkasan modul untuk relawan.", "summary: !!js/function 'function () {}'"),
    });
    expect(problemsOf(tagged, "content/modules/id/mengenal.md")[0]!.message.en).toContain("YAML tag");
    const duplicated = load({ ...validTree(), "content/modules/id/mengenal.md": base.replace("order: 1", "order: 1\norder: 2") });
    expect(problemsOf(duplicated, "content/modules/id/mengenal.md")[0]).toMatchObject({
      line: 6,
      message: { en: expect.stringContaining("same field twice") },
    });
  });

  it("rejects invalid UTF-8 and control characters, naming the line", () => {
    const tree: Record<string, string | Uint8Array> = validTree();
    const text = tree["content/glossary/arisan.json"] as string;
    const bytes = Buffer.from(text.replace("rotating", "rotat\u0000ing"), "utf8");
    tree["content/glossary/arisan.json"] = bytes;
    tree["content/teams/jombang.json"] = Buffer.concat([
      Buffer.from('{\n  "kelurahan": "Jomb'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('ang"\n}\n'),
    ]);
    const result = load(tree);
    expect(problemsOf(result, "content/glossary/arisan.json")).toEqual([
      expect.objectContaining({ line: 8, message: expect.objectContaining({ en: expect.stringContaining("U+0000") }) }),
    ]);
    expect(problemsOf(result, "content/teams/jombang.json")).toEqual([
      expect.objectContaining({ line: 2, message: expect.objectContaining({ en: expect.stringContaining("not valid UTF-8") }) }),
    ]);
  });

  it("rejects an entry larger than the documented size limit", () => {
    const tree = validTree();
    tree["content/modules/id/mengenal.md"] += "kata ".repeat(50_000);
    expect(problemsOf(load(tree), "content/modules/id/mengenal.md")[0]!.message.en).toContain("limit is 200 KB");
  });

  it("reports files outside the known folders instead of ignoring them", () => {
    const result = load({
      ...validTree(),
      "content/modul/id/typo.md": "x",
      "content/modules/fr/x.md": "x",
      "content/glossary/Arisan Baru.json": "{}",
    });
    expect(problemsOf(result, "content/modul/id/typo.md")[0]!.message.en).toContain("not in a folder the site reads");
    expect(problemsOf(result, "content/modules/fr/x.md")[0]!.message.en).toContain("language folder");
    expect(problemsOf(result, "content/glossary/Arisan Baru.json")[0]!.message.en).toContain("lower-case");
  });

  it("refuses symbolic links, which could publish any file on the build machine", () => {
    const root = writeTree(validTree());
    roots.push(root);
    symlinkSync("/etc/hostname", path.join(root, "content/glossary/host.json"));
    const result = loadContent(root, validators);
    expect(problemsOf(result, "content/glossary/host.json")[0]!.message.en).toContain("symbolic link");
  });

  it("reads Windows line endings and a byte-order mark like any other file", () => {
    const tree = validTree();
    const crlf = "\uFEFF" + tree["content/modules/id/mengenal.md"]!.replace(/\n/g, "\r\n");
    const result = load({ ...tree, "content/modules/id/mengenal.md": crlf });
    expect(result.problems).toEqual([]);
  });

  it("checks JSON strictly, so a trailing comma is an error and not a guess", () => {
    const result = load({ ...validTree(), "content/glossary/arisan.json": '{ "term": { "id": "a", "en": "a" }, }' });
    expect(problemsOf(result, "content/glossary/arisan.json")[0]!.message.en).toContain("not valid JSON");
  });

  it("returns entries with problems too, so callers can still report on them", () => {
    const result = load({ ...validTree(), "content/glossary/kosong.json": json({ term: { id: "x", en: "x" } }) });
    expect(result.entries.some((e) => e.file === "content/glossary/kosong.json")).toBe(true);
    expect(problemsOf(result, "content/glossary/kosong.json")).toEqual([expect.objectContaining({ field: "definition" })]);
  });

  it("builds a Markdown entry from front matter plus body", () => {
    const result = load({
      ...validTree(),
      "content/modules/en/mengenal.md": markdownFile(
        validTree()["content/modules/en/mengenal.md"]!.split("---")[1]!,
        "## Heading\n\n{{ 7 * 7 }}\n",
      ),
    });
    const entry = result.entries.find((e) => e.file === "content/modules/en/mengenal.md")!;
    expect(entry.data.body).toBe("## Heading\n\n{{ 7 * 7 }}\n");
  });
});

describe("runCheck after an interrupted CSV import", () => {
  it("refuses to pass until the import is recovered", async () => {
    const { runCheck } = await import("../../lib/build/check-content.ts");
    const root = writeTree({ ...validTree(), "content/.import-journal.json": "{}" });
    roots.push(root);
    expect(runCheck(root).problems).toEqual([
      expect.objectContaining({
        file: "content/.import-journal.json",
        message: expect.objectContaining({ en: expect.stringContaining("--recover") }),
      }),
    ]);
  });
});
