// Unit tests for explainErrors: Ajv's errors rewritten into one plain bilingual message per
// problem. Real validator output is used where possible; hand-made errors only where Ajv's
// output cannot be forced into the shape under test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import type { ContentTypeName } from "../../lib/content/content-types.ts";
import { explainErrors, RESERVED_KEYS } from "../../lib/schema/explain-errors.ts";
import { compileValidators } from "../../lib/schema/validator.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const validators = compileValidators(root);

// JSON Schema documents, walked loosely by path in these tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** A fresh copy of a valid fixture, to change one thing in. */
function example(type: ContentTypeName, file: string): Doc {
  return JSON.parse(readFileSync(path.join(root, "test/fixtures/schemas", type, "valid", file), "utf8")) as Doc;
}

/** Validates and returns Ajv's raw errors; fails the test if the document is accepted. */
function rawErrors(type: ContentTypeName, document: unknown): ErrorObject[] {
  const validate = validators[type];
  expect(validate(document), "the document should have been rejected").toBe(false);
  return [...(validate.errors ?? [])];
}

function explain(type: ContentTypeName, document: unknown) {
  return explainErrors(rawErrors(type, document));
}

function handMade(error: Partial<ErrorObject> & Pick<ErrorObject, "keyword">): ErrorObject {
  return { instancePath: "", schemaPath: "#", params: {}, ...error };
}

describe("explainErrors for Eleventy's reserved keys", () => {
  const named = ["permalink", "layout", "eleventyComputed", "pagination", "templateEngineOverride", "tags"];

  it.each([...new Set([...named, ...RESERVED_KEYS])])("tells editors that a top-level %s is set by the site", (key) => {
    const page = { ...example("page", "visitor-guide.json"), [key]: "x" };
    expect(explain("page", page)).toEqual([
      { field: key, message: { en: expect.stringContaining("is set by the site"), id: expect.stringContaining("diatur oleh situs") } },
    ]);
  });

  it("treats an unknown top-level field that is not reserved as a spelling mistake", () => {
    const page = { ...example("page", "visitor-guide.json"), titel: "Panduan" };
    expect(explain("page", page)).toEqual([
      { field: "titel", message: { en: expect.stringContaining("is not a known field"), id: expect.any(String) } },
    ]);
  });

  it("treats a reserved name inside a nested group as an ordinary unknown field", () => {
    const activity = example("activity", "entered-through-the-cms.json");
    activity.source.permalink = "/x/";
    const explained = explain("activity", activity);
    expect(explained).toHaveLength(1);
    expect(explained[0]?.field).toBe("source.permalink");
    expect(explained[0]?.message.en).toContain("is not a known field");
  });
});

describe("explainErrors merging and dropping", () => {
  it("reports one problem for a field when Ajv reports the same failure twice", () => {
    // The case-study title declares `type: string` and so does the shared `line` it refers to.
    const caseStudy = { ...example("case-study", "published-and-resolved.json"), title: 120 };
    const raw = rawErrors("case-study", caseStudy);
    expect(raw.filter((error) => error.instancePath === "/title").length).toBeGreaterThan(1);
    expect(explainErrors(raw)).toEqual([{ field: "title", message: { en: "must be text", id: "harus berupa teks" } }]);
  });

  it("merges identical messages for the same field but keeps the same message on different fields", () => {
    const twice = handMade({ keyword: "required", params: { missingProperty: "role" }, instancePath: "/reviewed" });
    const other = handMade({ keyword: "required", params: { missingProperty: "date" }, instancePath: "/reviewed" });
    expect(explainErrors([twice, twice, other]).map((error) => error.field)).toEqual(["reviewed.role", "reviewed.date"]);
  });

  it("drops the if wrapper that accompanies a missing CSV fingerprint", () => {
    const activity = example("activity", "imported-from-csv.json");
    delete activity.source.hash;
    const raw = rawErrors("activity", activity);
    expect(raw.map((error) => error.keyword)).toContain("if");
    expect(explainErrors(raw)).toEqual([{ field: "source.hash", message: { en: "is required", id: "wajib diisi" } }]);
  });

  it("drops the if wrapper when a published case study has an unticked anonymisation box", () => {
    const caseStudy = example("case-study", "published-and-resolved.json");
    caseStudy.anonymisation.placesGeneralised = false;
    const raw = rawErrors("case-study", caseStudy);
    expect(raw.map((error) => error.keyword)).toContain("if");
    expect(explainErrors(raw)).toEqual([
      {
        field: "anonymisation.placesGeneralised",
        message: { en: "must be ticked before the entry can be published", id: "harus dicentang sebelum entri dapat diterbitkan" },
      },
    ]);
  });

  it("returns nothing for an if error on its own", () => {
    expect(explainErrors([handMade({ keyword: "if", params: { failingKeyword: "then" } })])).toEqual([]);
  });
});

