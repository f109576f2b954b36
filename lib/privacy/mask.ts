import type { FindingKind } from "./finding.ts";
import { phoneDigits } from "./detectors/phone.ts";
import { canonicalValue } from "./fingerprint.ts";

const BULLET = "•";
const bullets = (count: number) => BULLET.repeat(Math.max(3, count));

/**
 * Masks a finding for messages: enough to recognise which value is meant next to the line
 * number, never enough to read it. Numbers keep a few digits at both ends
 * (`3674••••••••9001`, `08••••••••78`), e-mail addresses the first letter and the top-level
 * domain (`p•••@•••.id`), names their first letter (`R••••`). At most a quarter of a number
 * is shown, and the result is never the value itself.
 * @example maskValue("nik", "3674 0112 0390 9001") // "3674••••••••9001"
 * @example maskValue("person-name", "Rahmat") // "R••••"
 */
export function maskValue(kind: FindingKind, value: string): string {
  switch (kind) {
    case "nik":
    case "kk":
      return keepEnds(canonicalValue(kind, value), 4);
    case "phone":
      return keepEnds(phoneDigits(value), 2);
    case "email": {
      const plain = canonicalValue("email", value);
      const [local = "", domain = ""] = plain.split("@");
      const topLevel = domain.split(".").at(-1) ?? "";
      return `${local.slice(0, 1)}${bullets(3)}@${bullets(3)}.${topLevel}`;
    }
    case "social-handle": {
      const url = /^(?:https?:\/\/)?(?:(?:www|m|mobile|vt|web)\.)?([a-z.]+\.[a-z]+)\/@?(.)/i.exec(value.trim());
      if (url) return `${url[1]}/${url[2]}${bullets(4)}`;
      const handle = value.trim().replace(/^@/, "");
      return `@${handle.slice(0, 1)}${bullets(4)}`;
    }
    case "address": {
      // The street word or RT/RW is kept: it tells the reviewer what kind of address it is.
      const cue = /^(jln?\.?|gg\.?|jalan|gang|blok|rt\s*\/\s*rw|rt|rw)/i.exec(value.trim());
      return cue ? `${cue[1]} ${bullets(4)}` : firstLetter(value);
    }
    case "bidi-control":
      return [...value].map((char) => `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
    default:
      return firstLetter(value);
  }
}

/** `keep` characters at each end (fewer for short values, at most a quarter each), bullets between. */
function keepEnds(value: string, keep: number): string {
  const shown = Math.min(keep, Math.floor(value.length / 4));
  if (shown === 0) return bullets(4);
  return `${value.slice(0, shown)}${bullets(value.length - 2 * shown)}${value.slice(-shown)}`;
}

function firstLetter(value: string): string {
  const trimmed = value.trim().replace(/^["“'‘]/, "");
  return `${trimmed.slice(0, 1)}${bullets(4)}`;
}
