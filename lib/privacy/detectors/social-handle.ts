import type { RawFinding } from "../finding.ts";
import { lookbehindApart, matchesAfter } from "./matches-after.ts";

// Each pattern's leading lookbehind is checked apart (matches-after.ts): the same matches, found faster.

// @handle: 2–30 characters with at least one letter; not inside an e-mail address, a word or
// a package name ("@11ty/eleventy").
const HANDLE = lookbehindApart(/(?<![\p{L}\p{N}_.@/])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@/])/gu);
// Profile addresses on the platforms people in these cases use.
const PLATFORMS = [
  "instagram\\.com",
  "instagr\\.am",
  "facebook\\.com",
  "fb\\.com",
  "fb\\.me",
  "tiktok\\.com",
  "x\\.com",
  "twitter\\.com",
  "youtube\\.com",
  "youtu\\.be",
  "t\\.me",
  "telegram\\.me",
  "wa\\.me",
  "api\\.whatsapp\\.com",
  "threads\\.net",
  "linkedin\\.com",
];
const PROFILE_URL = lookbehindApart(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.\-])(?:https?:\/\/)?(?:(?:www|m|mobile|vt|web)\.)?(?:${PLATFORMS.join("|")})\/[^\s<>()\[\]"'{}]*[^\s<>()\[\]"'{}.,;:!?]`,
    "giu",
  ),
);
// "IG: budi_santoso99", "akun TikTok: sari.w": a platform name, a colon, and a user name.
const NAMED_ACCOUNT = lookbehindApart(
  /(?<![\p{L}\p{N}])(?:ig|insta|instagram|tiktok|twitter|fb|facebook|telegram|tele|youtube|yt|threads|akun|username|user ?name|handle)\s*:\s*@?([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))(?![\w@])/giu,
);

// At-keywords of CSS and documentation comments, which the screen meets in built pages.
const AT_KEYWORDS = new Set([
  "media",
  "layer",
  "import",
  "font-face",
  "supports",
  "keyframes",
  "page",
  "container",
  "charset",
  "namespace",
  "property",
  "scope",
  "starting-style",
  "example",
  "param",
  "returns",
  "return",
  "type",
  "see",
  "link",
  "deprecated",
  "throws",
  "default",
  "internal",
  "minitems",
  "maxitems",
  "minimum",
  "maximum",
]);

/**
 * Finds social-media handles (@nama_akun) and profile addresses on Instagram, Facebook,
 * TikTok, X/Twitter, YouTube, Telegram (t.me) and WhatsApp (wa.me), with or without
 * https://, and user names given after "IG:", "TikTok:", "akun:".
 * @example detectSocialHandles("follow @budi_s99") // [{ kind: "social-handle", start: 7, end: 16 }]
 */
export function detectSocialHandles(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const pattern of [HANDLE, PROFILE_URL]) {
    for (const match of matchesAfter(text, pattern)) {
      if (pattern === HANDLE && AT_KEYWORDS.has(match[0].slice(1).toLowerCase())) continue;
      const start = match.index as number;
      findings.push({ kind: "social-handle", start, end: start + match[0].length });
    }
  }
  for (const match of matchesAfter(text, NAMED_ACCOUNT)) {
    const name = match[1] as string;
    // "IG: tidak ada" is words; without an @, only a name with a digit, an underscore or a
    // dot in it is clearly a user name.
    if (!match[0].includes("@") && !/[\d_.]/.test(name)) continue;
    const end = (match.index as number) + match[0].length;
    findings.push({ kind: "social-handle", start: end - name.length, end });
  }
  return findings;
}
