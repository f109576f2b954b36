import type { RawFinding } from "../finding.ts";
import { lookbehindApart, matchesAfter } from "./matches-after.ts";

// Region codes of Indonesian number plates (TNKB). Listing them, instead of accepting any
// one or two capitals, keeps abbreviations such as "UU 27" or "PP 71" out.
const REGIONS = [
  "A",
  "B",
  "D",
  "E",
  "F",
  "G",
  "H",
  "K",
  "L",
  "M",
  "N",
  "P",
  "R",
  "S",
  "T",
  "W",
  "Z",
  "AA",
  "AB",
  "AD",
  "AE",
  "AG",
  "BA",
  "BB",
  "BD",
  "BE",
  "BG",
  "BH",
  "BK",
  "BL",
  "BM",
  "BN",
  "BP",
  "DA",
  "DB",
  "DC",
  "DD",
  "DE",
  "DG",
  "DH",
  "DK",
  "DL",
  "DM",
  "DN",
  "DP",
  "DR",
  "DS",
  "DT",
  "DW",
  "EA",
  "EB",
  "ED",
  "KB",
  "KH",
  "KT",
  "KU",
  "PA",
  "PB",
];
// Both patterns' leading lookbehinds are checked apart (matches-after.ts): the same matches, found faster.
const PLATE = lookbehindApart(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${REGIONS.sort((a, b) => b.length - a.length).join("|")})([ \t\-]?)(\d{1,4})([ \t\-]?)([A-Z]{1,3})(?![\p{L}\p{N}])`,
    "gu",
  ),
);

// In chats plates are typed in lower case ("b 1234 xyz"); then only the full spaced form
// counts, since short lower-case sequences ("di 12 rt") are ordinary text.
const LOWER_CASE_PLATE = lookbehindApart(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${REGIONS.map((region) => region.toLowerCase()).join("|")})[ \t]\d{3,4}[ \t]([a-z]{2,3})(?![\p{L}\p{N}])`,
    "gu",
  ),
);
// "a 360 px phone", "a 404 per folder": units and short words are not plate letters.
const NOT_PLATE_LETTERS = new Set([
  "px",
  "em",
  "km",
  "kg",
  "cm",
  "mm",
  "ml",
  "mb",
  "gb",
  "kb",
  "tb",
  "hz",
  "rpm",
  "dpi",
  "ppm",
  "pcs",
  "per",
  "dan",
  "dll",
  "rb",
  "jt",
  "thn",
  "th",
  "org",
  "the",
  "and",
  "for",
  "new",
  "ton",
  "jam",
  "not",
  "yg",
  "kk",
  "rt",
  "rw",
]);

/**
 * Finds Indonesian vehicle plates: region code, 1–4 digits, 1–3 letters ("B 1234 XYZ",
 * "B1234XYZ", "A 12 BC", "B-1234-XYZ"). Written without spaces, a plate needs at least two
 * digits and two letters, so that abbreviations such as "P3K" or "K3L" are not plates, and
 * both gaps are written alike.
 * @example detectPlates("motor B 4821 KTX") // [{ kind: "plate", start: 6, end: 16 }]
 */
export function detectPlates(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of matchesAfter(text, PLATE)) {
    const [whole, , firstGap = "", digits = "", secondGap = "", letters = ""] = match;
    // "G20 KTT" is a summit, not a plate: the two gaps of a plate are written alike.
    if (Boolean(firstGap) !== Boolean(secondGap)) continue;
    if (!firstGap && (digits.length < 2 || letters.length < 2)) continue;
    const start = match.index as number;
    findings.push({ kind: "plate", start, end: start + whole.length });
  }
  for (const match of matchesAfter(text, LOWER_CASE_PLATE)) {
    if (NOT_PLATE_LETTERS.has(match[1] as string)) continue;
    const start = match.index as number;
    findings.push({ kind: "plate", start, end: start + match[0].length });
  }
  return findings;
}
