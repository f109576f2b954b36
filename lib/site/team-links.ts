/**
 * Links to a kelurahan's team profile. The kelurahan's name comes from the dictionary so it is
 * shown even when the profile itself is a draft; the link is only made when the profile is
 * published, so no page ever links to a page that was not built.
 */
import type { Language } from "../content/content-types.ts";
import { entryUrl } from "../content/routes.ts";
import type { SiteContext } from "./site-context.ts";
import type { Kelurahan, TeamLink } from "./types.ts";

/**
 * @example teamLink(context, "id", "jombang") // { kelurahan: "jombang", name: "Jombang", url: "/id/tim/jombang/" }
 */
export function teamLink(context: SiteContext, lang: Language, kelurahan: Kelurahan): TeamLink {
  return {
    kelurahan,
    name: context.t(lang, `kelurahan.${kelurahan}`),
    url: context.teams.has(kelurahan) ? entryUrl("teams", lang, kelurahan) : null,
  };
}
