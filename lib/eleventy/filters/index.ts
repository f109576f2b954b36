/**
 * Registers every template filter. One small file per filter; the pure function in each is
 * what the tests call.
 */
import type { EleventyConfig } from "../eleventy-config.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { formatDate } from "./format-date.ts";
import { formatNumber } from "./format-number.ts";
import { formatPartialDate } from "./format-partial-date.ts";
import { formatPeriod } from "./format-period.ts";
import { ogLocale } from "./og-locale.ts";
import { t } from "./t.ts";

const FILTERS = { t, formatDate, formatPartialDate, formatNumber, formatPeriod, absoluteUrl, ogLocale } as const;

/**
 * @example eleventyConfig.addPlugin(filters);
 */
export default function filters(eleventyConfig: EleventyConfig): void {
  for (const [name, filter] of Object.entries(FILTERS)) {
    eleventyConfig.addFilter(name, filter as (...args: unknown[]) => unknown);
  }
}
