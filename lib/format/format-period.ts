/**
 * A case period, a year or a quarter, in words (the `formatPeriod` filter, search facets,
 * the dashboard): "2024" → "2024"; "2024-Q3" → "Triwulan III 2024" (id), "Q3 2024" (en), from
 * the dictionary.
 */
import type { Language } from "../content/content-types.ts";
import { translate, type Dictionary } from "./translate.ts";

const ROMAN = ["I", "II", "III", "IV"];

/**
 * @example formatPeriodIn("2024-Q3", "en", strings) // "Q3 2024"
 */
export function formatPeriodIn(period: string, lang: Language, strings: Record<Language, Dictionary>): string {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  if (!match) throw new Error(`"${period}" is not a year or a quarter (2024, 2024-Q3)`);
  const [, year = "", quarter] = match;
  if (!quarter) return year;
  return translate(strings, lang, "period.quarter", { year, quarter, roman: ROMAN[Number(quarter) - 1] ?? quarter });
}
