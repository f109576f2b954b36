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
import { sharedStepFields } from "./shared-step-fields.ts";
import { siteStatusField, siteStatusFirst } from "./site-status-field.ts";

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

/**
 * What the editors call each collection, Indonesian first: the CMS speaks Indonesian
 * (lib/cms/browser/decap-locale-id.ts), and the schemas' titles are English. The list is named
 * in both languages; one entry is named in Indonesian ("+ Tambah Kegiatan").
 */
const COLLECTION_NAMES: Record<string, { plural: string; singular: string }> = {
  modules: { plural: "Modul pelatihan — Training modules", singular: "Modul pelatihan" },
  "case-studies": { plural: "Studi kasus — Case studies", singular: "Studi kasus" },
  pages: { plural: "Halaman — Pages", singular: "Halaman" },
  decrees: { plural: "Keputusan — Decrees", singular: "Keputusan" },
  activities: { plural: "Kegiatan — Activities", singular: "Kegiatan" },
  teams: { plural: "Profil tim — Team profiles", singular: "Profil tim" },
  "action-plan": { plural: "Rencana tindak lanjut — Action plan", singular: "Butir rencana" },
  "case-stats": { plural: "Statistik kasus — Case statistics", singular: "Statistik kasus" },
  glossary: { plural: "Glosarium — Glossary", singular: "Istilah" },
  timeline: { plural: "Linimasa — Timeline", singular: "Peristiwa" },
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
  const fields = siteStatusFirst(
    arrange(
      type.name,
      Object.entries(schema.properties ?? {}).map(([field, node]) =>
        adjust(
          type.name,
          fieldFor(field, node, required.includes(field), {
            labeller,
            enforceRequired: true,
            i18n: type.perLanguage ? (neutral.has(field) ? "duplicate" : "translate") : undefined,
          }),
        ),
      ),
    ),
  );
  return {
    name,
    label: COLLECTION_NAMES[name]?.plural ?? String(schema.title ?? name),
    label_singular: COLLECTION_NAMES[name]?.singular ?? String(schema.title ?? name),
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

/**
 * What the activity form proposes when a field is left empty (lib/activities/propose-activity.ts,
 * run by the pre-save hook), said in the field's hint, Indonesian first: the editors are
 * Indonesian. The schema's own description stays the reference for files and `npm run check`.
 */
const PROPOSED_ACTIVITY_FIELDS: Record<string, { id: string; en: string }> = {
  activityType: {
    id: "Jenis kegiatan. Bila dikosongkan, dibaca dari kata-kata pertama judul saat disimpan (Sosialisasi …, Pelatihan …, Rapat kasus …, Audiensi …).",
    en: "What kind of activity it was. Left empty, it is read from the first words of the title when you save.",
  },
  forum: {
    id: "Jenis pertemuan atau tempat. Bila dikosongkan, dikenali dari kata-kata tempat kegiatan saat disimpan (Arisan ibu-ibu RT 02 → Arisan); Lainnya bila tempatnya tidak menyebut forum.",
    en: "The kind of gathering or setting. Left empty, it is recognised from the venue's words when you save; Other when the venue names none.",
  },
  pillar: {
    id: "Pilar model Tim Tangguh. Bila dikosongkan, diisi dari jenis kegiatan saat disimpan bila jenisnya menentukan pilar (sosialisasi → peningkatan kesadaran, rapat kasus → manajemen kasus, audiensi → advokasi kebijakan); jika tidak, pilih sendiri.",
    en: "The pillar of the Tim Tangguh model. Left empty, it is taken from the type when the type decides it; otherwise choose it.",
  },
  title: {
    id: "Uraian singkat. Bila dikosongkan, ditulis dari jenis kegiatan dan tempatnya saat disimpan (Sosialisasi di Majelis Taklim Nurul Falah); boleh diubah sesudahnya.",
    en: "A short description. Left empty, it is written from the type and the venue when you save (Awareness session at Majelis Taklim Nurul Falah); you may change it afterwards.",
  },
};
const VENUE_HINT = {
  id: "Tempat kegiatan seperti ditulis tim: pertemuan atau tempat umum (Majelis Taklim Nurul Falah, Arisan ibu-ibu RT 02, Aula Kantor Kelurahan). Jangan rumah seseorang, nomor rumah atau nama orang. Ditulis sekali, sama untuk kedua bahasa.",
  en: "Where it took place, as the team writes it: a gathering or public place. Never someone's house, a house number or a person's name. Written once, the same in both languages.",
};
const bilingual = (hint: { id: string; en: string }) => `${hint.id} — ${hint.en}`;

/** Fields the CMS fills in itself rather than asking the editor, and the one that decides publication. */
function adjust(type: string, field: DecapField): DecapField {
  const siteStatus = siteStatusField(type, field);
  if (siteStatus) return siteStatus;
  if (type === "activity" && field.name === "venue") return { ...field, hint: bilingual(VENUE_HINT) };
  const proposed = type === "activity" ? PROPOSED_ACTIVITY_FIELDS[field.name] : undefined;
  if (proposed) {
    // Not required in the form: Decap would refuse the save before the pre-save hook could
    // propose the field. The guard still demands whatever is left empty after the proposal.
    const parts = Array.isArray(field.fields)
      ? { fields: (field.fields as DecapField[]).map((part) => ({ ...part, required: false })) }
      : {};
    return { ...field, ...parts, hint: bilingual(proposed), required: false };
  }
  if (type === "activity" && field.name === "source") {
    // An activity entered in the CMS says so; one imported from CSV keeps its origin and hash.
    const fields = (field.fields as DecapField[]).map((part) =>
      part.name === "kind"
        ? { name: "kind", label: part.label, widget: "hidden", default: "cms" }
        : { name: part.name, label: part.label, widget: "hidden", required: false },
    );
    return { ...field, fields, collapsed: true };
  }
  return sharedStepFields(type, field) ?? field;
}

/**
 * The order of the form where it differs from the schema's: an activity asks where it took
 * place right after when and in which kelurahan, then what kind of activity it was, since
 * the forum, the pillar and the title can be proposed from those two.
 */
function arrange(type: string, fields: DecapField[]): DecapField[] {
  if (type !== "activity") return fields;
  const first = ["date", "kelurahan", "venue", "activityType"];
  const rank = (field: DecapField) => {
    const index = first.indexOf(field.name);
    return index === -1 ? first.length : index;
  };
  // Array.prototype.sort is stable: the other fields keep the schema's order.
  return [...fields].sort((a, b) => rank(a) - rank(b));
}

export type { SchemaNode };
