/**
 * A content schema with every `$ref` into common.schema.json replaced by what it points to, at
 * every depth. The CMS config generator walks this tree; lib/schema/schema-fields.ts resolves
 * the same way for the content-model document (a field's own keys override the shared ones).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** One node of a JSON Schema, as plain data. */
export type SchemaNode = Record<string, unknown> & {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
};

/**
 * @example loadSchemaTree("/repo", "activity.schema.json").properties?.kelurahan?.enum // ["benda-baru", …]
 */
export function loadSchemaTree(root: string, schemaFile: string): SchemaNode {
  const load = (file: string) => JSON.parse(readFileSync(path.join(root, "schemas", file), "utf8")) as SchemaNode;
  const defs = (load("common.schema.json").$defs ?? {}) as Record<string, SchemaNode>;
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve);
    if (!node || typeof node !== "object") return node;
    let own = node as SchemaNode;
    if (typeof own.$ref === "string") {
      const name = own.$ref.split("#/$defs/")[1] ?? "";
      const target = defs[name];
      if (!target) throw new Error(`Cannot resolve ${own.$ref} in ${schemaFile}`);
      const { $ref: _, ...overrides } = own;
      // The shared definition's name is kept: the generator recognises kelurahan, slugs, … by it.
      own = { ...(resolve(target) as SchemaNode), ...overrides, "x-def": name };
    }
    return Object.fromEntries(Object.entries(own).map(([key, value]) => [key, key === "enum" ? value : resolve(value)]));
  };
  return resolve(load(schemaFile)) as SchemaNode;
}
