/**
 * The site's languages, read from data/site.json for the after-build steps that write one file
 * per language (the _headers rules, the offline workers). The file passed the check before the
 * build, so it is read as it is.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Language } from "./content-types.ts";

/**
 * @example siteLanguages(process.cwd()) // ["id", "en"]
 */
export function siteLanguages(root: string): Language[] {
  return (JSON.parse(readFileSync(path.join(root, "data/site.json"), "utf8")) as { languages: Language[] }).languages;
}
