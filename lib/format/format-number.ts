/**
 * A number with a language's digit grouping (the `formatNumber` filter, the dashboard):
 * 1250 → "1.250" (id), "1,250" (en).
 */
import type { Language } from "../content/content-types.ts";
import { LOCALES } from "./locales.ts";

/**
 * @example formatNumberIn(1250, "id") // "1.250"
 */
export function formatNumberIn(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
