import type { RawFinding } from "../finding.ts";

// Street words. Abbreviations are a strong signal in any case ("jl. melati" in a chat);
// the full words "Jalan" and "Gang" are ordinary words too ("mencari jalan tengah", "pindah
// ke gang sebelah"), so they need a capitalised name or a house number after them.
const STREET_CUE =
  /(?<![\p{L}\p{N}])(?:([Jj][Ll][Nn]?\.|[Gg][Gg]\.|[Jj][Ll][Nn]?(?=\s))|(Jalan|JALAN|Gang|GANG|Gg|GG)(?=\s)|(jalan|gang)(?=\s))/gu;
const WORD = /^[ \t]*([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/u;
const HOUSE_NUMBER =
  /^[ \t]*,?[ \t]*(?:no|nomor|nomer|nmr)\.?[ \t]*:?[ \t]*\d{1,4}[a-z]?(?:[ \t]*[/-][ \t]*\d{1,4}[a-z]?)?(?![\p{L}\p{N}])/iu;
// "Blok C2 No. 7", "Blok A/12", "blok d3 no 21".
const BLOCK =
  /(?<![\p{L}\p{N}])blok[ \t]+[a-z]{0,2}[ \t-]?\d{0,3}[a-z]?(?:[ \t]*\/[ \t]*\d{1,4}[a-z]?|(?:[ \t]*[/-][ \t]*\d{1,4})?[ \t]*,?[ \t]*(?:no|nomor)\.?[ \t]*\d{1,4}[a-z]?)(?![\p{L}\p{N}])/giu;
// RT/RW: "RT 004/RW 011", "RT.003/RW.014", "RT 02 RW 07", "rt 3 rw 5", "RT/RW 04/11", "RW 7".
const NUMBER = String.raw`[ \t]*\.?[ \t]*:?[ \t]*0*\d{1,3}(?!\d)`;
const RT_RW = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:RT[ \t]*[/.,-]?[ \t]*RW[ \t]*\.?[ \t]*:?[ \t]*\d{1,3}[ \t]*[/.,-][ \t]*\d{1,3}(?!\d)|R[TW]${NUMBER}(?:[ \t]*[/.,-]?[ \t]*RW${NUMBER})?)`,
  "giu",
);
// A single RT or RW named right after a gathering ("Arisan ibu-ibu RT 02", "Posyandu Melati
// RW 09", "Forum Warga RW 05", "Grup WhatsApp RT 03") names which group it is, not where anyone
// lives: every household of the unit shares it. A pair (RT 03/RW 05, even "Majelis taklim RT 04
// RW 02") narrows it to a few dozen households and stays an address, as does a unit with a home,
// a street or a move nearby. An office of the unit ("ketua RW 7") is one person, so not a group.
const FORUM_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:arisan|posyandu|posbindu|pkk|pengajian|taklim|ta'?lim|karang[ \t]+taruna|pertemuan|rapat|musyawarah|balai[ \t]+warga|kampung[ \t]+kb|kwt|kelompok[ \t]+wanita[ \t]+tani|majelis|masjid|musala|mushola|musholla|paud|lapangan|sekretariat|` +
    String.raw`forum|paguyuban|dasawisma|ronda|siskamling|kerja[ \t]+bakti|bank[ \t]+sampah|grup|group|komunitas|kelompok|tim|satgas|jumantik|tpa|tpq|lomba)(?![\p{L}\p{N}])[^\n.;:]{0,30}$`,
  "iu",
);
const RESIDENCE =
  /(?<![\p{L}\p{N}])(?:rumah|kediaman|tinggal|alamat|kontrakan|kos|kost|blok|gang|gg|jl|jln|jalan|no|nomor|pindah|menetap|domisili|berdomisili|ngontrak|mengontrak)(?![\p{L}\p{N}])/iu;