describe("explainErrors messages", () => {
  const regexSyntax = ["^", "\\d", "[0-9]"];

  /** Every `pattern` in every schema, with the schema node that declares it. */
  function schemaPatterns(): { where: string; pattern: string; node: Record<string, unknown> }[] {
    const found: { where: string; pattern: string; node: Record<string, unknown> }[] = [];
    const walk = (where: string, node: unknown): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => walk(`${where}/${index}`, item));
      if (!node || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if (typeof record.pattern === "string") found.push({ where, pattern: record.pattern, node: record });
      for (const [key, value] of Object.entries(record)) walk(`${where}/${key}`, value);
    };
    const dir = path.join(root, "schemas");
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".schema.json"))) {
      walk(file, JSON.parse(readFileSync(path.join(dir, file), "utf8")));
    }
    return found;
  }

  it("explains every pattern used in the schemas without showing a regular expression", () => {
    const patterns = schemaPatterns();
    expect(patterns.length).toBeGreaterThan(5);
    const leaks = patterns.flatMap(({ where, pattern, node }) => {
      const [explained] = explainErrors([
        handMade({ keyword: "pattern", instancePath: "/x", params: { pattern }, parentSchema: node, data: "?" }),
      ]);
      const texts = [explained?.message.en ?? "", explained?.message.id ?? ""];
      return texts
        .filter((text) => !text || regexSyntax.some((syntax) => text.includes(syntax)) || text.includes(pattern))
        .map((text) => `${where}: ${text}`);
    });
    expect(leaks).toEqual([]);
  });

  it("tells an editor who writes an exact date as a case-study period to write a quarter like 2024-Q3", () => {
    const caseStudy = { ...example("case-study", "published-and-resolved.json"), period: "2024-07-15" };
    const [explained, ...rest] = explain("case-study", caseStudy);
    expect(rest).toEqual([]);
    expect(explained?.field).toBe("period");
    expect(explained?.message.en).toContain("2024-Q3");
    expect(explained?.message.id).toContain("2024-Q3");
    for (const syntax of regexSyntax) expect(`${explained?.message.en} ${explained?.message.id}`).not.toContain(syntax);
  });

  it("lists every allowed value when a value is outside an enum", () => {
    const schema = JSON.parse(readFileSync(path.join(root, "schemas/training-module.schema.json"), "utf8")) as {
      properties: { pillar: { enum: string[] } };
    };
    const allowed = schema.properties.pillar.enum;
    const module = { ...example("training-module", "case-management-module.json"), pillar: "finance" };
    const [explained, ...rest] = explain("training-module", module);
    expect(rest).toEqual([]);
    expect(explained?.field).toBe("pillar");
    expect(explained?.message.en).toMatch(/^must be one of: /);
    for (const value of allowed) {
      expect(explained?.message.en).toContain(`"${value}"`);
      expect(explained?.message.id).toContain(`"${value}"`);
    }
    expect(explained?.message.en).not.toContain("finance");
  });

  it("says how long a too-long text is now, next to the limit", () => {
    const page = { ...example("page", "visitor-guide.json"), title: "Panduan ".repeat(16).trim() };
    expect(page.title).toHaveLength(127);
    expect(explain("page", page)).toEqual([
      {
        field: "title",
        message: { en: "is too long: at most 120 characters (now 127)", id: "terlalu panjang: maksimal 120 karakter (sekarang 127)" },
      },
    ]);
  });

  it("asks for a tick, not for the value true, when a publication checkbox is unticked", () => {
    const [explained] = explainErrors([
      handMade({ keyword: "const", instancePath: "/anonymisation/detailsAltered", params: { allowedValue: true } }),
    ]);
    expect(explained?.message.en).toContain("ticked");
    expect(explained?.message.en).not.toContain("true");
  });

  it("writes nested fields as dotted paths and decodes escaped JSON Pointer segments", () => {
    const [explained] = explainErrors([handMade({ keyword: "type", instancePath: "/steps/2/a~1b~0c", params: { type: "string" } })]);
    expect(explained?.field).toBe("steps.2.a/b~c");
  });

  it("names a missing field by its own path, not by the group that lacks it", () => {
    const term = example("glossary-term", "arisan.json");
    delete term.definition.en;
    expect(explain("glossary-term", term)).toEqual([{ field: "definition.en", message: { en: "is required", id: "wajib diisi" } }]);
  });
});

describe("explainErrors on real schemas", () => {
  const validators = compileValidators(root);
  const explain = (type: "case-study" | "glossary-term" | "ui-strings", document: unknown) => {
    validators[type](document);
    return explainErrors(validators[type].errors ?? []);
  };

  it("says only that a 'resolved' step is missing, not that every step must be resolved", () => {
    const published = JSON.parse(
      readFileSync(path.join(root, "test/fixtures/schemas/case-study/valid/published-and-resolved.json"), "utf8"),
    );
    published.steps = published.steps.filter((step: { stage: string }) => step.stage !== "resolved");
    const problems = explain("case-study", published);
    expect(problems.map((p) => p.field)).toEqual(["steps"]);
  });

  it("gives one message per field, the tightest limit when two apply", () => {
    const published = JSON.parse(
      readFileSync(path.join(root, "test/fixtures/schemas/case-study/valid/published-and-resolved.json"), "utf8"),
    );
    published.title = "x".repeat(400);
    published.summary = "";
    const problems = explain("case-study", published);
    expect(problems).toEqual([
      { field: "title", message: expect.objectContaining({ en: "is too long: at most 120 characters (now 400)" }) },
      { field: "summary", message: expect.objectContaining({ en: "must not be empty" }) },
    ]);
  });

  it("numbers duplicate items in reading order", () => {
    const term = { term: { id: "a", en: "a" }, definition: { id: "b", en: "b" }, related: ["arisan", "pkk", "arisan"] };
    expect(explain("glossary-term", term)[0]!.message.en).toBe("has the same item twice (items 1 and 3)");
  });

  it("points to the badly named interface key itself", () => {
    expect(explain("ui-strings", { "nav.home": "Beranda", "Nav.Search": "Cari" })).toEqual([
      { field: "Nav.Search", message: expect.objectContaining({ en: expect.stringContaining("like nav.home") }) },
    ]);
  });
});
