import type { RawFinding } from "../finding.ts";
import { digitGroupRuns } from "./digit-groups.ts";
import { lookbehindApart, matchesAfter } from "./matches-after.ts";

// Between the digits of a phone number: nothing, spaces, or one dot, dash or bracket with
// optional spaces ("0812-3456-7890", "(021) 7470 1234", "+62 812.3456.7890").
const SEP = String.raw`(?:[ \t]*[.\-\u2010-\u2015()][ \t]*|[ \t]+)?`;
const COUNTRY = String.raw`(?:\+[ \t]?62|62)`;

// Mobile numbers: 08 or +62 8, then 8 to 11 more digits (10–13 digits with the leading 0).
const MOBILE = new RegExp(String.raw`(?<![\w+])\(?(?:${COUNTRY}${SEP}(?:\(0\)${SEP})?|0)8(?:${SEP}\d){8,11}(?![\w])`, "g");
// Landlines: an area code of 2–3 digits after the 0 (021, 0251), in brackets or followed by a
// separator, then 5–8 digits. Area codes never start with 0 or 1, and 08 is for mobiles.
// With a country code, only "+62": a bare "62" before a landline is too often a count.
const LANDLINE = new RegExp(String.raw`(?<![\w+])(?:\+[ \t]?62${SEP}\(?0?|\(?0)[2-79]\d{1,2}\)?${SEP}\d(?:${SEP}\d){4,7}(?![\w])`, "g");
// Any 7–14 digits announced as a phone number, also without the leading 0 ("WA 812 3456 7890").
const ANNOUNCED =
  /\b(?:telp?|telepon|telfon|tlp|hp|handphone|ponsel|nomor hp|no\.? hp|no\.? telp|wa|whatsapp|phone|mobile|tel|cell|call|sms|hubungi|contact|kontak)\b[^\n\d]{0,20}$/i;

// Maps, not object literals: a word such as "constructor" must not find anything.
const DIGIT_WORDS = new Map(
  Object.entries({
    nol: "0",
    kosong: "0",
    satu: "1",
    dua: "2",
    tiga: "3",
    empat: "4",
    lima: "5",
    enam: "6",
    tujuh: "7",
    delapan: "8",
    sembilan: "9",
    zero: "0",
    oh: "0",
    o: "0",
    one: "1",
    two: "2",
    three: "3",
    four: "4",
    five: "5",
    six: "6",
    seven: "7",
    eight: "8",
    nine: "9",
  }),
);
// "double seven" is how English speakers read 77; Indonesians sometimes say "dobel".
const REPEATERS = new Map(Object.entries({ double: 2, dobel: 2, triple: 3, tripel: 3 }));
// The parts of a spoken number: "+", digits, and number words as whole words. Other words are
// not matched: a word between two parts shows in the gap between them and ends the run, as it
// would if every word were read (which made this the slowest detector).
const NUMBER_WORDS = [...DIGIT_WORDS.keys(), ...REPEATERS.keys(), "plus"].sort((a, b) => b.length - a.length).join("|");
const SPOKEN_TOKEN = new RegExp(`\\+|\\d+|(?<!\\p{L})(?:${NUMBER_WORDS})(?!\\p{L})`, "giu");
// The same parts found in two passes (no part overlaps another: "+", digits and letters never
// mix), the number words with their lookbehind checked apart (matches-after.ts): on a long
// text that is much faster than the one pattern, which tries the words at every place.
const NUMBER_PART = /\+|\d+/gu;
const NUMBER_WORD = lookbehindApart(new RegExp(`(?<!\\p{L})(?:${NUMBER_WORDS})(?!\\p{L})`, "giu"));

/** The matches of SPOKEN_TOKEN in `text`, in order. */
function spokenTokens(text: string): RegExpExecArray[] {
  const parts = [...text.matchAll(NUMBER_PART)];
  const words = matchesAfter(text, NUMBER_WORD);
  if (words.length === 0) return parts;
  return [...parts, ...words].sort((a, b) => a.index - b.index);
}

