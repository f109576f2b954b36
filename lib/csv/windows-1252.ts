/**
 * Windows-1252, the code page Excel uses for "CSV" on Indonesian and English Windows.
 *
 * Why our own table: Node's `TextDecoder("windows-1252")` maps 0x80–0x9F to C1 control
 * characters instead of € ‚ ƒ „ … ‘ ’ “ ” – — ™ (measured on Node 20), which would put
 * invisible controls where a volunteer typed a curly quote or a dash. 0xA0–0xFF are the same
 * code points as Latin-1; five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are undefined and make a
 * file "not Windows-1252".
 */

/** Code points of bytes 0x80–0x9F; `undefined` for the five unassigned bytes. */
const HIGH: readonly (number | undefined)[] = [
  0x20ac,
  undefined,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  undefined,
  0x017d,
  undefined,
  undefined,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  undefined,
  0x017e,
  0x0178,
];

const ENCODE = new Map<number, number>();
for (let byte = 0; byte < 256; byte++) {
  const code = byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : byte;
  if (code !== undefined) ENCODE.set(code, byte);
}

/** Thrown for a byte that Windows-1252 does not define; `offset` is its position. */
export class Windows1252Error extends Error {
  constructor(
    readonly offset: number,
    readonly byte: number,
  ) {
    super(`byte 0x${byte.toString(16).toUpperCase()} at offset ${offset} is not defined in Windows-1252`);
  }
}

/**
 * Decodes Windows-1252 bytes with the real code page.
 * @example decodeWindows1252(Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0x80)) // "“Hi” €"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const code = byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : byte;
    if (code === undefined) throw new Windows1252Error(i, byte);
    chunk.push(code);
    // String.fromCharCode with a spread is limited by the argument count; flush in blocks.
    if (chunk.length === 8192) parts.push(String.fromCharCode(...chunk.splice(0)));
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join("");
}

/**
 * Encodes text as Windows-1252, or returns undefined when a character has no byte there.
 * Used to write test fixtures and to recognise mojibake (UTF-8 bytes read as 1252).
 * @example encodeWindows1252("Rp 5.000 – “ok”") // Uint8Array [0x52, 0x70, …, 0x96, …, 0x93, …]
 */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = ENCODE.get(text.charCodeAt(i));
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  return bytes;
}
