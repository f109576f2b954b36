/**
 * `formatNumber`: a number with the page language's digit grouping.
 *   {{ 1250 | formatNumber }} → "1.250" (id), "1,250" (en)
 */
import type { Language } from "../../content/content-types.ts";
import { LOCALES } from "../../site/locales.ts";
import { languageOf, type FilterThis } from "./filter-context.ts";

/**
 * @example formatNumberIn(1250, "id") // "1.250"
 */
export function formatNumberIn(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

export function formatNumber(this: FilterThis, value: number, lang?: string): string {
  return formatNumberIn(value, languageOf(this, lang));
}
