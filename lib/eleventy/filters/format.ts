/**
 * The formatting filters: each hands the page's language (or the one passed) to a pure
 * function of lib/format/, so pages, search facets and templates format the same way.
 *   {{ "2024-11-04" | formatDate }}     → "4 November 2024"
 *   {{ 1234 | formatNumber }}           → "1.234" (id), "1,234" (en)
 *   {{ "2024-11" | formatPartialDate }} → "November 2024"
 *   {{ "2024-Q3" | formatPeriod }}      → "Triwulan III 2024" (id), "Q3 2024" (en)
 */
import { formatIsoDate } from "../../format/format-date.ts";
import { formatNumberIn } from "../../format/format-number.ts";
import { formatPartial } from "../../format/format-partial-date.ts";
import { formatPeriodIn } from "../../format/format-period.ts";
import { dictionariesOf, languageOf, type FilterThis } from "./filter-context.ts";

export function formatDate(this: FilterThis, iso: string, lang?: string): string {
  return formatIsoDate(iso, languageOf(this, lang));
}

export function formatNumber(this: FilterThis, value: number, lang?: string): string {
  return formatNumberIn(value, languageOf(this, lang));
}

export function formatPartialDate(this: FilterThis, value: string, lang?: string): string {
  return formatPartial(value, languageOf(this, lang));
}

export function formatPeriod(this: FilterThis, period: string, lang?: string): string {
  return formatPeriodIn(period, languageOf(this, lang), dictionariesOf(this));
}
