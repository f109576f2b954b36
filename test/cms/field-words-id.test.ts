import { describe, expect, it } from "vitest";
import { buildCmsConfig } from "../../lib/cms/cms-config.ts";
import { fieldFor } from "../../lib/cms/field-widget.ts";
import { fieldHint, fieldLabel, LABELS_ID, listItemLabel } from "../../lib/cms/field-words-id.ts";
import { optionLabeller } from "../../lib/cms/option-labels.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

type Field = Record<string, unknown> & { name: string; label?: string; hint?: string; fields?: Field[]; field?: Field };
const config = buildCmsConfig(REPO_ROOT);

/** Every field of a collection with its path, nested ones and a list's single item included. */
const everyField = (fields: readonly Field[], prefix: string): [string, Field][] =>
  fields.flatMap((field) => {
    const path = `${prefix}.${field.name}`;
    return [
      [path, field] as [string, Field],
      ...everyField(field.fields ?? [], path),
      ...(field.field ? everyField([field.field], path) : []),
    ];
  });
const fields = config.collections.flatMap((collection) => everyField(collection.fields as Field[], String(collection.name)));
const field = (path: string) => fields.find(([where]) => where === path)?.[1] as Field;

/** "Indonesian — English", or one word both languages use (Status, Kelurahan). */
const bilingual = (words: string) => words.includes(" — ") || LABELS_ID[words] === words;

/** What a form would show in English only: the words to add to lib/cms/field-words-id.ts. */
function untranslated(entries: readonly [string, Field][]): string[] {
  return entries.flatMap(([path, f]) => [
    ...(bilingual(String(f.label)) ? [] : [`${path}: label ${JSON.stringify(f.label)}`]),
    ...(f.hint === undefined || f.hint.includes(" — ") ? [] : [`${path}: hint ${JSON.stringify(f.hint)}`]),
    ...(f.widget === "list" && !(typeof f.label_singular === "string" && bilingual(f.label_singular))
      ? [`${path}: a list with no label_singular (LIST_ITEMS)`]
      : []),
  ]);
}

describe("the CMS form's words", () => {
  it("label and explain every field of every collection in Indonesian first, then English", () => {
    expect(fields.length).toBeGreaterThan(100);
    // A failure names the schema's English words to give an Indonesian in lib/cms/field-words-id.ts.
    expect(untranslated(fields)).toEqual([]);
  });

  it("notice a field a schema gains without Indonesian words", () => {
    const context = { labeller: optionLabeller(REPO_ROOT), i18n: undefined, enforceRequired: true };
    const added = fieldFor("mood", { type: "string", title: "Mood of the meeting", description: "How it felt." }, true, context);
    expect(untranslated([["case-studies.mood", added]])).toEqual([
      'case-studies.mood: label "Mood of the meeting"',
      'case-studies.mood: hint "How it felt."',
    ]);
    const list = fieldFor("moods", { type: "array", title: "Period", items: { type: "object", properties: {} } }, true, context);
    expect(untranslated([["case-studies.moods", list]])).toEqual(["case-studies.moods: a list with no label_singular (LIST_ITEMS)"]);
  });

  it("read as editors speak, the site's own words where it has them", () => {
    expect(field("case-studies.title").label).toBe("Judul — Title");
    expect(field("case-studies.period").label).toBe("Periode — Period");
    expect(field("case-studies.steps").label).toBe("Langkah penanganan — Steps taken");
    expect(field("case-studies.steps.note").label).toBe("Yang dilakukan — What was done");
    expect(field("activities.participants.women").label).toBe("Perempuan — Women");
    expect(field("activities.kelurahan").label).toBe("Kelurahan");
    expect(field("decrees.title.en").label).toBe("Bahasa Inggris — English");
    expect(field("case-studies.summary").hint).toBe(
      "Satu atau dua kalimat, tampil di daftar dan hasil pencarian. — One or two sentences shown in lists and search results.",
    );
  });

  it("name one item of every list, for Decap's counter and add button", () => {
    // Decap: "1 langkah — step", "2 langkah penanganan — steps taken", "Tambah langkah — step".
    expect(field("case-studies.steps").label_singular).toBe("Langkah — Step");
    expect(field("case-studies.lessons").label_singular).toBe("Pelajaran — Lesson");
    // A list of lines labels each line as one item, not as the whole list.
    expect(field("case-studies.lessons.item").label).toBe("Pelajaran — Lesson");
  });

  it("fall back to the schema's English words where the table has none", () => {
    expect(fieldLabel("Mood of the meeting")).toBe("Mood of the meeting");
    expect(fieldHint("How it felt.")).toBe("How it felt.");
    expect(listItemLabel("Mood of the meeting")).toBeUndefined();
  });
});
