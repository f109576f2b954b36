/**
 * Every match of `pattern` in `text` at whose start `before` holds, in order: exactly the
 * matches of `pattern` with the lookbehind `before` written at its front. A pattern that
 * begins with a lookbehind is tried at every place of the text, and a built page is several
 * thousand places of spaces and words; without it the engine skips ahead to where the
 * pattern can start, and the lookbehind is then checked only there. A place it rejects is
 * passed over by one character, as the engine would have done.
 * @param pattern global ("g"), without the lookbehind; it never matches the empty string.
 * @param before sticky ("y"), the lookbehind alone, with the pattern's other flags: /(?<![\p{L}\p{N}])/uy.
 * @example matchesAfter("xPak Pak", /Pak/gu, /(?<!\p{L})/uy).map((match) => match.index) // [5]
 */
export function matchesAfter(text: string, pattern: RegExp, before: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    before.lastIndex = match.index;
    if (before.test(text)) matches.push(match);
    else pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return matches;
}