// Words after a street cue that end its name: a street name is a few words, not a sentence.
// "Jalan Sehat", "Jalan Santai" are community walks, not streets; "Jalan Raya X" without a house
// number is a main road (public infrastructure, a parade route), not where someone lives.
const WALK_WORDS = new Set(["sehat", "santai", "kaki", "pagi", "bersama", "damai"]);
const MAIN_ROAD = "raya";
const STOP_WORDS = new Set([
  "dan",
  "atau",
  "yang",
  "di",
  "ke",
  "dari",
  "untuk",
  "dengan",
  "itu",
  "ini",
  "pada",
  "sampai",
  "hingga",
  "and",
  "or",
  "the",
  "in",
  "to",
  "from",
  "at",
  "on",
  "for",
  "with",
]);

/**
 * Finds street addresses (Jl./Jln./Jalan/Gg./Gang followed by a name, with or without
 * "No. 12"; "Blok C2 No. 7") and RT/RW numbers in their usual forms ("RT 004/RW 011",
 * "RT.003/RW.014", "RT 02 RW 07", "rt 3 rw 5", "RW 7"). RT and RW without a number are words,
 * not addresses.
 * @example detectAddresses("di Jl. Melati No. 5") // [{ kind: "address", start: 3, end: 18 }]
 */
export function detectAddresses(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(STREET_CUE)) {
    const start = match.index as number;
    const abbreviation = Boolean(match[1]);
    const capitalisedWord = Boolean(match[2]);
    const found = streetAfter(
      text,
      start + match[0].length,
      abbreviation || capitalisedWord ? (abbreviation ? "any" : "capitalised") : "numbered",
    );
    if (found) findings.push({ kind: "address", start, end: found });
  }
  for (const pattern of [BLOCK, RT_RW]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index as number;
      if (pattern === RT_RW && namesAGathering(text, start, match[0])) continue;
      findings.push({ kind: "address", start, end: start + match[0].length });
    }
  }
  return findings;
}

/**
 * Whether a single RT or RW at `start` is part of a gathering's name: a forum word shortly
 * before it on the same line, and no word of a home or a street around it.
 * @example namesAGathering("Arisan ibu-ibu RT 02", 15, "RT 02") // true
 */
function namesAGathering(text: string, start: number, unit: string): boolean {
  if (/RT/i.test(unit) && /RW/i.test(unit)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (!FORUM_BEFORE.test(before)) return false;
  const around = text.slice(Math.max(0, start - 40), start + unit.length + 20);
  return !RESIDENCE.test(around);
}

/**
 * Reads a street name of up to four words after a cue, then an optional house number; returns
 * where the address ends, or undefined when what follows is not a street name.
 * "any": any word (after an abbreviation); "capitalised": capitalised words or numbers;
 * "numbered": any words, but only if a house number follows.
 */
function streetAfter(text: string, from: number, mode: "any" | "capitalised" | "numbered"): number | undefined {
  let position = from;
  let words = 0;
  let firstWord = "";
  while (words < 4) {
    const rest = text.slice(position, position + 80);
    if (HOUSE_NUMBER.test(rest) && words > 0) break;
    const word = WORD.exec(rest);
    if (!word) break;
    // An initial keeps its dot ("Jl. H. Usman"); other trailing dots end a sentence.
    const value = /^\p{Lu}\.$/u.test(word[1] as string) ? (word[1] as string) : (word[1] as string).replace(/[.-]+$/, "");
    if (STOP_WORDS.has(value.toLowerCase())) break;
    if (words === 0 && WALK_WORDS.has(value.toLowerCase())) return undefined;
    if (words === 0) firstWord = value.toLowerCase();
    const capitalised = /^[\p{Lu}\p{N}]/u.test(value);
    if (mode === "capitalised" && !capitalised) break;
    position += word[0].length - ((word[1] as string).length - value.length);
    words++;
    // A comma or a full stop after a word ends the name ("Jl. Melati, Pamulang").
    if (/^[,;:!?]/.test(text.slice(position, position + 1)) || /^\.(\s|$)/.test(text.slice(position, position + 2))) break;
  }
  if (words === 0) return undefined;
  const number = HOUSE_NUMBER.exec(text.slice(position, position + 80));
  if (number) return position + number[0].length;
  if (firstWord === MAIN_ROAD) return undefined;
  return mode === "numbered" ? undefined : position;
}
