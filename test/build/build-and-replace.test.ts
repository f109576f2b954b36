/**
 * `npm run build` refuses to publish personal data that slipped past the check: here a phone
 * number in interface text (the project's dictionaries are not editors' content, so the check
 * does not screen them), which reaches every case-study page and, through them, each
 * language's search index. The index of the first language is screened while Pagefind indexes
 * the second, the second's by the last gate: both must be named.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, removeTree } from "../../support/content-tree.ts";
import { publishInChildProcess } from "../helpers/build-in-child.ts";

const work = mkdtempSync(path.join(tmpdir(), "pustaka-refuse-"));
const root = path.join(work, "content-root");
for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
afterAll(() => removeTree(work));

describe("npm run build with personal data in interface text", () => {
  it("publishes nothing, and names the pages and both languages' search index files", async () => {
    const phone = (label: string) => `${label}, hubungi 0812-3456-7890`;
    for (const [lang, label] of [
      ["id", "Studi kasus"],
      ["en", "Case study"],
    ] as const) {
      const dictionary = JSON.parse(readFileSync(path.join(root, `data/i18n/${lang}.json`), "utf8")) as Record<string, string>;
      writeFileSync(path.join(root, `data/i18n/${lang}.json`), JSON.stringify({ ...dictionary, "caseStudies.eyebrow": phone(label) }));
    }
    const outcome = await publishInChildProcess(root, path.join(work, "site"));
    expect(outcome.built).toBe(false);
    const files = outcome.findings.map((finding) => finding.split(":")[0]);
    for (const pattern of [
      /^id\/studi-kasus\/.+\.html$/,
      /^en\/case-studies\/.+\.html$/,
      /^pagefind\/fragment\/id_/,
      /^pagefind\/fragment\/en_/,
    ])
      expect(
        files.some((file) => pattern.test(file!)),
        `${pattern}: ${files.join(", ")}`,
      ).toBe(true);
    expect(outcome.findings.every((finding) => / phone 08/.test(finding))).toBe(true);
  }, 180_000);
});
