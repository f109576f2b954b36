/**
 * The activity form's proposals, applied in the admin page's pre-save hook: what the editor left
 * empty is filled from what they wrote (lib/activities/propose-activity.ts: the forum from the
 * venue, the type from the title's first words, the pillar from the type, the title from type
 * and venue), before the guard checks the entry, so what is checked is what is written.
 *
 * Decap hands the hook its entry as an Immutable Map and writes the data the hook returns, which
 * must be Immutable too. This module needs no Immutable of its own: it works out which values
 * change on the plain data, then sets them one by one through the entry's own `setIn`.
 */
import { proposeActivityFields } from "../../activities/propose-activity.ts";

/** What this module needs of Decap's entry: its plain form, and setting one value by path. */
export interface DecapEntry<Self> {
  toJS(): unknown;
  setIn(path: readonly string[], value: unknown): Self;
  get(key: "data"): unknown;
}

/** One value the proposal sets: its path in the entry's data ("title", "id") and the value. */
export interface ProposedValue {
  path: string[];
  value: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The values to set in an entry's data; none outside the activities collection, or when the
 * editor filled everything the proposal could.
 * @example proposedValues("activities", { venue: "Arisan ibu-ibu PKK Melati", activityType: "socialisation" })
 * // [{ path: ["forum"], value: "arisan" }, { path: ["pillar"], value: "awareness" }, { path: ["title", "id"], value: "Sosialisasi di Arisan ibu-ibu PKK Melati" }, …]
 */
export function proposedValues(collection: string, data: Record<string, unknown>): ProposedValue[] {
  if (collection !== "activities") return [];
  const changes: ProposedValue[] = [];
  const walk = (proposed: unknown, original: unknown, path: string[]) => {
    if (isObject(proposed)) {
      for (const [key, value] of Object.entries(proposed)) walk(value, isObject(original) ? original[key] : undefined, [...path, key]);
    } else if (typeof proposed === "string" && proposed !== original) {
      changes.push({ path, value: proposed });
    }
  };
  walk(proposeActivityFields(data), data, []);
  return changes;
}

/**
 * The entry with the proposal applied to its data; the very same entry when nothing changes,
 * so the hook can tell whether to return new data.
 * @example withProposedFields(entry).getIn(["data", "forum"]) // "arisan"
 */
export function withProposedFields<E extends DecapEntry<E>>(entry: E): E {
  const plain = entry.toJS() as { collection?: unknown; data?: unknown };
  const data = isObject(plain.data) ? plain.data : {};
  let result = entry;
  const made = new Set<string>();
  for (const { path, value } of proposedValues(String(plain.collection ?? ""), data)) {
    // A group that is missing or was cleared to null (the title) becomes an empty map of
    // Decap's own kind first, once: setIn cannot step into null.
    for (let depth = 1; depth < path.length; depth++) {
      const prefix = path.slice(0, depth);
      const parent = prefix.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), data);
      if (isObject(parent) || made.has(prefix.join("\u0000"))) continue;
      result = result.setIn(["data", ...prefix], emptyMapLike(entry));
      made.add(prefix.join("\u0000"));
    }
    result = result.setIn(["data", ...path], value);
  }
  return result;
}

/** An empty Immutable Map, made from the entry's own data so the bundle needs no Immutable. */
function emptyMapLike(entry: DecapEntry<unknown>): unknown {
  const data = entry.get("data") as { clear?: () => unknown } | undefined;
  if (typeof data?.clear !== "function") throw new Error("Decap's entry data is not an Immutable Map");
  return data.clear();
}
