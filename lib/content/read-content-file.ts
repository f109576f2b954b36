import { lstatSync, readFileSync } from "node:fs";
import type { Bilingual } from "./entry.ts";

/**
 * The largest content file accepted, in bytes. A training module of 10,000 words is about
 * 70 KB; anything far beyond that is a pasted document or a mistake, and would make pages too
 * heavy for volunteers on weak mobile connections.
 */
export const MAX_ENTRY_BYTES = 200 * 1024;

export class ContentFileError extends Error {
  constructor(
    readonly bilingual: Bilingual,
    readonly line?: number,
  ) {
    super(bilingual.en);
  }
}

// C0 and C1 control characters other than tab, line feed and carriage return, plus DEL.
// They are invisible in editors, break JSON/YAML tools and can hide text from reviewers.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Reads a content file as strict UTF-8 text: rejects files over the size limit, bytes that are
 * not valid UTF-8, and control characters, naming the line. A leading byte-order mark is
 * dropped and line endings are normalised to `\n`.
 * @example const text = readContentFile("/repo/content/glossary/arisan.json");
 */
export function readContentFile(absolutePath: string): string {
  // A link could make the site publish any file on the build machine.
  if (lstatSync(absolutePath).isSymbolicLink()) {
    throw new ContentFileError({ en: "is a symbolic link; content must be a real file.", id: "adalah tautan simbolik; konten harus berkas sungguhan." });
  }
  const bytes = readFileSync(absolutePath);
  return decodeContent(bytes);
}

/** The checks of {@link readContentFile} on bytes already in memory. */
export function decodeContent(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ENTRY_BYTES) {
    const kb = Math.ceil(bytes.byteLength / 1024);
    throw new ContentFileError({
      en: `the file is ${kb} KB; the limit is ${MAX_ENTRY_BYTES / 1024} KB per entry. Split it into several entries.`,
      id: `berkas ${kb} KB; batasnya ${MAX_ENTRY_BYTES / 1024} KB per entri. Pecah menjadi beberapa entri.`,
    });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ContentFileError(
      {
        en: "the file is not valid UTF-8 text. Save it again as UTF-8.",
        id: "berkas bukan teks UTF-8 yang sah. Simpan ulang sebagai UTF-8.",
      },
      firstInvalidUtf8Line(bytes),
    );
  }
  text = text.replace(/\r\n?/g, "\n");
  const match = CONTROL_CHARACTER.exec(text);
  if (match) {
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new ContentFileError(
      {
        en: `contains an invisible control character (U+${code}). Delete it and type the text again.`,
        id: `berisi karakter kontrol tak terlihat (U+${code}). Hapus dan ketik ulang teksnya.`,
      },
      lineAt(text, match.index),
    );
  }
  return text;
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return undefined;
}
