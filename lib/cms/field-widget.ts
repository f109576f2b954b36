/**
 * One schema property → one Decap field. The schema decides the widget, the label (its title,
 * said in Indonesian first: lib/cms/field-words-id.ts), the hint (its description, likewise),
 * whether it is required and its pattern, so the form cannot drift from what `npm run check`
 * accepts. Rules the form cannot express (if/then, uniqueness, the kelurahan enum behind a
 * relation) are enforced by the pre-save guard with the same schemas.
 */
import type { ErrorObject } from "ajv";
import { explainErrors } from "../schema/explain-errors.ts";
import { fieldHint, fieldLabel, listItemLabel } from "./field-words-id.ts";
import type { OptionLabeller } from "./option-labels.ts";
import { relationFor } from "./relations.ts";
import type { SchemaNode } from "./schema-tree.ts";

export type DecapField = Record<string, unknown> & { name: string; widget: string };

/**
 * How a field takes part in translation, in a per-language collection:
 * `translate` — each language has its own value; `duplicate` — one value, copied into every
 * language (pillar, period, …). Undefined in collections that are not per-language.
 */
export type I18nMode = "translate" | "duplicate" | undefined;

export interface FieldContext {
  labeller: OptionLabeller;
  i18n: I18nMode;
  /** False inside an optional group: Decap would demand its parts even when the group is empty. */
  enforceRequired: boolean;
}

// The toolbar offered for Markdown bodies: the page's <h1> is the title, so headings start at
// level 2; no images or code blocks (the site renders neither from content).
const MARKDOWN_BUTTONS = ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"];

/**
 * @example fieldFor("period", { type: "string", pattern: "^(19|20)[0-9]{2}(-Q[1-4])?$", title: "Period" }, true, context)
 * // { name: "period", label: "Periode — Period", widget: "string", pattern: [...], required: true }
 */
export function fieldFor(name: string, node: SchemaNode, required: boolean, context: FieldContext): DecapField {
  const field: DecapField = { name, label: fieldLabel(String(node.title ?? name)), widget: "string" };
  if (typeof node.description === "string") field.hint = fieldHint(node.description);
  // The parts of an optional group are only demanded by the guard, which knows when the group is empty.
  Object.assign(field, widgetFor(name, node, { ...context, enforceRequired: context.enforceRequired && required }));
  // Decap treats every field as required unless told otherwise.
  field.required = required && context.enforceRequired;
  const i18n = i18nKey(field, context.i18n);
  if (i18n !== undefined) field.i18n = i18n;
  return field;
}

function widgetFor(name: string, node: SchemaNode, context: FieldContext): Record<string, unknown> {
  const definition = typeof node["x-def"] === "string" ? node["x-def"] : undefined;
  const relation = relationFor(name, definition);
  if (relation) return { widget: "relation", ...relation };
  if (Array.isArray(node.enum)) return { widget: "select", options: context.labeller.options(node.enum, [name, definition]) };
  switch (node.type) {
    case "string":
      return stringWidget(node, definition);
    case "integer":
    case "number":
      return {
        widget: "number",
        // Without value_type Decap stores numbers as text, which the schema rejects.
        value_type: node.type === "integer" ? "int" : "float",
        ...(typeof node.minimum === "number" ? { min: node.minimum } : {}),
        ...(typeof node.maximum === "number" ? { max: node.maximum } : {}),
      };
    case "boolean":
      // Required yes/no fields must be written even when left unticked.
      return { widget: "boolean", default: false };
    case "object":
      return objectWidget(node, context);
    case "array":
      return arrayWidget(name, node, context);
    default:
      return { widget: "string" };
  }
}

function stringWidget(node: SchemaNode, definition: string | undefined): Record<string, unknown> {
  if (node.format === "date") {
    // Date only, stored as text written year-month-day, as the schema's `format: date` wants.
    return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false, picker_utc: true };
  }
  if (definition === "markdownBody") {
    // sanitize_preview: the preview pane renders editors' HTML otherwise (CVE-2025-57520).
    return { widget: "markdown", sanitize_preview: true, buttons: MARKDOWN_BUTTONS, editor_components: [], modes: ["rich_text", "raw"] };
  }
  const widget = definition === "paragraph" || (typeof node.maxLength === "number" && node.maxLength > 300) ? "text" : "string";
  const result: Record<string, unknown> = { widget };
  if (typeof node.pattern === "string") result.pattern = [node.pattern, patternMessage(node)];
  return result;
}

