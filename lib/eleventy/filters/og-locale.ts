/**
 * `ogLocale`: a site language as Open Graph wants it (language_TERRITORY). English is British
 * English, the spelling the site's English text uses.
 *   {{ sitePage.lang | ogLocale }} → "id_ID"
 */
const OG_LOCALES: Readonly<Record<string, string>> = { id: "id_ID", en: "en_GB" };

/**
 * @example ogLocale("en") // "en_GB"
 */
export function ogLocale(lang: string): string {
  const locale = OG_LOCALES[lang];
  if (!locale) throw new Error(`No Open Graph locale for the language "${lang}"; add it to lib/eleventy/filters/og-locale.ts`);
  return locale;
}
