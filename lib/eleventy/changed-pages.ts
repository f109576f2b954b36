/**
 * Which pages a rebuild of the dev server (`npm start`) must render again after an editor
 * saved content. A page's HTML is a function of its own entry in the site model (`sitePage`)
 * and of what every page shares (settings, languages, interface text, navigation), so a page
 * whose fingerprint of those is unchanged would be rendered to the same bytes: it is left as
 * it is on disk. A change to a template or to the code is not a content change; the dev server
 * renders everything then (lib/eleventy/site-data.ts decides).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { SiteModel, SitePage } from "../site/types.ts";

/** A fingerprint per page address. */
export type PageFingerprints = ReadonlyMap<string, string>;

const digest = (text: string) => createHash("sha256").update(text).digest("base64");

/**
 * @example pageFingerprints(model).get("/id/modul/") // "q3V…="
 */
export function pageFingerprints(site: SiteModel): PageFingerprints {
  const { settings, languages, strings, navigation } = site;
  const shared = digest(JSON.stringify({ settings, languages, strings, navigation }));
  return new Map(site.pages.map((page) => [page.url, digest(shared + JSON.stringify(page))]));
}

/**
 * The pages whose fingerprint differs from the last build's (new pages included); every page
 * when there is no last build.
 * @example pagesToRender(model.pages, pageFingerprints(model), lastBuild).map((page) => page.url) // ["/id/studi-kasus/x/", "/id/studi-kasus/", …]
 */
export function pagesToRender(pages: readonly SitePage[], now: PageFingerprints, before: PageFingerprints | undefined): SitePage[] {
  if (!before) return [...pages];
  return pages.filter((page) => before.get(page.url) !== now.get(page.url));
}

/**
 * Whether every file that started a rebuild lies in one of `contentFolders` (content/ and
 * data/): only then can the pages be compared with the last build's; a template, a stylesheet
 * or code may change any page.
 * @example onlyContentChanged(["./content/glossary/arisan.json"], ["/repo/content", "/repo/data"]) // true (working folder /repo)
 */
export function onlyContentChanged(changedFiles: readonly string[], contentFolders: readonly string[]): boolean {
  const folders = contentFolders.map((folder) => `${path.resolve(folder)}${path.sep}`);
  return changedFiles.length > 0 && changedFiles.every((file) => folders.some((folder) => path.resolve(file).startsWith(folder)));
}
