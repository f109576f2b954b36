/**
 * A month (YYYY-MM) in the reader's language: short under a chart's axis, long in a table.
 * In UTC, so no time zone can move the first of a month into the month before.
 */
import type { Language } from "../content/content-types.ts";
import { LOCALES } from "./locales.ts";

/**
 * @example monthLabel("2024-08", "id", "long") // "Agustus 2024"
 * @example monthLabel("2024-08", "en", "short") // "Aug 2024"
 */
export function monthLabel(month: string, lang: Language, width: "short" | "long"): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`"${month}" is not a month written YYYY-MM`);
  const formatter = new Intl.DateTimeFormat(LOCALES[lang], { month: width, year: "numeric", timeZone: "UTC" });
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}
