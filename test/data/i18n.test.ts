import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../support/content-tree.ts";

const read = (file: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, file), "utf8")) as Record<string, unknown>;
const id = read("data/i18n/id.json") as Record<string, string>;
const en = read("data/i18n/en.json") as Record<string, string>;

type Schema = { enum?: string[]; properties?: Record<string, Schema>; items?: Schema; $defs?: Record<string, Schema> };
const common = read("schemas/common.schema.json") as Schema;
const schema = (name: string) => read(`schemas/${name}.schema.json`) as Schema;
const enumOf = (node: Schema | undefined): string[] => node?.enum ?? [];

/** Dictionary prefix → every value the schemas allow for the field shown with that prefix. */
const ENUMS: Record<string, string[]> = {
  pillar: enumOf(schema("training-module").properties?.pillar),
  kelurahan: enumOf(common.$defs?.kelurahan),
  area: enumOf(schema("case-study").properties?.area),
  concern: enumOf(common.$defs?.concernCategory),
  reporter: enumOf(schema("case-study").properties?.reportedBy),
  stage: enumOf(common.$defs?.caseStage),
  approach: enumOf(schema("case-study").properties?.approaches?.items),
  forum: enumOf(common.$defs?.forum),
  activityType: enumOf(schema("activity").properties?.activityType),
  status: enumOf(schema("action-plan-item").properties?.status),
};

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".njk")).map((file) => path.join(dir, file));
}

describe("the interface dictionaries", () => {
  it("have exactly the same keys in Indonesian and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it("name every value the schemas allow for a field the site shows", () => {
    for (const [prefix, values] of Object.entries(ENUMS)) {
      expect(values.length, prefix).toBeGreaterThan(0);
      for (const value of values) {
        expect(id, `${prefix}.${value}`).toHaveProperty([`${prefix}.${value}`]);
        if (prefix === "pillar") expect(id, `pillarSummary.${value}`).toHaveProperty([`pillarSummary.${value}`]);
      }
    }
  });

  it("hold every key the templates ask for by name", () => {
    const used = new Set<string>();
    for (const file of templateFiles(path.join(REPO_ROOT, "templates"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/["']([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)*)["']\s*\|\s*t\b/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in id))).toEqual([]);
  });

  it("fill the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(id)) {
      // A quarter is written with a Roman numeral in Indonesian and a digit in English.
      if (key === "period.quarter") continue;
      expect(placeholders(en[key] ?? ""), key).toEqual(placeholders(id[key]!));
    }
  });
});
