import type { RawFinding } from "../finding.ts";

const MONTHS = new Map<string, number>(
  Object.entries({
    januari: 1,
    january: 1,
    jan: 1,
    februari: 2,
    pebruari: 2,
    february: 2,
    feb: 2,
    peb: 2,
    maret: 3,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    mei: 5,
    may: 5,
    juni: 6,
    june: 6,
    jun: 6,
    juli: 7,
    july: 7,
    jul: 7,
    agustus: 8,
    august: 8,
    agu: 8,
    agt: 8,
    ags: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    oktober: 10,
    october: 10,
    okt: 10,
    oct: 10,
    november: 11,
    nopember: 11,
    nov: 11,
    nop: 11,
    desember: 12,
    december: 12,
    des: 12,
    dec: 12,
  }),
);
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
// Full dates only: a year alone, or a day and month without a year, is not an exact birth date.
const DATE_FORMS: { pattern: RegExp; day: number; month: number }[] = [
  { pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY}[ \t\-/]+${MONTH}[ \t\-/,]+${YEAR}(?!\d)`, "giu"), day: 1, month: 2 },
  { pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${MONTH}[ \t]+${DAY},?[ \t]+${YEAR}(?!\d)`, "giu"), day: 2, month: 1 },
  { pattern: /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)?\d{2})(?![\d/.-]\d)/g, day: 1, month: 2 },
  { pattern: /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g, day: 3, month: 2 },
];
// Words that make a date a birth date. "lahir" also covers dilahirkan, kelahiran, melahirkan
// (a child's birth date identifies the child and the mother).
const CONTEXT = /lahir|\blhr\b|\bttl\b|\bborn\b|\bdob\b|d\.o\.b|date of birth|birth ?date|birthday/i;
// The same words anywhere, word boundaries left out (a window cut from the text can begin
// inside a word): a text without any of them has no birth date, and most texts have none.
const CONTEXT_ANYWHERE = /lahir|lhr|ttl|born|dob|d\.o\.b|date of birth|birth ?date|birthday/i;

/**
 * Finds exact birth dates: a full date (day, month, year; Indonesian or English month names,
 * or numbers) with a birth word shortly before it in the same sentence: lahir, tgl lahir,
 * tanggal lahir, kelahiran, TTL, born, DOB, date of birth. Dates of public events are not
 * birth dates and are left alone.
 * @example detectBirthDates("lahir 12 Maret 1990") // [{ kind: "birth-date", start: 6, end: 19 }]
 */
export function detectBirthDates(text: string): RawFinding[] {
  if (!CONTEXT_ANYWHERE.test(text)) return [];
  const dates: { start: number; end: number }[] = [];
  for (const { pattern, day, month } of DATE_FORMS) {
    for (const match of text.matchAll(pattern)) {
      const dayValue = Number(match[day]);
      const monthText = (match[month] as string).toLowerCase();
      const monthValue = MONTHS.get(monthText) ?? Number(monthText);
      if (dayValue < 1 || dayValue > 31 || !(monthValue >= 1 && monthValue <= 12)) continue;
      const start = match.index as number;
      dates.push({ start, end: start + match[0].length });
    }
  }
  dates.sort((a, b) => a.start - b.start);
  const findings: RawFinding[] = [];
  let previousEnd = 0;
  for (const date of dates) {
    if (date.start < previousEnd) continue;
    // The birth word must come after the previous date ("lahir 1990, menikah 4 Juni 2015" has
    // one birth word for one date), within 60 characters and the same sentence.
    const lineStart = text.lastIndexOf("\n", date.start - 1) + 1;
    const window = text.slice(Math.max(lineStart, previousEnd, date.start - 60), date.start);
    const sentence = window.split(/[.!?](?=\s+\p{Lu})|;/u).at(-1) ?? "";
    if (CONTEXT.test(sentence)) findings.push({ kind: "birth-date", start: date.start, end: date.end });
    previousEnd = date.end;
  }
  return findings;
}
