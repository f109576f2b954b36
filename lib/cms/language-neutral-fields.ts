/**
 * Fields of the per-language types that hold one value for both languages. The CMS copies
 * them from Indonesian into English (i18n: duplicate); lib/validation/cross-references.ts checks
 * that the two files agree. Keep the two in step (test/cms/language-neutral-fields.test.ts).
 */
import type { ContentTypeName } from "../content/content-types.ts";

export const LANGUAGE_NEUTRAL_FIELDS: Partial<Record<ContentTypeName, readonly string[]>> = {
  "training-module": ["pillar", "order", "durationMinutes", "glossaryTerms", "reviewed"],
  "case-study": [
    "illustrative",
    "period",
    "area",
    "concernCategory",
    "reportedBy",
    "approaches",
    "glossaryTerms",
    "anonymisation",
    "status",
  ],
  page: ["navOrder", "reviewed"],
};
