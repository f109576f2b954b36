/**
 * A field the editor emptied is left out, as if never filled. Decap keeps an emptied text field
 * as "" in the entry, and the schemas allow an optional field to be absent, never blank: an
 * editor who cleared a draft case study's reviewer role (optional until publication) could not
 * save it ("must not be empty"). Run first in the pre-save hook, so the guard checks, and Decap
 * writes, the entry without them. Items of a list are kept: a blank line in a list is still
 * reported, where the editor can see which one.
 */

/** What this module needs of Decap's Immutable maps and lists. */
interface ImmutableLike {
  toJS(): unknown;
  map(mapper: (value: unknown) => unknown): ImmutableLike;
  filter?(predicate: (value: unknown) => boolean): ImmutableLike;
  push?: unknown;
}
/** What this module needs of Decap's entry. */
export interface BlankFieldsEntry<Self> {
  getIn(path: readonly string[]): unknown;
  setIn(path: readonly string[], value: unknown): Self;
}

const isBlank = (value: unknown) => typeof value === "string" && value.trim() === "";
const isCollection = (value: unknown): value is ImmutableLike =>
  typeof (value as ImmutableLike | undefined)?.map === "function" && typeof (value as ImmutableLike).toJS === "function";

/** The value with every blank text field of its groups removed, at any depth. */
function withoutBlanks(value: unknown): unknown {
  if (!isCollection(value)) return value;
  // A list (it has push) keeps its items; a group (map) drops its blank fields.
  const kept = typeof value.push === "function" || !value.filter ? value : value.filter((inner) => !isBlank(inner));
  return kept.map(withoutBlanks);
}

/**
 * The entry without the blank fields of its data and of each language version's data; the very
 * same entry when it has none.
 * @example withoutBlankFields(entry).getIn(["data", "anonymisation", "reviewerRole"]) // undefined where the editor emptied it
 */
export function withoutBlankFields<E extends BlankFieldsEntry<E>>(entry: E): E {
  let result = entry;
  const languages = entry.getIn(["i18n"]);
  const versions = [
    ["data"],
    ...(isCollection(languages) ? Object.keys(languages.toJS() as object).map((lang) => ["i18n", lang, "data"]) : []),
  ];
  for (const path of versions) {
    const data = result.getIn(path);
    if (!isCollection(data)) continue;
    const cleaned = withoutBlanks(data) as ImmutableLike;
    if (JSON.stringify(cleaned.toJS()) !== JSON.stringify(data.toJS())) result = result.setIn(path, cleaned);
  }
  return result;
}
