import type { PrivacyAllowList } from "../types/content.generated.ts";
import { compileAllowList, type CompiledAllowList, type Span } from "./allow-list.ts";
import { DETECTORS } from "./detectors/index.ts";
import type { FindingKind, RawFinding } from "./finding.ts";
import { fingerprint } from "./fingerprint.ts";
import { maskValue } from "./mask.ts";
import { normaliseText, positionsIn } from "./normalise-text.ts";

/** One piece of personal data found in a text. It never carries the value itself. */
export interface ScreenFinding {
  kind: FindingKind;
  /** 1-based line and column in the text as it was given (before normalisation). */
  line: number;
  column: number;
  /** Offsets in the text as it was given; `end` is exclusive. */
  offset: number;
  end: number;
  masked: string;
  /** Names this one finding, so that a reviewer can allow it without writing the value down. */
  fingerprint: string;
}

export interface ScreenOptions {
  /** Fingerprints of findings that a reviewer has allowed for this text. */
  allowedFingerprints?: ReadonlySet<string>;
}

// When two findings overlap, the longer one names the kind; on a tie, the more specific.
const PRIORITY: readonly FindingKind[] = [
  "nik",
  "kk",
  "email",
  "social-handle",
  "phone",
  "plate",
  "birth-date",
  "address",
  "person-name",
  "bidi-control",
];

/**
 * Screens a text for personal data: normalises it (NFKC, invisible characters removed, so
 * "０８１２" or "08\u200B12" are still found), runs every detector, drops what the allow-list
 * says is public, merges overlapping findings, and reports each with line, column, a masked
 * value and a fingerprint. Bidirectional control characters are findings of their own.
 * @example
 * screenText("Hubungi Pak Rahmat di 0812-3456-7890", allowList)
 * // [{ kind: "person-name", line: 1, column: 13, masked: "R••••", … }, { kind: "phone", line: 1, column: 23, masked: "08••••••••90", … }]
 */
export function screenText(text: string, allowList: PrivacyAllowList, options: ScreenOptions = {}): ScreenFinding[] {
  const normalised = normaliseText(text);
  const raw = DETECTORS.flatMap((detect) => detect(normalised.text));
  // Most texts have no candidate at all; the allow-list's patterns are only run over those that do.
  const findings = raw.length === 0 ? [] : mergeOverlaps(withoutAllowed(normalised.text, raw, compileAllowList(allowList)));
  const position = positionsIn(text);
  const results: ScreenFinding[] = [];
  const report = (kind: FindingKind, start: number, end: number, value: string) => {
    const print = fingerprint(kind, value);
    if (options.allowedFingerprints?.has(print)) return;
    results.push({ kind, ...position(start), offset: start, end, masked: maskValue(kind, value), fingerprint: print });
  };
  for (const finding of findings) {
    const original = normalised.toOriginal(finding.start, finding.end);
    report(finding.kind, original.start, original.end, normalised.text.slice(finding.start, finding.end));
  }
  for (const control of normalised.bidi) report("bidi-control", control.start, control.end, text.slice(control.start, control.end));
  return results.sort((a, b) => a.offset - b.offset);
}

function withoutAllowed(text: string, raw: readonly RawFinding[], allow: CompiledAllowList): RawFinding[] {
  const allowed = allow.spans(text);
  const phrases = allow.phraseSpans(text);
  return raw
    .map((finding) => applyAllowList(text, finding, allowed, phrases, allow))
    .filter((finding): finding is RawFinding => finding !== undefined);
}

/**
 * Removes what is public from one finding: a finding inside an allow-listed phrase ("Ibu Kota",
 * a decree number) is dropped; so is a name whose honorific belongs to an ordinary phrase
 * ("seorang ibu …"). Role words, listed names and words of a listed phrase at the edges of a
 * name are trimmed off ("Ibu Lurah" → nothing left; "Pak Ustadz Rahmat" → "Rahmat"; "Relawan
 * Tim Tangguh Pondok Aren" → nothing left, though no one entry spans all of it).
 */
function applyAllowList(
  text: string,
  finding: RawFinding,
  allowed: readonly Span[],
  phrases: readonly Span[],
  allow: CompiledAllowList,
): RawFinding | undefined {
  let { start, end } = finding;
  if (finding.kind === "person-name") {
    const cue = finding.cueStart;
    if (cue !== undefined && phrases.some((span) => span.start <= cue && cue < span.end)) return undefined;
    const words = [...text.slice(start, end).matchAll(/\S+/g)].map((word) => ({
      start: start + (word.index as number),
      end: start + (word.index as number) + word[0].length,
      value: word[0],
    }));
    // A word is public when it is a listed word or lies inside a listed phrase, which may reach
    // beyond the finding ("Pondok" of "Pondok Aren"); a word of the name itself never does.
    const isPublic = (word: Span & { value: string }) =>
      allow.isAllowedWord(word.value) || allowed.some((span) => span.start <= word.start && word.end <= span.end);
    while (words.length > 0 && isPublic(words[0] as Span & { value: string })) words.shift();
    while (words.length > 0 && isPublic(words.at(-1) as Span & { value: string })) words.pop();
    if (words.length === 0) return undefined;
    start = (words[0] as Span).start;
    end = (words.at(-1) as Span).end;
  }
  if (allowed.some((span) => span.start <= start && end <= span.end)) return undefined;
  return { ...finding, start, end };
}

/** Overlapping findings become one, named after the longest (or most specific) of them. */
function mergeOverlaps(findings: readonly RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { finding: RawFinding; longest: number }[] = [];
  for (const finding of sorted) {
    const last = merged.at(-1);
    if (last && finding.start < last.finding.end) {
      const length = finding.end - finding.start;
      if (length > last.longest || (length === last.longest && PRIORITY.indexOf(finding.kind) < PRIORITY.indexOf(last.finding.kind))) {
        last.finding.kind = finding.kind;
        last.longest = length;
      }
      last.finding.end = Math.max(last.finding.end, finding.end);
    } else {
      merged.push({ finding: { kind: finding.kind, start: finding.start, end: finding.end }, longest: finding.end - finding.start });
    }
  }
  return merged.map((entry) => entry.finding);
}
