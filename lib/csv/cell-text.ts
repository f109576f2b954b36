/**
 * One cell's text made fit to store, or the reasons it is not: the export's formula guard
 * undone, whitespace tidied, and the characters that must never reach content refused
 * (control characters, U+FFFD, mojibake) — these mean the text was damaged before it reached
 * us, and only the volunteer can say what it said.
 */
import type { Bilingual } from "../content/entry.ts";
import { encodeWindows1252 } from "./windows-1252.ts";

export interface CleanCell {
  text: string;
  problems: Bilingual[];
}

// Tab and line feed are whitespace here; every other C0/C1 control and DEL is refused.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Characters that UTF-8 bytes turn into when read as Windows-1252 or Latin-1.
const MOJIBAKE_RUN =
  /[\u00C2-\u00F4][\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g;

/**
 * Removes exactly one apostrophe that the export put before a line starting with a formula
 * character (= + - @ TAB), so that re-importing our own export gives back the stored text
 * and prefixes never stack. A line that started with apostrophes of its own keeps them: the
 * export added one more, which this removes.
 * @example stripFormulaGuard("'=1+1\n'-catatan") // "=1+1\n-catatan"
 */
export function stripFormulaGuard(text: string): string {
  return text.replace(/(^|\n)'(?='*[=+\-@\t])/g, "$1");
}

/**
 * Cleans a cell for a one-line field (kind "line") or a text field (kind "paragraph").
 * Lines: every run of whitespace becomes one space. Paragraphs: spaces tidied within lines,
 * at most one blank line between paragraphs. Both: NFC, trimmed.
 * @example cleanCell("  Sosialisasi\t di  RW ", "line") // { text: "Sosialisasi di RW", problems: [] }
 */
export function cleanCell(raw: string, kind: "line" | "paragraph"): CleanCell {
  const problems: Bilingual[] = [];
  const unguarded = stripFormulaGuard(raw);
  const control = CONTROL.exec(unguarded);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    problems.push({
      en: `contains an invisible control character (U+${code}); retype the text`,
      id: `berisi karakter kontrol tak terlihat (U+${code}); ketik ulang teksnya`,
    });
  }
  if (unguarded.includes("\uFFFD")) {
    problems.push({
      en: "contains “�”: letters were lost before this file was saved; retype the text",
      id: "berisi “�”: huruf hilang sebelum berkas ini disimpan; ketik ulang teksnya",
    });
  }
  const garbled = findMojibake(unguarded);
  if (garbled) {
    problems.push({
      en: `looks garbled (“${garbled.seen}” is probably “${garbled.meant}”): the text was saved in one encoding and read in another; fix it in the spreadsheet`,
      id: `tampak rusak (“${garbled.seen}” kemungkinan “${garbled.meant}”): teks disimpan dengan satu pengodean dan dibaca dengan pengodean lain; perbaiki di lembar kerja`,
    });
  }
  const normalised = unguarded.normalize("NFC");
  const text =
    kind === "line"
      ? normalised.replace(/\s+/g, " ").trim()
      : normalised
          .split("\n")
          .map((line) => line.replace(/[ \t\u00A0]+/g, " ").trim())
          .join("\n")
          .replace(/\n{3,}/g, "\n\n")
          .trim();
  return { text, problems };
}

/**
 * The first stretch of text that is UTF-8 read as Windows-1252 ("Ã©" for "é", "â€™" for "’"),
 * found by turning it back into bytes and reading them as UTF-8. Real Latin-1 text ("café")
 * does not survive that round trip, so it is not mistaken for mojibake.
 * @example findMojibake("Kafe Ã©lite") // { seen: "Ã©", meant: "é" }
 */
export function findMojibake(text: string): { seen: string; meant: string } | undefined {
  for (const match of text.matchAll(MOJIBAKE_RUN)) {
    for (let length = match[0].length; length >= 2; length--) {
      const seen = match[0].slice(0, length);
      const bytes = encodeWindows1252(seen);
      if (!bytes) continue;
      try {
        const meant = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        if (meant !== seen) return { seen, meant };
      } catch {
        // not UTF-8 bytes: this stretch is genuine Latin text
      }
    }
  }
  return undefined;
}
