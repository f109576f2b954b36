/**
 * One content type (lib/content/content-types.ts) → one Decap folder collection, its fields
 * generated from the type's schema.
 */
import type { ContentType } from "../content/content-types.ts";
import { fieldFor, type DecapField } from "./field-widget.ts";
import { LANGUAGE_NEUTRAL_FIELDS } from "./language-neutral-fields.ts";
import { listViewFor } from "./list-views.ts";
import type { OptionLabeller } from "./option-labels.ts";
import { loadSchemaTree, type SchemaNode } from "./schema-tree.ts";

/** What identifies an entry and names its file, per collection (default: `title`). */
const IDENTIFIERS: Record<string, { identifier_field: string; slug: string }> = {
  // File names like 2024-11-04-jombang-workshop-penyegaran.json, as the CSV importer writes them.
  activities: { identifier_field: "title.id", slug: "{{fields.date}}-{{fields.kelurahan}}-{{slug}}" },
  // A team's file name must be its kelurahan's short name (Pondok Kacang Timur → pondok-kacang-timur).
  teams: { identifier_field: "kelurahan", slug: "{{slug}}" },
  "action-plan": { identifier_field: "objective.id", slug: "{{slug}}" },
  "case-stats": { identifier_field: "period", slug: "{{slug}}" },
  decrees: { identifier_field: "number", slug: "{{slug}}" },
  glossary: { identifier_field: "term.id", slug: "{{slug}}" },
  timeline: { identifier_field: "title.id", slug: "{{fields.date}}-{{slug}}" },
};

/** The collection name Decap uses in its addresses: the folder's last part (case-studies, …). */
export function collectionName(type: ContentType): string {
  return type.folder.split("/").at(-1) as string;
}

/**
 * @example collectionFor(caseStudyType, "/repo", labeller).folder // "content/case-studies"
 */
export function collectionFor(type: ContentType, root: string, labeller: OptionLabeller): Record<string, unknown> {
  const schema = loadSchemaTree(root, type.schema);
  const name = collectionName(type);
  const neutral = new Set(LANGUAGE_NEUTRAL_FIELDS[type.name] ?? []);
  const required = schema.required ?? [];
  const fields = Object.entries(schema.properties ?? {}).map(([field, node]) =>
    adjust(type.name, fieldFor(field, node, required.includes(field), { labeller, enforceRequired: true, i18n: type.perLanguage ? (neutral.has(field) ? "duplicate" : "translate") : undefined })),
  );
  return {
    name,
    label: String(schema.title ?? name),
    label_singular: String(schema.title ?? name),
    description: typeof schema.description === "string" ? schema.description : undefined,
    folder: type.folder,
    extension: type.format === "markdown" ? "md" : "json",
    format: type.format === "markdown" ? "frontmatter" : "json",
    create: true,
    ...(IDENTIFIERS[name] ?? {}),
    ...(type.perLanguage ? { i18n: true } : {}),
    ...listViewFor(name, schema, labeller),
    fields,
  };
}

/** Fields the CMS fills in itself rather than asking the editor. */
function adjust(type: string, field: DecapField): DecapField {
  if (type === "activity" && field.name === "source") {
    // An activity entered in the CMS says so; one imported from CSV keeps its origin and hash.
    const fields = (field.fields as DecapField[]).map((part) =>
      part.name === "kind" ? { name: "kind", label: part.label, widget: "hidden", default: "cms" } : { name: part.name, label: part.label, widget: "hidden", required: false },
    );
    return { ...field, fields, collapsed: true };
  }
  return field;
}

export type { SchemaNode };
