/**
 * A calendar date (YYYY-MM-DD) written out in a language (the `formatDate` filter, search
 * facets): "2024-11-04" → "4 November 2024" (id), "4 November 2024" (en-GB).
 * Dates are read and written in UTC so that no time zone can move them to the day before.
 */
import type { Language } from "../content/content-types.ts";
import { LOCALES } from "./locales.ts";

const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * @example formatIsoDate("2024-11-04", "id") // "4 November 2024"
 * @example formatIsoDate("2024-12-01", "en") // "1 December 2024"
 */
export function formatIsoDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`"${iso}" is not a date written YYYY-MM-DD`);
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    formatters.set(lang, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
