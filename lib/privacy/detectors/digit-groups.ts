/** One run of digits inside a longer, separated number such as `3674 0112 9001` or `0812-3456`. */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

// One separator between digit groups: a space, or a dot or dash (any Unicode dash) with
// optional spaces around it. Line breaks end a number: a list of numbers is not one number.
const GROUPED_NUMBER = /\d+(?:(?:[ \t]*[.\-\u2010-\u2015][ \t]*|[ \t]+)\d+)*/g;

/**
 * Every number written as digit groups joined by single separators, as its list of groups.
 * Detectors look for runs of consecutive groups with the right number of digits, so that a
 * NIK written after a year ("2023 3674…") or in four blocks of four is found either way.
 * @example digitGroupRuns("NIK 3674 0112")[0].map((g) => g.digits) // ["3674", "0112"]
 */
export function digitGroupRuns(text: string): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  for (const match of text.matchAll(GROUPED_NUMBER)) {
    const groups: DigitGroup[] = [];
    for (const group of match[0].matchAll(/\d+/g)) {
      const start = (match.index as number) + (group.index as number);
      groups.push({ start, end: start + group[0].length, digits: group[0] });
    }
    runs.push(groups);
  }
  return runs;
}

/**
 * Consecutive groups of a run whose digits add up to exactly `length`, as spans.
 * @example spansOfLength(groups, 16) // [{ start, end, digits: "3674…" }]
 */
export function spansOfLength(groups: readonly DigitGroup[], length: number): DigitGroup[] {
  const spans: DigitGroup[] = [];
  for (let first = 0; first < groups.length; first++) {
    let digits = "";
    for (let last = first; last < groups.length && digits.length < length; last++) {
      digits += (groups[last] as DigitGroup).digits;
      if (digits.length === length)
        spans.push({ start: (groups[first] as DigitGroup).start, end: (groups[last] as DigitGroup).end, digits });
    }
  }
  return spans;
}
