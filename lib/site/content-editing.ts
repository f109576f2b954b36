/**
 * What a content page says about its own upkeep: when it was last reviewed (where the content
 * records a review) and where an editor changes it in the CMS. The CMS address is built from the
 * same collection names the CMS configuration is generated with (lib/cms/collection.ts), so a
 * renamed folder cannot leave the links pointing at a collection that no longer exists.
 */
import { CONTENT_TYPES, type ContentTypeName } from "../content/content-types.ts";
import { collectionName } from "../cms/collection.ts";
import type { ContentEditing } from "./types.ts";

/**
 * Decap's address of one entry: `/admin/#/collections/<collection>/entries/<file name>`. For
 * per-language types both versions share the file name, so one address serves both pages.
 * @example cmsEntryUrl("training-module", "mengenali-tanda-awal") // "/admin/#/collections/modules/entries/mengenali-tanda-awal"
 */
export function cmsEntryUrl(typeName: ContentTypeName, slug: string): string {
  const type = CONTENT_TYPES.find((candidate) => candidate.name === typeName);
  if (!type?.editorial) throw new Error(`${typeName} is not edited in the CMS`);
  return `/admin/#/collections/${collectionName(type)}/entries/${encodeURIComponent(slug)}`;
}

/**
 * @example contentEditing("page", "about", "2024-11-20") // { cmsUrl: "/admin/#/collections/pages/entries/about", lastReviewed: "2024-11-20" }
 */
export function contentEditing(typeName: ContentTypeName, slug: string, lastReviewed: string | null): ContentEditing {
  return { cmsUrl: cmsEntryUrl(typeName, slug), lastReviewed };
}
