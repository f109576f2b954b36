/**
 * A case study's steps, as the form asks for them: each step's stage and period are the same in
 * both languages and only its note is translated, but Decap translates a list as a whole (it
 * copies `i18n: duplicate` parts only of groups, never of list items). So stage and period are
 * entered once, in the Indonesian pane, and the admin page's pre-save hook copies them into the
 * English steps (lib/cms/browser/shared-step-facts.ts). They are not required in the form:
 * Decap's field settings are shared by both panes and would demand them in English too; the
 * guard still demands them in both languages once the copy is made.
 */
import type { DecapField } from "./field-widget.ts";

/** The parts of a step that are the same in both languages. */
export const SHARED_STEP_FACTS = ["stage", "period"] as const;

// Said in both panes, so it has to make sense in either.
const COPIED = {
  id: "Cukup diisi di sisi Bahasa Indonesia; disalin ke versi Inggris saat disimpan.",
  en: "Fill in on the Indonesian side only; it is copied into the English version when you save.",
};

/**
 * The steps field with stage and period optional and saying where they come from; undefined
 * for every other field.
 * @example sharedStepFields("case-study", stepsField)?.fields[0] // { name: "stage", required: false, hint: "Cukup diisi di sisi Bahasa Indonesia; … — Fill in …", … }
 */
export function sharedStepFields(type: string, field: DecapField): DecapField | undefined {
  if (type !== "case-study" || field.name !== "steps" || !Array.isArray(field.fields)) return undefined;
  const fields = (field.fields as DecapField[]).map((part) => {
    if (!(SHARED_STEP_FACTS as readonly string[]).includes(part.name)) return part;
    // The part's own hint ("Indonesian — English") keeps its words after the copy notice.
    const [id, en] = typeof part.hint === "string" && part.hint.includes(" — ") ? part.hint.split(" — ", 2) : [undefined, undefined];
    return {
      ...part,
      required: false,
      hint: `${[COPIED.id, id].filter(Boolean).join(" ")} — ${[COPIED.en, en].filter(Boolean).join(" ")}`,
    };
  });
  return { ...field, fields };
}
