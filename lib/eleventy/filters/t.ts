/**
 * `t`: interface text from data/i18n/<lang>.json. A missing key stops the build.
 *   {{ "nav.modules" | t }}                          → "Modul" on an Indonesian page
 *   {{ "modules.duration" | t({ minutes: 90 }) }}    → "90 menit"
 *   {{ "translation.missing" | t({}, "en") }}       → the English text on any page
 */
import { translate, type TextVariables } from "../../format/translate.ts";
import { dictionariesOf, languageOf, type FilterThis } from "./filter-context.ts";

/**
 * @example t.call(this, "nav.home") // "Beranda"
 */
export function t(this: FilterThis, key: string, variables?: TextVariables, lang?: string): string {
  return translate(dictionariesOf(this), languageOf(this, lang), key, variables ?? {});
}
