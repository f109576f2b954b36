import type { RawFinding } from "../finding.ts";

// "@" as written to fool address harvesters: [at], (at), {at}, [@], or " at " between words.
// Spaces around a plain "@" only on both sides: "follows @akun.contoh" is a handle.
const AT = String.raw`(?:@|[ \t]+@[ \t]+|[ \t]*[\[({][ \t]*(?:at|@)[ \t]*[\])}][ \t]*|[ \t]+(?:at|et)[ \t]+)`;
const DOT = String.raw`(?:\.|[ \t]*[\[({][ \t]*(?:dot|titik)[ \t]*[\])}][ \t]*|[ \t]+(?:dot|titik)[ \t]+)`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;
const EMAIL = new RegExp(
  String.raw`(?<![\w.+%-])([a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9])?)(${AT})(${LABEL}(?:${DOT}${LABEL})*)(${DOT})([a-z]{2,12})(?![\w@-])`,
  "gi",
);
// Every form of AT contains one of these; a text without any has no address (most texts: the
// full pattern is tried at every letter and digit).
const AT_ANYWHERE = /@|[[({][ \t]*(?:at|@)|[ \t](?:at|et)[ \t]/i;
// With a plain " at ", "look at example.com" would be an address; accept it only when the
// dot is disguised too, or the domain is a mail provider people actually give out.
const MAIL_PROVIDERS = /^(gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud|me|proton|protonmail|aol|mail)$/i;

/**
 * Finds e-mail addresses, also disguised: `nama[at]contoh.id`, `nama (at) contoh (dot) id`,
 * `nama at gmail dot com`, `nama @ gmail.com`.
 * @example detectEmails("tulis ke budi[at]contoh.id") // [{ kind: "email", start: 9, end: 26 }]
 */
export function detectEmails(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  if (!AT_ANYWHERE.test(text)) return findings;
  const pattern = new RegExp(EMAIL);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, , at = "", domain = "", lastDot = ""] = match;
    if (/^\s+(at|et)\s+$/i.test(at)) {
      const disguisedDot = /dot|titik/i.test(domain) || /dot|titik/i.test(lastDot);
      const firstLabel = domain.split(/[.\s[({]/)[0] ?? "";
      if (!disguisedDot && !MAIL_PROVIDERS.test(firstLabel)) {
        // Not an address after all ("the family at ahmad.contoh@…"): look again one word on.
        pattern.lastIndex = match.index + 1;
        continue;
      }
    }
    const start = match.index as number;
    findings.push({ kind: "email", start, end: start + whole.length });
  }
  return findings;
}

/**
 * An address in its plain form, lower-case: `Budi [at] Contoh (dot) ID` → `budi@contoh.id`.
 * Used so that a disguised and a plain address get the same fingerprint.
 * @example plainEmail("budi (at) contoh [dot] id") // "budi@contoh.id"
 */
export function plainEmail(value: string): string {
  return value.replace(new RegExp(AT, "i"), "@").replace(new RegExp(DOT, "gi"), ".").replace(/\s+/g, "").toLowerCase();
}