/** The check's own words for a pattern, so the form and `npm run check` say the same. */
function patternMessage(node: SchemaNode): string {
  const [explained] = explainErrors([
    {
      keyword: "pattern",
      params: { pattern: node.pattern },
      instancePath: "/field",
      schemaPath: "#/pattern",
      parentSchema: node,
    } as unknown as ErrorObject,
  ]);
  return explained ? `${explained.message.id} — ${explained.message.en}` : String(node.description ?? "");
}

function objectWidget(node: SchemaNode, context: FieldContext): Record<string, unknown> {
  const required = node.required ?? [];
  // A translated group's parts are translated; a shared group's parts are copied (context.i18n).
  const fields = Object.entries(node.properties ?? {}).map(([child, schema]) => fieldFor(child, schema, required.includes(child), context));
  return { widget: "object", collapsed: false, fields };
}

function arrayWidget(name: string, node: SchemaNode, context: FieldContext): Record<string, unknown> {
  const items = node.items ?? {};
  const limits = {
    ...(typeof node.minItems === "number" && node.minItems > 0 ? { min: node.minItems } : {}),
    ...(typeof node.maxItems === "number" ? { max: node.maxItems } : {}),
  };
  const itemDefinition = typeof items["x-def"] === "string" ? items["x-def"] : undefined;
  // What one item is called: Decap counts the items with it ("1 langkah — step") and names the
  // add button after it ("Tambah langkah — step"); without it, "1 langkah penanganan — steps taken".
  const singular = listItemLabel(String(node.title ?? name));
  const named = singular === undefined ? {} : { label_singular: singular };
  const relation = relationFor(name, itemDefinition);
  // Lists of fixed values and of references are multiple selects, not lists: Decap lets a
  // select be copied between languages (i18n: duplicate), a list only translated or not.
  if (relation)
    return {
      widget: "relation",
      multiple: true,
      ...relation,
      ...(limits.min ? { min: limits.min } : {}),
      ...(limits.max ? { max: limits.max } : {}),
    };
  if (Array.isArray(items.enum))
    return { widget: "select", multiple: true, options: context.labeller.options(items.enum, [name, itemDefinition]), ...limits };
  // Items of a list exist only once added, so their own required parts are enforced.
  const itemContext: FieldContext = { ...context, i18n: context.i18n === undefined ? undefined : "translate", enforceRequired: true };
  if (items.type === "object") {
    const required = items.required ?? [];
    const fields = Object.entries(items.properties ?? {}).map(([child, schema]) =>
      fieldFor(child, schema, required.includes(child), itemContext),
    );
    const first = fields.find(
      (field) => field.widget === "select" || field.widget === "string" || field.widget === "relation" || field.widget === "datetime",
    );
    return { widget: "list", ...named, collapsed: true, ...(first ? { summary: `{{fields.${first.name}}}` } : {}), fields, ...limits };
  }
  const item = fieldFor("item", items, true, itemContext);
  // Lines of text (objectives, lessons, keywords): shown open, each line in its own box, labelled
  // as one item (Pelajaran — Lesson); when the editor folds the list, each line shows its text
  // (Decap's default is the field's label, so every folded line read "Learning objectives").
  return {
    widget: "list",
    ...named,
    collapsed: false,
    summary: "{{fields.item}}",
    field: { ...item, label: singular ?? fieldLabel(String(node.title ?? name)) },
    ...limits,
  };
}

/**
 * Decap accepts only true/false on lists and groups, so a shared group is marked translated
 * (true) and its parts `duplicate`; a list that mixes shared and translated parts (steps) is
 * translated as a whole, and the check makes sure its shared parts agree between languages.
 */
function i18nKey(field: DecapField, mode: I18nMode): boolean | "duplicate" | undefined {
  if (mode === undefined) return undefined;
  if (field.widget === "list" || field.widget === "object") return true;
  return mode === "duplicate" ? "duplicate" : true;
}
