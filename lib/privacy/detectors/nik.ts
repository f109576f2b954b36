import type { RawFinding } from "../finding.ts";
import { digitGroupRuns, spansOfLength } from "./digit-groups.ts";

// Province codes used in NIK and KK numbers (Sumatra 11–19, Java 31–36, Bali and Nusa
// Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–96).
const PROVINCES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
]);

// Words that say which number follows. Checked on the text just before the number; the
// nearest one wins, so "NIK …, KK …" labels each number correctly.
const CONTEXT =
  /\b(?:(nik|ktp|e-?ktp|nomor induk kependudukan|identity card|id card|id number|national id)|(kk|no\.?\s*kk|kartu keluarga|family card|family register))\b/gi;

/**
 * Finds NIK numbers (16 digits: 6-digit region with a real province code, birth date DDMMYY
 * with 40 added to the day for women, 4-digit serial) and KK numbers (16 digits, told apart by
 * the words before them: KK, kartu keluarga, family card), plain or grouped by spaces, dots or
 * dashes. A 16-digit number announced as NIK or KK is reported even if its structure is odd:
 * a typo in an identifier still identifies.
 * @example detectNik("NIK 3674014507900003") // [{ kind: "nik", start: 4, end: 20 }]
 */
export function detectNik(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const run of digitGroupRuns(text)) {
    for (const span of spansOfLength(run, 16)) {
      const announced = announcedAs(text, span.start);
      if (announced === "kk" && plausibleRegion(span.digits)) findings.push({ kind: "kk", start: span.start, end: span.end });
      else if (announced === "nik" || plausibleNik(span.digits)) findings.push({ kind: "nik", start: span.start, end: span.end });
      else if (announced === "kk") findings.push({ kind: "kk", start: span.start, end: span.end });
    }
  }
  return findings;
}

/** Whether 16 digits have the structure of a NIK: region, birth date (+40 for women), serial. */
export function plausibleNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits) || !plausibleRegion(digits)) return false;
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const serial = Number(digits.slice(12, 16));
  const dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
  return dayOk && month >= 1 && month <= 12 && serial >= 1;
}

function plausibleRegion(digits: string): boolean {
  return PROVINCES.has(digits.slice(0, 2)) && digits.slice(2, 4) !== "00" && digits.slice(4, 6) !== "00";
}

/** What the nearest label within 40 characters before `start`, on the same line, says. */
function announcedAs(text: string, start: number): "nik" | "kk" | undefined {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  let last: "nik" | "kk" | undefined;
  for (const match of before.matchAll(CONTEXT)) last = match[1] ? "nik" : "kk";
  return last;
}
