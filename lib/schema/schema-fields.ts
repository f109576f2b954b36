import { readFileSync } from "node:fs";
import path from "node:path";

type Node = Record<string, unknown>;

export interface SchemaField {
  /** Dotted path; list items are written `steps[].stage`. */
  path: string;
  title: string;
  description?: string;
  required: boolean;
  /** Human summary of the type: "text", "whole number", "list of text", "one of: a, b". */
  kind: string;
}

/**
 * Flattens a content schema into the list of fields an editor fills in, with `$ref`s into
 * common.schema.json resolved. Used to document the content model (docs/CONTENT-MODEL.md) and,
 * later, to generate the CMS forms, so both always say what the schema says.
 * @example schemaFields("/repo", "activity.schema.json")[0] // { path: "date", title: "Date", required: true, kind: "date (YYYY-MM-DD)", … }
 */
export function schemaFields(root: string, schemaFile: string): SchemaField[] {
  const load = (file: string) => JSON.parse(readFileSync(path.join(root, "schemas", file), "utf8")) as Node;
  const common = load("common.schema.json");
  const resolve = (node: Node): Node => {
    const ref = node.$ref;
    if (typeof ref !== "string") return node;
    const name = ref.split("#/$defs/")[1] ?? "";
    const target = (common.$defs as Record<string, Node>)[name];
    if (!target) throw new Error(`Cannot resolve ${ref} in ${schemaFile}`);
    const { $ref: _, ...overrides } = node;
    return { ...resolve(target), ...overrides };
  };

  const fields: SchemaField[] = [];
  const walk = (node: Node, prefix: string, required: readonly string[]) => {
    const properties = (node.properties ?? {}) as Record<string, Node>;
    for (const [name, raw] of Object.entries(properties)) {
      const schema = resolve(raw);
      const fieldPath = prefix ? `${prefix}.${name}` : name;
      fields.push({
        path: fieldPath,
        title: String(schema.title ?? name),
        ...(typeof schema.description === "string" ? { description: schema.description } : {}),
        required: required.includes(name),
        kind: describeKind(schema, resolve),
      });
      if (schema.type === "object" && schema.properties) walk(schema, fieldPath, (schema.required as string[]) ?? []);
      const items = schema.items ? resolve(schema.items as Node) : undefined;
      if (items && items.type === "object" && items.properties) walk(items, `${fieldPath}[]`, (items.required as string[]) ?? []);
    }
  };
  const schema = load(schemaFile);
  walk(schema, "", (schema.required as string[]) ?? []);
  return fields;
}

function describeKind(schema: Node, resolve: (node: Node) => Node): string {
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.join(", ")}`;
  switch (schema.type) {
    case "string":
      if (schema.format === "date") return "date (YYYY-MM-DD)";
      if (schema.format === "uri") return "web address";
      return typeof schema.maxLength === "number" ? `text (at most ${schema.maxLength} characters)` : "text";
    case "integer":
      return "whole number";
    case "number":
      return "number";
    case "boolean":
      return "yes/no";
    case "object":
      return schema.properties ? "group of fields" : "dictionary";
    case "array": {
      const items = schema.items ? resolve(schema.items as Node) : {};
      return `list of ${describeKind(items, resolve)}`;
    }
    default:
      return "value";
  }
}
