/**
 * A date as precise as its source allows (timeline events; the `formatPartialDate` filter):
 * "2019" → "2019"; "2024-12" → "Desember 2024" (id), "December 2024" (en); "2024-11-04" →
 * "4 November 2024".
 */
import type { Language } from "../content/content-types.ts";
import { LOCALES } from "./locales.ts";
import { formatIsoDate } from "./format-date.ts";

/**
 * @example formatPartial("2024-12", "id") // "Desember 2024"
 */
export function formatPartial(value: string, lang: Language): string {
  if (/^\d{4}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    return new Intl.DateTimeFormat(LOCALES[lang], { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)),
    );
  }
  return formatIsoDate(value, lang);
}
