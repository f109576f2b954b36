import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/validation/load-content.ts";
import { compileValidators } from "../../lib/schema/validator.ts";
import { REPO_ROOT, json, markdownFile, removeTree, validTree, writeTree } from "../../support/content-tree.ts";

const validators = compileValidators(REPO_ROOT);
const roots: string[] = [];
function problemsFor(change: (tree: Record<string, string>) => void) {
  const tree = validTree();
  change(tree);
  const root = writeTree(tree);
  roots.push(root);
  return loadContent(root, validators).problems;
}
afterEach(() => roots.splice(0).forEach(removeTree));

const edit = (tree: Record<string, string>, file: string, from: string | RegExp, to: string) => {
  const before = tree[file]!;
  tree[file] = before.replace(from, to);
  if (tree[file] === before) throw new Error(`fixture edit did nothing in ${file}`);
};

describe("checkCrossReferences", () => {
  it("reports a glossary term that does not exist, naming the file it should be in", () => {
    const problems = problemsFor((t) =>
      edit(t, "content/modules/id/mengenal.md", "glossaryTerms: [arisan]", "glossaryTerms: [arisan, arisann]"),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "content/modules/id/mengenal.md",
        field: "glossaryTerms.1",
        message: expect.objectContaining({ en: expect.stringContaining("content/glossary/arisann.json") }),
      }),
    );
  });

  it("reports a published entry that links to a draft glossary term", () => {
    const problems = problemsFor((t) => edit(t, "content/glossary/arisan.json", '"term"', '"draft": true,\n  "term"'));
    expect(problems.filter((p) => p.field?.startsWith("glossaryTerms"))).toHaveLength(2);
    expect(problems[0]!.message.en).toContain("is a draft");
  });

  it("reports a kelurahan without a published team profile", () => {
    const problems = problemsFor((t) =>
      edit(t, "content/activities/2024-11-05-jombang-sosialisasi.json", '"kelurahan": "jombang"', '"kelurahan": "muncul"'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: "kelurahan",
        message: expect.objectContaining({ en: expect.stringContaining("content/teams/muncul.json") }),
      }),
    ]);
  });

  it("requires the language-neutral fields of a translation to match the Indonesian version", () => {
    const problems = problemsFor((t) => edit(t, "content/modules/en/mengenal.md", "durationMinutes: 60", "durationMinutes: 90"));
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/modules/en/mengenal.md",
        field: "durationMinutes",
        message: expect.objectContaining({ en: expect.stringContaining("content/modules/id/mengenal.md") }),
      }),
    ]);
  });

  it("reports an English entry that has no Indonesian original", () => {
    const problems = problemsFor((t) => {
      t["content/modules/en/orphan.md"] = t["content/modules/en/mengenal.md"]!.replace("order: 1", "order: 2");
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/modules/en/orphan.md",
        message: expect.objectContaining({ en: expect.stringContaining("content/modules/id/orphan.md") }),
      }),
    ]);
  });

  it("allows an Indonesian entry that is not yet translated", () => {
    const problems = problemsFor((t) => {
      t["content/modules/id/baru.md"] = t["content/modules/id/mengenal.md"]!.replace("order: 1", "order: 2");
    });
    expect(problems).toEqual([]);
  });

  it("reports two modules with the same place in the course", () => {
    const problems = problemsFor((t) => {
      t["content/modules/id/kedua.md"] = t["content/modules/id/mengenal.md"]!;
    });
    expect(problems).toEqual([expect.objectContaining({ field: "order", file: "content/modules/id/mengenal.md" })]);
  });

  it("requires case steps in the order recorded, verified, handled, resolved", () => {
    const problems = problemsFor((t) =>
      edit(
        t,
        "content/case-studies/id/remaja.md",
        / {2}- \{ stage: verified.*\n {2}- \{ stage: handled.*\n/,
        "  - { stage: handled, period: 2023-Q3, note: Ditangani. }\n  - { stage: verified, period: 2023-Q3, note: Diverifikasi. }\n",
      ),
    );
    expect(problems).toEqual([expect.objectContaining({ field: "steps.2.stage" })]);
  });

  it("reports a case step dated before the step it follows", () => {
    const problems = problemsFor((t) =>
      edit(t, "content/case-studies/id/remaja.md", "{ stage: resolved, period: 2023-Q4", "{ stage: resolved, period: 2023-Q1"),
    );
    expect(problems).toEqual([expect.objectContaining({ field: "steps.3.period" })]);
  });

  it("requires women and men to add up to the total of participants", () => {
    const problems = problemsFor((t) => edit(t, "content/activities/2024-11-05-jombang-sosialisasi.json", '"men": 5', '"men": 4'));
    expect(problems).toEqual([
      expect.objectContaining({
        field: "participants",
        message: expect.objectContaining({ en: "women (25) and men (4) add up to 29, not to the total (30)" }),
      }),
    ]);
  });

  it("requires the action plan's current value to equal its latest update", () => {
    const problems = problemsFor((t) => {
      t["content/action-plan/sosialisasi.json"] = json({
        order: 1,
        pillar: "awareness",
        objective: { id: "Sosialisasi rutin", en: "Regular awareness sessions" },
        indicator: { id: "Jumlah sesi", en: "Number of sessions" },
        unit: { id: "sesi", en: "sessions" },
        baseline: 0,
        target: 12,
        current: 5,
        dueDate: "2025-12-31",
        responsible: { role: { id: "Koordinator tim", en: "Team coordinator" }, teams: ["jombang"] },
        status: "on-track",
        updates: [
          { date: "2025-01-31", value: 2 },
          { date: "2025-03-31", value: 4 },
        ],
      });
    });
    expect(problems).toEqual([
      expect.objectContaining({
        field: "current",
        message: expect.objectContaining({ en: "(5) differs from the latest update (4 on 2025-03-31)" }),
      }),
    ]);
  });

  it("requires the interface dictionaries of both languages to have the same keys", () => {
    const problems = problemsFor((t) => {
      t["data/i18n/en.json"] = json({ "nav.home": "Home", "nav.extra": "Extra" });
    });
    expect(problems).toEqual([expect.objectContaining({ file: "data/i18n/id.json", field: "nav.extra" })]);
  });
});

describe("page addresses", () => {
  it.each(["admin", "modul", "glossary", "assets"])("refuses a free page named %s, which would take over part of the site", (slug) => {
    const problems = problemsFor((t) => {
      t[`content/pages/id/${slug}.md`] = markdownFile("title: Halaman\nsummary: Ringkasan.");
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: `content/pages/id/${slug}.md`,
        message: expect.objectContaining({ en: expect.stringContaining("already the address") }),
      }),
    ]);
  });
});

describe("case statistics periods", () => {
  it("refuses a quarter published beside its whole year, which would allow subtraction", () => {
    const stats = (period: string) =>
      json({ period, counts: [{ kelurahan: "jombang", concernCategory: "other", stage: "resolved", count: 2 }] });
    const problems = problemsFor((t) => {
      t["content/case-stats/2024.json"] = stats("2024");
      t["content/case-stats/2024-q3.json"] = stats("2024-Q3");
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/case-stats/2024-q3.json",
        field: "period",
        message: expect.objectContaining({ en: expect.stringContaining("overlaps content/case-stats/2024.json") }),
      }),
    ]);
  });
});
