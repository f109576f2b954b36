import { readFileSync } from "node:fs";
import path from "node:path";
import { CONTENT_TYPES } from "../content/content-types.ts";
import { schemaFields } from "./schema-fields.ts";

export const CONTENT_MODEL_DOC = "docs/CONTENT-MODEL.md";

/**
 * Writes the content model as Markdown, one section per content type, one table row per
 * field, straight from the schemas' titles and descriptions (the same words editors see).
 * @example const markdown = contentModelDoc("/repo");
 */
export function contentModelDoc(root: string): string {
  const lines = [
    "# Content model",
    "",
    "Generated from `schemas/*.schema.json` by `npm run types`; do not edit by hand (a test fails",
    "while this file is stale). Every field's text is the schema's own title and description.",
    "",
  ];
  for (const type of CONTENT_TYPES) {
    const schema = JSON.parse(readFileSync(path.join(root, "schemas", type.schema), "utf8")) as { title: string; description: string };
    const where = type.perLanguage
      ? `${type.folder}/<id|en>/<slug>.md`
      : type.name === "site-settings"
        ? "data/site.json"
        : `${type.folder}/<slug>.json`;
    lines.push(`## ${schema.title}`, "", schema.description, "", `Stored in \`${where}\`, checked by \`schemas/${type.schema}\`.`, "");
    const fields = schemaFields(root, type.schema);
    if (fields.length === 0) {
      lines.push("Free-form keys (see the schema).", "");
      continue;
    }
    lines.push("| field | required | kind | meaning |", "|---|---|---|---|");
    for (const field of fields) {
      const meaning = [field.title, field.description].filter(Boolean).join(": ").replace(/\|/g, "\\|");
      lines.push(`| \`${field.path}\` | ${field.required ? "yes" : ""} | ${field.kind.replace(/\|/g, "\\|")} | ${meaning} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
