/**
 * The dev server checks the content again on every rebuild, remembering each file's own results
 * (CheckMemory): a remembered check must say exactly what a fresh one says, after any edit.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCheckMemory, runCheck } from "../../lib/build/check-content.ts";
import { validTreesRemovedAfterEach } from "../helpers/valid-trees.ts";

const tree = validTreesRemovedAfterEach();

const CASE_STUDY = "content/case-studies/id/remaja.md";
const GLOSSARY = "content/glossary/arisan.json";

/** What a check says, without the objects it read. */
const verdict = (root: string, memory = createCheckMemory()) => {
  const { ok, problems, fileCount } = runCheck(root, memory);
  return { ok, problems, fileCount };
};

describe("a check that remembers files between runs", () => {
  it("says exactly what a fresh check says, on its first run and on a second with nothing changed", () => {
    const root = tree();
    appendFileSync(path.join(root, CASE_STUDY), "\nHubungi 0812-3456-7890 untuk informasi.\n");
    writeFileSync(path.join(root, GLOSSARY), readFileSync(path.join(root, GLOSSARY), "utf8").replace('"term"', '"istilah"'));
    const memory = createCheckMemory();
    const fresh = verdict(root);
    expect(fresh.ok).toBe(false);
    expect(fresh.problems.map((problem) => problem.file).sort()).toEqual(expect.arrayContaining([CASE_STUDY, GLOSSARY]));
    expect(verdict(root, memory)).toEqual(fresh);
    expect(verdict(root, memory)).toEqual(fresh);
  });

  it("reports what an edited file now says: a phone number added, then removed again", () => {
    const root = tree();
    const memory = createCheckMemory();
    expect(verdict(root, memory).ok).toBe(true);
    const file = path.join(root, CASE_STUDY);
    const original = readFileSync(file, "utf8");
    writeFileSync(file, `${original}\nHubungi 0812-3456-7890 untuk informasi.\n`);
    const withPhone = verdict(root, memory);
    expect(withPhone).toEqual(verdict(root));
    expect(withPhone.problems).toEqual([
      expect.objectContaining({
        file: CASE_STUDY,
        field: "body",
        message: expect.objectContaining({ en: expect.stringContaining("phone") }),
      }),
    ]);
    writeFileSync(file, original);
    expect(verdict(root, memory).ok).toBe(true);
  });

  it("forgets a deleted file, and works out references between files afresh", () => {
    const root = tree();
    const memory = createCheckMemory();
    expect(verdict(root, memory).ok).toBe(true);
    // The activity names its team: without the team file, the reference breaks.
    rmSync(path.join(root, "content/teams/jombang.json"));
    const after = verdict(root, memory);
    expect(after).toEqual(verdict(root));
    expect(after.problems.some((problem) => problem.file.startsWith("content/activities/"))).toBe(true);
    expect([...memory.files.keys()]).not.toContain("content/teams/jombang.json");
    expect([...memory.screens.keys()]).not.toContain("content/teams/jombang.json");
  });

  it("reuses an unchanged file's entry and reads a changed file anew", () => {
    const root = tree();
    const memory = createCheckMemory();
    const first = runCheck(root, memory);
    appendFileSync(path.join(root, CASE_STUDY), "\nSatu kalimat lagi.\n");
    const second = runCheck(root, memory);
    const entryOf = (result: typeof first, file: string) => result.entries.find((entry) => entry.file === file);
    expect(entryOf(second, GLOSSARY)).toBe(entryOf(first, GLOSSARY));
    expect(entryOf(second, CASE_STUDY)).not.toBe(entryOf(first, CASE_STUDY));
    expect(String(entryOf(second, CASE_STUDY)?.data.body)).toContain("Satu kalimat lagi.");
  });
});
