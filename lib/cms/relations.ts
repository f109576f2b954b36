/**
 * Fields that refer to other entries. The schema stores a short name (a slug); the form shows
 * the entry's name instead, through Decap's relation widget. The schema's own rules (the
 * kelurahan enum, the slug pattern) still apply: the pre-save guard and the check enforce them.
 */

export interface Relation {
  collection: string;
  /** What the stored value is: the file name of the entry. */
  value_field: string;
  /** What the editor sees and searches. */
  display_fields: string[];
  search_fields: string[];
}

const TEAMS: Relation = { collection: "teams", value_field: "{{slug}}", display_fields: ["kelurahan"], search_fields: ["kelurahan"] };
const GLOSSARY: Relation = {
  collection: "glossary",
  value_field: "{{slug}}",
  display_fields: ["term.id"],
  search_fields: ["term.id", "term.en"],
};

/**
 * The relation a field stands for, recognised by the shared definition it uses (`kelurahan`)
 * or by its name (lists of glossary short names). Undefined for ordinary fields.
 * @example relationFor("glossaryTerms", "slug") // { collection: "glossary", … }
 */
export function relationFor(fieldName: string, definition: string | undefined): Relation | undefined {
  if (definition === "kelurahan") return TEAMS;
  if ((fieldName === "glossaryTerms" || fieldName === "related") && definition === "slug") return GLOSSARY;
  return undefined;
}
