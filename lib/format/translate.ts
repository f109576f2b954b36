/**
 * Looks up interface text. A missing key is a bug in a template or a dictionary, so it stops
 * the build with the key named instead of shipping a page with a raw key or an empty label.
 */
import type { Language } from "../content/content-types.ts";

/** Interface text of one language (data/i18n/<lang>.json): flat dotted keys, e.g. "nav.modules". */
export type Dictionary = Record<string, string>;

/** Values for `{name}` placeholders in a dictionary text. */
export type TextVariables = Record<string, string | number>;

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `variables`.
 * Throws when the language, the key or a placeholder's value is missing.
 * @example translate({ id: { "nav.modules": "Modul" }, en: {} }, "id", "nav.modules") // "Modul"
 * @example translate(strings, "en", "modules.duration", { minutes: 90 }) // "90 minutes"
 */
export function translate(
  strings: Partial<Record<Language, Dictionary>>,
  lang: Language,
  key: string,
  variables: TextVariables = {},
): string {
  const dictionary = strings[lang];
  if (!dictionary) throw new Error(`No interface text for language "${lang}" (data/i18n/${lang}.json)`);
  const text = Object.hasOwn(dictionary, key) ? dictionary[key] : undefined;
  if (text === undefined) throw new Error(`Missing interface text "${key}" in data/i18n/${lang}.json`);
  return text.replace(/\{([a-zA-Z0-9]+)\}/g, (_match, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`Interface text "${key}" (${lang}) needs a value for {${name}}`);
    return String(value);
  });
}
