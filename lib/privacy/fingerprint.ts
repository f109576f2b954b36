import { createHash } from "node:crypto";
import type { FindingKind } from "./finding.ts";
import { plainEmail } from "./detectors/email.ts";
import { phoneDigits } from "./detectors/phone.ts";

/**
 * The value of a finding reduced to what identifies it, so that the same identifier written
 * differently ("0812-3456-7890", "0812 3456 7890", "nol delapan satu dua …") is one value.
 * @example canonicalValue("nik", "3674 0112 …") // "36740112…"
 */
export function canonicalValue(kind: FindingKind, value: string): string {
  switch (kind) {
    case "nik":
    case "kk":
      return value.replace(/\D/g, "");
    case "phone": {
      const digits = phoneDigits(value);
      // +62 812… and 0812… are the same number.
      return digits.startsWith("62") ? `0${digits.slice(2)}` : digits;
    }
    case "email":
      return plainEmail(value);
    case "social-handle":
      return value
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/^(www|m|mobile|web)\./, "");
    default:
      return value.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  }
}

/**
 * A short, stable name for one finding: the first 12 hex digits of SHA-256 over the kind and
 * the canonical value. A reviewer can allow a false positive by its fingerprint without
 * writing the value down. It is not a secret: numbers with little variety (a NIK, a phone
 * number) can be recovered from it by trying candidates, so it belongs only next to findings
 * that were reviewed as not personal, which are published anyway.
 * @example fingerprint("phone", "0812-3456-7890") // "…12 hex digits…"
 */
export function fingerprint(kind: FindingKind, value: string): string {
  return createHash("sha256")
    .update(`${kind}\u0000${canonicalValue(kind, value)}`)
    .digest("hex")
    .slice(0, 12);
}
