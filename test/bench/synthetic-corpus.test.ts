import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bareText, letterCode, maxModules, recordMix, syntheticFiles, writeSyntheticCorpus } from "../../bench/synthetic-corpus.ts";
import { EXCLUDED_PARTS, EXCLUDED_WORDS, sampleVocabulary } from "../../bench/synthetic-vocabulary.ts";
import { formatProblems, runCheck } from "../../lib/build/check-content.ts";
import { ALLOW_LIST_FILE } from "../../lib/privacy/load-allow-list.ts";
import { screenFile } from "../../lib/privacy/screen-file.ts";
import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";
import { REPO_ROOT, removeTree } from "../../support/content-tree.ts";

const work = mkdtempSync(path.join(tmpdir(), "pustaka-bench-test-"));
afterAll(() => removeTree(work));
const corpus = writeSyntheticCorpus({ records: 30, seed: 1, dir: work, repoRoot: REPO_ROOT });
const check = runCheck(corpus.root);

describe("the synthetic corpus", () => {
  it("passes the full check at 30 records: schemas, cross-references, glossary and the personal-data screen", () => {
    expect(formatProblems(check.problems)).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it("holds the records it promises, both languages of each module and case study, and one file per activity", () => {
    expect(corpus.counts).toEqual({ modules: 12, caseStudies: 12, activities: 6 });
    const count = (type: string, lang?: string) =>
      check.entries.filter((entry) => entry.type === type && (lang === undefined || entry.lang === lang)).length;
    for (const lang of ["id", "en"]) {
      expect(count("training-module", lang)).toBe(12);
      expect(count("case-study", lang)).toBe(12);
    }
    expect(count("activity")).toBe(6);
    expect(corpus.entryPagesPerLanguage).toBe(24);
  });

  it("gives bare Eleventy the same text: the record's fields and its body as plain Markdown, with only a title and a language in front", () => {
    const bare = readdirSync(corpus.bareInput, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
    expect(bare).toHaveLength(48);
    const original = readFileSync(path.join(corpus.root, corpus.caseStudy.file), "utf8");
    const copy = readFileSync(path.join(corpus.bareInput, "id/studi-kasus", path.basename(corpus.caseStudy.file)), "utf8");
    expect(copy).toMatch(/^---\ntitle: .+\nlang: id\n---\n/);
    const data = parse(original.split("\n---\n")[0]!.slice(4)) as {
      summary: string;
      steps: { note: string }[];
      outcome: string;
      lessons: string[];
    };
    const body = original.slice(original.indexOf("\n---\n") + 5);
    const text = copy.slice(copy.indexOf("\n---\n") + 5);
    expect(text.endsWith(body)).toBe(true);
    for (const words of [
      data.summary,
      data.outcome,
      ...data.steps.map((step) => step.note),
      ...data.lessons.map((lesson) => `- ${lesson}`),
    ])
      expect(text).toContain(words);
  });

  it("writes a record's fields for bare Eleventy as paragraphs and bulleted lists before the body", () => {
    expect(bareText(["Ringkasan.", ["Satu.", "Dua."]], "## Bagian")).toBe("Ringkasan.\n\n- Satu.\n- Dua.\n\n## Bagian");
  });

  it("writes text in which the personal-data screen finds nothing, also at 300 records", () => {
    const allowList = JSON.parse(readFileSync(path.join(REPO_ROOT, ALLOW_LIST_FILE), "utf8")) as PrivacyAllowList;
    const findings = [...syntheticFiles(300, 11, REPO_ROOT)].flatMap(({ file, text }) =>
      screenFile(file, text, allowList).map((finding) => `${file}:${finding.line} ${finding.kind} ${finding.masked}`),
    );
    expect(findings).toEqual([]);
  });

  it("is the same, byte for byte, for the same seed, and different for another seed", () => {
    const files = (seed: number) => [...syntheticFiles(30, seed, REPO_ROOT)];
    expect(files(1)).toEqual(files(1));
    expect(files(2)).not.toEqual(files(1));
  });
});

describe("recordMix", () => {
  it("splits records 40/40/20 into modules, case studies and activities", () => {
    expect(recordMix(30, 99)).toEqual({ modules: 12, caseStudies: 12, activities: 6 });
  });

  it("caps modules at the schema's highest place in the course and gives the rest to case studies", () => {
    expect(maxModules(REPO_ROOT)).toBe(99);
    expect(recordMix(5000, 99)).toEqual({ modules: 99, caseStudies: 3901, activities: 1000 });
  });
});

describe("the vocabulary", () => {
  it("has about two thousand words per language from the sample, none of them a cue for a name, an address or a date of birth", () => {
    for (const lang of ["id", "en"] as const) {
      const words = sampleVocabulary(REPO_ROOT, lang);
      expect(words.length).toBeGreaterThan(1500);
      expect(words.filter(({ word }) => EXCLUDED_WORDS.has(word) || EXCLUDED_PARTS.test(word))).toEqual([]);
    }
  });
});

describe("letterCode", () => {
  it("names every index with letters only, without repeating a name", () => {
    const codes = Array.from({ length: 2000 }, (_, index) => letterCode(index));
    expect(new Set(codes).size).toBe(2000);
    expect(codes.every((code) => /^[a-z]+$/.test(code))).toBe(true);
  });
});
