/**
 * What the admin page runs before Decap writes an entry: the same schema validators and the
 * same personal-data screen as `npm run check`, over every language version of the entry.
 * Pure (no file system, no Node built-ins beyond what the screen needs), so the same code runs
 * in the browser bundle (lib/cms/browser/admin.ts) and in unit tests.
 */
import type { ErrorObject } from "ajv";
import { CONTENT_TYPES, type ContentTypeName, type Language } from "../content/content-types.ts";
import type { Bilingual } from "../content/entry.ts";
import { KIND_LABELS } from "../privacy/kind-labels.ts";
import { screenText } from "../privacy/screen-text.ts";
import { explainErrors } from "../schema/explain-errors.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";

/** A compiled validator: Ajv's runtime one or its standalone (pre-compiled) form. */
export type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface GuardInput {
  /** Decap's collection name (the folder's last part: case-studies, activities, …). */
  collection: string;
  /** The entry's data in the default language (Indonesian). */
  data: Record<string, unknown>;
  /** Other languages' data, as Decap keeps it: `{ en: { data } }`. */
  i18n?: Record<string, { data?: Record<string, unknown> } | undefined>;
}

export interface GuardProblem {
  /** Only for per-language collections. */
  language?: Language;
  field: string;
  message: Bilingual;
}

const LANGUAGE_NAMES: Record<Language, Bilingual> = {
  id: { id: "Bahasa Indonesia", en: "Indonesian" },
  en: { id: "Bahasa Inggris", en: "English" },
};

/**
 * @example guardEntry({ collection: "activities", data }, validators, allowList) // [] when it may be saved
 */
export function guardEntry(
  input: GuardInput,
  validators: Partial<Record<ContentTypeName, Validate>>,
  allowList: PrivacyAllowList,
): GuardProblem[] {
  const type = CONTENT_TYPES.find((candidate) => candidate.folder.split("/").at(-1) === input.collection);
  if (!type) return [];
  const versions: [Language | undefined, Record<string, unknown>][] = type.perLanguage
    ? [
        ["id", input.data],
        ...Object.entries(input.i18n ?? {}).flatMap(([language, value]) =>
          value?.data ? [[language as Language, value.data] as [Language, Record<string, unknown>]] : [],
        ),
      ]
    : [[undefined, input.data]];
  const validate = validators[type.name];
  const problems: GuardProblem[] = [];
  for (const [language, raw] of versions) {
    const data = withoutUnset(raw) as Record<string, unknown>;
    const where = language ? { language } : {};
    if (validate && !validate(data)) {
      for (const explained of explainErrors(validate.errors ?? []))
        problems.push({ ...where, field: explained.field, message: explained.message });
    }
    const allowed = new Set(exceptionsOf(data));
    for (const [field, text] of textLeaves(data, "")) {
      for (const finding of screenText(text, allowList, { allowedFingerprints: allowed })) {
        const label = KIND_LABELS[finding.kind];
        problems.push({
          ...where,
          field,
          message: {
            id: `tampak seperti data pribadi (${label.id}): ${finding.masked}. Hapus atau tulis ulang agar tidak ada orang yang dapat dikenali (sidik ${finding.fingerprint}).`,
            en: `looks like personal data (${label.en}): ${finding.masked}. Remove it or write it so that nobody can be identified (fingerprint ${finding.fingerprint}).`,
          },
        });
      }
    }
  }
  return problems;
}

/** A collection's field labels as the form shows them, by path with list positions left out ("steps.note"). */
export type FieldLabels = Record<string, string>;

/**
 * The labels of every field of each collection of a Decap configuration, nested labels joined
 * with " › ", so a problem can name the field as the editor sees it in the form.
 * @example fieldLabels(config)["case-studies"]["steps.note"] // "Langkah penanganan — Steps taken › Yang dilakukan — What was done"
 */
export function fieldLabels(config: { collections: readonly Record<string, unknown>[] }): Record<string, FieldLabels> {
  type Field = { name: string; label?: string; fields?: Field[]; field?: Field };
  const walk = (fields: readonly Field[], prefix: string, labelPrefix: string, into: FieldLabels) => {
    for (const field of fields) {
      const key = prefix ? `${prefix}.${field.name}` : field.name;
      const label = labelPrefix ? `${labelPrefix} › ${field.label ?? field.name}` : (field.label ?? field.name);
      into[key] = label;
      if (field.fields) walk(field.fields, key, label, into);
      // A list of single values: its items are the list's own path.
    }
  };
  return Object.fromEntries(
    config.collections.map((collection) => {
      const labels: FieldLabels = {};
      walk((collection.fields ?? []) as Field[], "", "", labels);
      return [String(collection.name), labels];
    }),
  );
}

/** "steps.0.note" → "Langkah penanganan — Steps taken › Yang dilakukan — What was done (steps.0.note)"; the bare path when no label is known. */
function fieldName(field: string, labels: FieldLabels | undefined): string {
  if (!field) return "(entri / entry)";
  const parts = field.split(".").filter((part) => !/^\d+$/.test(part));
  // A list of single values (lessons.0) is labelled by the list.
  const label = labels?.[parts.join(".")];
  return label ? `${label} (${field})` : field;
}

/**
 * The message Decap shows when the guard throws: one line per problem, Indonesian then English,
 * naming the field by its label in the form when `labels` (the collection's, from fieldLabels) are given.
 * @example guardMessage([{ field: "period", message: { id: "…", en: "…" } }], { period: "Period" }) // "…\n• Period (period): … — …"
 */
export function guardMessage(problems: readonly GuardProblem[], labels?: FieldLabels): string {
  const lines = problems.map((problem) => {
    const language = problem.language ? `[${LANGUAGE_NAMES[problem.language].id} / ${LANGUAGE_NAMES[problem.language].en}] ` : "";
    return `• ${language}${fieldName(problem.field, labels)}: ${problem.message.id} — ${problem.message.en}`;
  });
  return [
    `Belum disimpan: perbaiki ${problems.length} masalah. — Not saved: fix ${problems.length} problem${problems.length === 1 ? "" : "s"}.`,
    ...lines,
  ].join("\n");
}

/**
 * Values Decap holds but never writes (null, undefined) are left out; everything else is
 * judged exactly as it will be written, so what passes here passes `npm run check`.
 * @example withoutUnset({ a: null, b: { c: undefined, d: "" } }) // { b: { d: "" } }
 */
export function withoutUnset(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnset);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, withoutUnset(inner)]),
    );
  }
  return value;
}

function exceptionsOf(data: Record<string, unknown>): string[] {
  const list = data.privacyExceptions;
  return Array.isArray(list) ? list.flatMap((item) => (typeof item?.fingerprint === "string" ? [item.fingerprint as string] : [])) : [];
}

/** Every string (and number: a phone number typed into a number field is still one) with its dotted path. */
function textLeaves(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "number") return [[path, String(value)]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textLeaves(item, path ? `${path}.${index}` : String(index)));
  if (value && typeof value === "object") {
    return Object.entries(value)
      .filter(([key]) => key !== "privacyExceptions")
      .flatMap(([key, inner]) => textLeaves(inner, path ? `${path}.${key}` : key));
  }
  return [];
}
