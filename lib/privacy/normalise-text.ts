import type { RawFinding } from "./finding.ts";

/** Text prepared for the detectors, with a way back to the text as it was written. */
export interface NormalisedText {
  /** NFKC, without invisible characters. Detectors read this. */
  text: string;
  /**
   * Bidirectional control characters, with offsets in the ORIGINAL text. They can make a
   * reviewer read something other than what is stored, so they are findings of their own.
   */
  bidi: RawFinding[];
  /** Maps a span of `text` back to the span of the original text it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// Invisible characters that split a number or a word without showing: zero-width space,
// non-joiner and joiner, word joiner, the byte-order mark used as a zero-width no-break
// space, the soft hyphen, and (for the same reason) the invisible maths operators, the
// Mongolian vowel separator and the left-to-right / right-to-left marks.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/;
// Embeddings, overrides and isolates: they reorder what a reader sees.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const COMBINING_MARK = /\p{M}/u;

/**
 * Normalises text for the detectors: NFKC (full-width digits become ASCII digits, ligatures
 * are split, the no-break space becomes a space), then removes zero-width characters and soft
 * hyphens, so that "０８１２" and "08\u200B12" are read as "0812". Bidirectional controls are
 * removed too and reported. An offset map keeps every finding pointing at the original text.
 * @example
 * const n = normaliseText("NIK ３６７４\u200B…");
 * n.text; // "NIK 3674…"
 * n.toOriginal(4, 8); // { start: 4, end: 9 }
 */
export function normaliseText(original: string): NormalisedText {
  if (isAlreadyNormal(original)) return unchanged(original);
  // For every UTF-16 unit of the normalised text: the original span of the character (with its
  // combining marks) it came from. One original character may become several (ligatures), or
  // several one (a letter and its combining accent).
  const starts: number[] = [];
  const ends: number[] = [];
  const bidi: RawFinding[] = [];
  let text = "";

  let i = 0;
  while (i < original.length) {
    const codePoint = original.codePointAt(i) as number;
    const char = String.fromCodePoint(codePoint);
    if (BIDI_CONTROL.test(char)) {
      bidi.push({ kind: "bidi-control", start: i, end: i + char.length });
      i += char.length;
      continue;
    }
    if (INVISIBLE.test(char)) {
      i += char.length;
      continue;
    }
    // A base character and the combining marks that follow it are normalised together, so that
    // "e" + U+0301 composes to "é" as NFKC would do over the whole text.
    let end = i + char.length;
    while (end < original.length) {
      const next = String.fromCodePoint(original.codePointAt(end) as number);
      if (!COMBINING_MARK.test(next)) break;
      end += next.length;
    }
    const chunk = original.slice(i, end);
    const normalised = codePoint < 0x80 && end === i + 1 ? chunk : chunk.normalize("NFKC");
    for (let k = 0; k < normalised.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    text += normalised;
    i = end;
  }

  return {
    text,
    bidi,
    toOriginal(start, end) {
      if (text.length === 0) return { start: 0, end: 0 };
      const from = start < starts.length ? (starts[start] as number) : original.length;
      const to = end > 0 ? (ends[Math.min(end, ends.length) - 1] as number) : from;
      return { start: from, end: Math.max(from, to) };
    },
  };
}

// Outside ASCII, each distinct character is checked once per process (texts repeat the same few).
const NON_ASCII = /[^\x00-\x7F]/gu;
const keepsItself = new Map<string, boolean>();

/**
 * Whether normalising would return the text as it is, offsets included: nothing invisible, no
 * bidirectional control, no combining mark, nothing beyond the BMP, and every character
 * outside ASCII its own NFKC form. Most
 * texts are like this; they skip the character-by-character walk (a fifth of the screen's time).
 */
function isAlreadyNormal(text: string): boolean {
  if (INVISIBLE.test(text) || BIDI_CONTROL.test(text) || COMBINING_MARK.test(text)) return false;
  for (const [char] of text.matchAll(NON_ASCII)) {
    // Beyond the BMP (emoji) the walk maps both halves of a character to the whole: walk it.
    if (char.length > 1) return false;
    let same = keepsItself.get(char);
    if (same === undefined) {
      same = char.normalize("NFKC") === char;
      keepsItself.set(char, same);
    }
    if (!same) return false;
  }
  return true;
}

/** The normalised form of a text that normalising leaves as it is: offsets map to themselves. */
function unchanged(text: string): NormalisedText {
  return {
    text,
    bidi: [],
    toOriginal(start, end) {
      if (text.length === 0) return { start: 0, end: 0 };
      const from = Math.min(start, text.length);
      return { start: from, end: Math.max(from, Math.min(end, text.length)) };
    },
  };
}

/** 1-based line and column of an offset; the column counts UTF-16 units, as editors do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds the line and column of offsets in one text, quickly for many offsets: the line starts
 * are computed once.
 * @example positionsIn("a\nbc")(3) // { line: 2, column: 2 }
 */
export function positionsIn(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
}
