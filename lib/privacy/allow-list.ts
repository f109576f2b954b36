import type { PrivacyAllowList } from "../types/content.generated.ts";

/** A span of text that is public and must not be reported. */
export interface Span {
  start: number;
  end: number;
}

/** The allow-list, ready to be applied to text. */
export interface CompiledAllowList {
  /** Every span of `text` where an allow-listed phrase, name or number occurs. */
  spans(text: string): Span[];
  /** Only the ordinary phrases with an honorific ("seorang ibu", "ibu-ibu"). */
  phraseSpans(text: string): Span[];
  /** Whether one word (any case, trailing dot ignored) is a role word or a listed name. */
  isAllowedWord(word: string): boolean;
}

const compiled = new WeakMap<PrivacyAllowList, CompiledAllowList>();

/**
 * Turns the allow-list data into matchers: whole words only, capitals and the amount of space
 * between words ignored. Compiled once per list object.
 * @example compileAllowList(list).spans("Ibu Kota pindah") // [{ start: 0, end: 8 }]
 */
export function compileAllowList(list: PrivacyAllowList): CompiledAllowList {
  const cached = compiled.get(list);
  if (cached) return cached;
  // One pattern per section, longest entries first, so that "Kota Tangerang Selatan" wins over
  // "Tangerang" and overlapping entries of different sections are all found.
  const phrases = pattern(list.commonNounPhrases);
  const patterns = [
    pattern(list.placeNames),
    pattern(list.institutions),
    pattern(list.roleWords),
    phrases,
    pattern(list.publicNumbers),
    pattern(list.publicFigures.map((figure) => figure.name)),
    // Historical figures only in their listed forms, title and all ("KH. Ahmad Dahlan"), and never
    // as single words: a living namesake ("Pak Ahmad Dahlan", "Bu Kartini") must still be found.
    pattern(list.historicalFigures.flatMap((figure) => figure.forms)),
  ];
  const words = new Set(
    [...list.roleWords, ...list.placeNames, ...list.institutions, ...list.publicFigures.map((figure) => figure.name)]
      .filter((entry) => !/\s/.test(entry))
      .map((entry) => entry.toLowerCase()),
  );
  const result: CompiledAllowList = {
    spans(text) {
      return patterns.flatMap((each) => (each ? spansOf(each, text) : []));
    },
    phraseSpans(text) {
      return phrases ? spansOf(phrases, text) : [];
    },
    isAllowedWord(word) {
      return words.has(word.toLowerCase().replace(/\.$/, ""));
    },
  };
  compiled.set(list, result);
  return result;
}

function pattern(entries: readonly string[]): RegExp | undefined {
  if (entries.length === 0) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...entries]
      .sort((a, b) => b.length - a.length)
      .map(literal)
      .join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
}

function spansOf(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index as number, end: (match.index as number) + match[0].length }));
}

/**
 * An entry as a pattern: special characters literal, any run of spaces matching any other, and a
 * straight or curly apostrophe matching either ("Asy'ari", "Asy’ari"), as both are typed.
 */
function literal(entry: string): string {
  return entry
    .normalize("NFKC")
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/['’]/g, "['’]"))
    .join("\\s+");
}
