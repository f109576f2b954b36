import type { Entry } from "./entry.ts";

/**
 * Whether an entry may appear anywhere in the built site: pages, lists, sitemap, search.
 * Drafts never do; case studies only once their review has set `status: published`; raw case
 * statistics never (only their suppressed totals are published, by a later step).
 * @example isPublished({ type: "case-study", data: { status: "in-review" }, … }) // false
 */
export function isPublished(entry: Entry<object>): boolean {
  const data = entry.data as { draft?: unknown; status?: unknown };
  if (data.draft === true) return false;
  if (entry.type === "case-study") return data.status === "published";
  if (entry.type === "case-stats") return false;
  return true;
}
