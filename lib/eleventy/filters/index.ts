/**
 * Registers every template filter. One small file per filter (the formatting filters share
 * format.ts); each wraps a pure function, which is what the tests call.
 */
import type { EleventyConfig } from "../eleventy-config.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { formatDate, formatNumber, formatPartialDate, formatPeriod } from "./format.ts";
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