/**
 * Finds Indonesian phone numbers: mobiles (08…, 62 8…, +62 8…), landlines with an area code
 * ((021) 7470 1234, 0251-8312345), any 7–14 digits after a word such as "telp", "HP" or "WA",
 * and numbers read out in Indonesian or English words ("nol delapan satu dua …",
 * "oh eight one two …"), with any separators.
 * @example detectPhones("hubungi 0812-3456-7890") // [{ kind: "phone", start: 8, end: 22 }]
 */
export function detectPhones(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const pattern of [MOBILE, LANDLINE]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index as number;
      let end = start + match[0].length;
      // A trailing bracket or separator is not part of the number.
      while (end > start && !/\d/.test(text[end - 1] as string)) end--;
      findings.push({ kind: "phone", start, end });
    }
  }
  // Each number once, however many of the patterns above describe it.
  for (const extra of [...announcedNumbers(text), ...spokenNumbers(text)]) {
    if (!findings.some((finding) => finding.start < extra.end && extra.start < finding.end)) findings.push(extra);
  }
  return findings;
}

function announcedNumbers(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const run of digitGroupRuns(text)) {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) continue;
    const digits = run.map((group) => group.digits).join("");
    if (digits.length < 7 || digits.length > 14) continue;
    const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, first.start - 40), first.start).replace(/\+$/, "");
    if (ANNOUNCED.test(before))
      findings.push({ kind: "phone", start: text[first.start - 1] === "+" ? first.start - 1 : first.start, end: last.end });
  }
  return findings;
}

/** Runs of number words and digit groups, read as one number; 9–14 digits with at least three words. */
function spokenNumbers(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  let run: { start: number; end: number; digits: string; words: number } | undefined;
  let repeat = 1;
  const close = () => {
    if (run && run.digits.length >= 9 && run.digits.length <= 14 && run.words >= 3)
      findings.push({ kind: "phone", start: run.start, end: run.end });
    run = undefined;
    repeat = 1;
  };
  for (const match of spokenTokens(text)) {
    const token = match[0];
    const start = match.index as number;
    const lower = token.toLowerCase();
    const isDigits = /^\d+$/.test(token);
    const digit = DIGIT_WORDS.get(lower);
    const repeater = REPEATERS.get(lower);
    const known = isDigits || digit !== undefined || repeater !== undefined || (token === "+" && !run) || (lower === "plus" && !run);
    // Only spaces, commas and dashes may separate the parts of one spoken number.
    const gap = run ? text.slice(run.end, start) : "";
    if (!known || (run && !/^[\s,.\-\u2010-\u2015]*$/.test(gap)) || (run && gap.includes("\n\n"))) {
      close();
      if (!known) continue;
    }
    if (!run) run = { start, end: start, digits: "", words: 0 };
    run.end = start + token.length;
    if (isDigits) run.digits += token.repeat(repeat);
    else if (digit !== undefined) {
      run.digits += digit.repeat(repeat);
      run.words++;
    } else if (repeater !== undefined) {
      repeat = repeater;
      run.words++;
      continue;
    }
    repeat = 1;
  }
  close();
  return findings;
}

/**
 * The digits of a phone number as written, with number words read as digits, so that
 * "0812-3456" and "nol delapan satu dua tiga empat lima enam" compare and mask alike.
 * @example phoneDigits("+62 812-3456") // "628123456"
 */
export function phoneDigits(value: string): string {
  let digits = "";
  let repeat = 1;
  for (const token of value.match(SPOKEN_TOKEN) ?? []) {
    const lower = token.toLowerCase();
    if (/^\d+$/.test(token)) digits += token.repeat(repeat);
    else if (DIGIT_WORDS.has(lower)) digits += (DIGIT_WORDS.get(lower) as string).repeat(repeat);
    else if (REPEATERS.has(lower)) {
      repeat = REPEATERS.get(lower) as number;
      continue;
    }
    repeat = 1;
  }
  return digits;
}
