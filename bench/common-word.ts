/**
 * The word on the most pages of the synthetic corpus: the first search's worst case, since
 * its postings name nearly every page (Pagefind's index chunk holding it grows with the number
 * of pages). Read off the bare build's Markdown of one language, which holds the same titles
 * and bodies as the pipeline's pages; words split as Pagefind splits them, lower-cased.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Lower-cased words of a text (letters and digits, as Pagefind's tokens). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A word and the share of pages it occurs on. */
export interface CommonWord {
  word: string;
  pages: number;
  of: number;
}

/**
 * The word on the most of `texts` (one text per page), ties to the alphabetically first;
 * null for no words at all.
 * @example commonestWord(["dan kami", "dan mereka", "kami"]) // { word: "dan", pages: 2, of: 3 }
 */
export function commonestWord(texts: readonly string[]): CommonWord | null {
  const pages = new Map<string, number>();
  for (const text of texts) for (const word of new Set(words(text))) pages.set(word, (pages.get(word) ?? 0) + 1);
  let best: CommonWord | null = null;
  for (const [word, count] of pages) {
    if (!best || count > best.pages || (count === best.pages && word < best.word)) best = { word, pages: count, of: texts.length };
  }
  return best;
}

/**
 * The commonest word of the Markdown files under `folder` (front matter `title` included,
 * its other keys not).
 * @example commonestWordIn("/tmp/bench/bare/id") // { word: "dan", pages: 4000, of: 4000 }
 */
export function commonestWordIn(folder: string): CommonWord | null {
  const texts = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => {
      const text = readFileSync(path.join(folder, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      const title = match ? (/^title:\s*(.*)$/m.exec(match[1] as string)?.[1] ?? "") : "";
      return `${title}\n${match ? text.slice(match[0].length) : text}`;
    });
  return commonestWord(texts);
}
