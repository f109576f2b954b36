import { readFile } from "node:fs/promises";
import path from "node:path";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import { CONTENT_TYPES } from "../content/content-types.ts";

export const GENERATED_TYPES_FILE = "lib/types/content.generated.ts";

const BANNER = `/* Generated from schemas/*.schema.json by \`npm run types\`. Do not edit by hand:
   change the schema and run the command again (a test fails while this file is stale). */`;

type Node = Record<string, unknown>;

/**
 * Compiles every content schema into one TypeScript module, one exported interface per
 * content type, named after the schema's title (e.g. "Training module" → TrainingModule).
 * @example const source = await generateContentTypes("/path/to/project");
 */
export async function generateContentTypes(root: string): Promise<string> {
  const schemaDir = path.join(root, "schemas");
  const load = async (file: string) => JSON.parse(await readFile(path.join(schemaDir, file), "utf8")) as Node;
  const common = await load("common.schema.json");
  const parts: string[] = [BANNER];
  for (const type of CONTENT_TYPES) {
    const schema = await load(type.schema);
    const inlined = inline(schema, common, true) as JSONSchema;
    const compiled = await compile(inlined, String(schema.title), {
      bannerComment: "",
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
      format: true,
      style: { singleQuote: false, printWidth: 100 },
    });
    parts.push(compiled.trim());
  }
  return parts.join("\n\n") + "\n";
}

/**
 * Resolves `$ref`s into common.schema.json and turns nested titles into doc comments, so the
 * generator emits one self-contained interface per type instead of dozens of aliases named
 * after field labels (which would also shadow globals such as `Date` and `Number`).
 */
function inline(node: unknown, common: Node, isRoot = false): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(item, common));
  if (node === null || typeof node !== "object") return node;
  let current = { ...(node as Node) };
  const ref = current.$ref;
  if (typeof ref === "string") {
    const name = ref.split("#/$defs/")[1];
    const target = name ? (common.$defs as Record<string, Node>)[name] : undefined;
    if (!target) throw new Error(`Cannot resolve $ref ${ref}`);
    delete current.$ref;
    current = { ...(inline(target, common) as Node), ...current };
  }
  const result: Node = {};
  for (const [key, value] of Object.entries(current)) {
    if (key === "$id" || key === "$schema" || key === "$defs") continue;
    if (key === "properties" && value && typeof value === "object") {
      result.properties = Object.fromEntries(Object.entries(value as Node).map(([name, child]) => [name, inline(child, common)]));
    } else {
      result[key] = inline(value, common);
    }
  }
  if (!isRoot && typeof result.title === "string") {
    result.description = result.description ? `${result.title}: ${String(result.description)}` : result.title;
    delete result.title;
  }
  return result;
}
