/**
 * Matching a pattern that begins with a lookbehind, fast. Such a pattern is tried at every
 * place of the text, and a built page is several thousand places of spaces and words; without
 * the lookbehind the engine skips ahead to where the pattern can start (an "@", a cue word),
 * and the lookbehind is then checked only there. The matches are exactly the pattern's.
 */

/** A pattern with its leading lookbehind taken off, and that lookbehind on its own. */
export interface LookbehindApart {
  /** Global: the pattern without its lookbehind. */
  pattern: RegExp;
  /** Sticky: the lookbehind alone, matching the empty string where it holds. */
  before: RegExp;
}

/**
 * Splits a global pattern written as `(?<!…)rest` or `(?<=…)rest`. The rest must not be an
 * alternation at its top level (there the lookbehind would belong to the first branch only),
 * and must never match the empty string.
 * @example lookbehindApart(/(?<!\p{L})Pak/gu) // { pattern: /Pak/gu, before: /(?<!\p{L})/uy }
 */
export function lookbehindApart(regex: RegExp): LookbehindApart {
  const { source, flags } = regex;
  if (!flags.includes("g") || !/^\(\?<[!=]/.test(source)) throw new Error(`Not a global pattern that begins with a lookbehind: ${regex}`);
  const end = groupEnd(source, 0);
  const rest = source.slice(end);
  if (hasTopLevelAlternation(rest)) throw new Error(`The lookbehind of ${regex} belongs to its first alternative only`);
  return { pattern: new RegExp(rest, flags), before: new RegExp(source.slice(0, end), `${flags.replace("g", "")}y`) };
}

/**
 * Every match of the split pattern in `text`, in order: exactly those of the pattern as
 * written. A place the lookbehind rejects is passed over by one character, as the engine does.
 * @example matchesAfter("xPak Pak", lookbehindApart(/(?<!\p{L})Pak/gu)).map((match) => match.index) // [5]
 */
export function matchesAfter(text: string, { pattern, before }: LookbehindApart): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    before.lastIndex = match.index;
    if (before.test(text)) matches.push(match);
    else pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return matches;
}

/** The index just after the group that opens at `start`: escapes and character classes are skipped. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(source, i);
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i + 1;
  }
  throw new Error(`Unbalanced group in ${source}`);
}

/** The index of the "]" closing the character class that opens at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  throw new Error(`Unclosed character class in ${source}`);
}

function hasTopLevelAlternation(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(source, i);
    else if (char === "(") i = groupEnd(source, i) - 1;
    else if (char === "|") return true;
  }
  return false;
}
