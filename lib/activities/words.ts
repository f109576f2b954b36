/**
 * Words as the teams write them, reduced for matching: accents and apostrophes gone ("Majlis
 * Ta'lim" → "majlis talim"), lower case, every other punctuation a space, split into words.
 * @example wordsOf("Arisan ibu-ibu RT 02") // ["arisan", "ibu", "ibu", "rt", "02"]
 */
export function wordsOf(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/**
 * Whether `words` begin with `phrase` (both already split by wordsOf).
 * @example startsWithPhrase(["pelatihan", "relawan"], ["pelatihan"]) // true
 */
export function startsWithPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length <= words.length && phrase.every((word, i) => words[i] === word);
}

/**
 * Where `phrase` first occurs in `words` as whole words, or -1.
 * @example indexOfPhrase(["aula", "kantor", "kelurahan"], ["kantor", "kelurahan"]) // 1
 */
export function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, i) => words[start + i] === word)) return start;
  }
  return -1;
}
