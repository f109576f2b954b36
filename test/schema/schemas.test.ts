// The schemas against their fixtures (test/fixtures/schemas/README.md explains the layout), plus
// the rules every schema follows: each content type is covered by fixtures, and every field has
// a label or hint for editors.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONTENT_TYPES } from "../../lib/content/content-types.ts";
import { explainErrors } from "../../lib/schema/explain-errors.ts";
import { compileValidators } from "../../lib/schema/validator.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtureDir = path.join(root, "test/fixtures/schemas");
const schemaDir = path.join(root, "schemas");

const validators = compileValidators(root);

interface Expectation {
  mistake: string;
  field: string;
  en: string;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8")) as unknown;
}

function fixtureFiles(type: string, kind: "valid" | "invalid"): string[] {
  const dir = path.join(fixtureDir, type, kind);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
    : [];
}

function readInvalidFixture(file: string): { expectation: Partial<Expectation>; document: unknown } {
  const data = readJson(file) as { $expect?: Partial<Expectation>; document?: unknown };
  return { expectation: data.$expect ?? {}, document: data.document };
}

function isWithin(field: string, expected: string): boolean {
  return field === expected || (expected !== "" && field.startsWith(`${expected}.`));
}

for (const type of CONTENT_TYPES) {
  describe(`the ${type.name} schema`, () => {
    const validate = validators[type.name];

    for (const file of fixtureFiles(type.name, "valid")) {
      it(`accepts the example ${type.name} "${file}"`, () => {
        const document = readJson(path.join(fixtureDir, type.name, "valid", file));
        const valid = validate(document);
        expect(valid, JSON.stringify(explainErrors(validate.errors ?? []), null, 2)).toBe(true);
      });
    }

    for (const file of fixtureFiles(type.name, "invalid")) {
      const fixturePath = path.join(fixtureDir, type.name, "invalid", file);
      const { expectation, document } = readInvalidFixture(fixturePath);
      it(`rejects ${expectation.mistake ?? `the ${type.name} fixture ${file}`}`, () => {
        expect(expectation, `${file} needs "$expect": { mistake, field, en }`).toMatchObject({
          mistake: expect.any(String),
          field: expect.any(String),
          en: expect.any(String),
        });
        expect(document, `${file} needs a "document"`).toBeDefined();
        const { field, en } = expectation as Expectation;

        expect(validate(document), `${file} was accepted`).toBe(false);
        const explained = explainErrors(validate.errors ?? []);
        const shown = JSON.stringify(explained, null, 2);

        const match = explained.find((error) => error.field === field && error.message.en.includes(en));
        expect(match, `no error on "${field}" containing "${en}"; got ${shown}`).toBeDefined();
        expect(match?.message.id.trim(), `Indonesian message for "${field}" is empty`).not.toBe("");
        expect(match?.message.id, `Indonesian message for "${field}" is just the English one`).not.toBe(match?.message.en);

        const elsewhere = explained.filter((error) => !isWithin(error.field, field));
        expect(elsewhere, `${file} should contain exactly one mistake, on "${field}"`).toEqual([]);
      });
    }
  });
}

describe("the schema fixtures", () => {
  it("include at least one valid and three invalid documents for every content type", () => {
    const thin = CONTENT_TYPES.map((type) => ({
      type: type.name,
      valid: fixtureFiles(type.name, "valid").length,
      invalid: fixtureFiles(type.name, "invalid").length,
    })).filter((count) => count.valid < 1 || count.invalid < 3);
    expect(thin, "add fixtures under test/fixtures/schemas/<type>/ for these types").toEqual([]);
  });

  it("are stored only in folders named after a content type", () => {
    const names = new Set(CONTENT_TYPES.map((type) => type.name as string));
    const folders = readdirSync(fixtureDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !names.has(folder))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Titles and descriptions: editors see them as field labels and hints in the CMS.

type SchemaNode = Record<string, unknown>;

const schemas = new Map<string, SchemaNode>(
  readdirSync(schemaDir)
    .filter((name) => name.endsWith(".schema.json"))
    .sort()
    .map((name) => [name, readJson(path.join(schemaDir, name)) as SchemaNode]),
);

/** Resolves `other.schema.json#/$defs/x` or `#/$defs/x` (relative to `file`). */
function resolveRef(file: string, ref: string): SchemaNode | undefined {
  const [target, pointer = ""] = ref.split("#");
  const schema = schemas.get(target || file);
  let node: unknown = schema;
  for (const segment of pointer.split("/").slice(1)) {
    node = node && typeof node === "object" ? (node as SchemaNode)[segment] : undefined;
  }
  return node && typeof node === "object" ? (node as SchemaNode) : undefined;
}

function isDocumented(node: SchemaNode | undefined): boolean {
  return Boolean(node && (typeof node.title === "string" || typeof node.description === "string"));
}

// These keywords only add conditions about properties that are declared (and documented)
// elsewhere, so their `properties` are not fields of their own.
const CONDITION_KEYWORDS = new Set(["if", "then", "else", "not", "contains", "propertyNames"]);

/** Every property (in `properties`, at any depth, including $defs) with no title or description. */
function undocumentedProperties(): string[] {
  const missing: string[] = [];
  const walk = (file: string, node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(file, item, `${pointer}/${index}`));
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as SchemaNode)) {
      if (CONDITION_KEYWORDS.has(key) || key === "enum" || key === "const") continue;
      if (key === "properties" && value && typeof value === "object") {
        for (const [name, property] of Object.entries(value as Record<string, SchemaNode>)) {
          const target = typeof property.$ref === "string" ? resolveRef(file, property.$ref) : undefined;
          if (!isDocumented(property) && !isDocumented(target)) missing.push(`${file}#${pointer}/properties/${name}`);
        }
      }
      walk(file, value, `${pointer}/${key}`);
    }
  };
  for (const [file, schema] of schemas) walk(file, schema, "");
  return missing;
}

describe("the schema documentation", () => {
  it("gives every schema file a title and a description", () => {
    const bare = [...schemas].filter(
      ([, schema]) =>
        typeof schema.title !== "string" || typeof schema.description !== "string" || !schema.title.trim() || !schema.description.trim(),
    );
    expect(bare.map(([file]) => file)).toEqual([]);
  });

  it("has a schema file for every content type", () => {
    expect(CONTENT_TYPES.map((type) => type.schema).filter((file) => !schemas.has(file))).toEqual([]);
  });

  it("gives every shared definition in $defs a title or a description", () => {
    const bare = [...schemas].flatMap(([file, schema]) =>
      Object.entries((schema.$defs ?? {}) as Record<string, SchemaNode>)
        .filter(([, definition]) => !isDocumented(definition))
        .map(([name]) => `${file}#/$defs/${name}`),
    );
    expect(bare).toEqual([]);
  });

  it("gives every property, including those inside $defs, a title or a description of its own or through its $ref", () => {
    expect(undocumentedProperties(), "add a title (the CMS label) or a description (the CMS hint)").toEqual([]);
  });
});
