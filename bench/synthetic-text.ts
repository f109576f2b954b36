/**
 * Training-style text drawn from a weighted vocabulary: sentences, titles, headings, lists
 * and Markdown sections. Words are drawn in the sample's proportions (see vocabulary.ts), only
 * the first word of a sentence is capitalised, and nothing has digits, so the text reads as
 * prose to the personal-data screen and as a realistic word distribution to Pagefind.
 * Deterministic: the same random generator state gives the same text.
 */
import type { Random } from "../support/seeded-random.ts";
import type { WeightedWord } from "./synthetic-vocabulary.ts";

/** A vocabulary ready for drawing: words and their cumulative weights. */
export interface WordDrawer {
  /** Draws one word, in proportion to its weight. */
  word(random: Random): string;
  /** How many distinct words it can draw. */
  size: number;
}

/**
 * @example const draw = wordDrawer([{ word: "warga", count: 3 }, { word: "tim", count: 1 }]); draw.word(random) // "warga" 3 times in 4
 */
export function wordDrawer(words: readonly WeightedWord[]): WordDrawer {
  if (words.length === 0) throw new Error("The vocabulary is empty: nothing to write synthetic text with");
  const cumulative: number[] = [];
  let total = 0;
  for (const { count } of words) cumulative.push((total += count));
  return {
    size: words.length,
    word(random) {
      const target = random.next() * total;
      // Binary search: the first cumulative weight above the target.
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((cumulative[middle] as number) > target) high = middle;
        else low = middle + 1;
      }
      return (words[low] as WeightedWord).word;
    },
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `count` words, never the same word twice in a row. */
function words(random: Random, draw: WordDrawer, count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const next = draw.word(random);
    if (next !== out[out.length - 1]) out.push(next);
  }
  return out;
}

/**
 * A sentence of `min`–`max` words, capitalised, sometimes with a comma, ending with `end`.
 * @example sentence(random, draw, 6, 14) // "Warga dan tim bertemu setiap bulan, lalu mencatat hasilnya."
 */
export function sentence(random: Random, draw: WordDrawer, min: number, max: number, end = "."): string {
  const list = words(random, draw, random.int(min, max));
  if (list.length >= 8 && random.next() < 0.4) {
    const at = random.int(3, list.length - 3);
    list[at] = `${list[at]},`;
  }
  return `${capitalise(list.join(" "))}${end}`;
}

/**
 * A title or heading of `min`–`max` words in sentence case, no full stop.
 * @example title(random, draw, 3, 7) // "Pendekatan warga dalam kegiatan bersama"
 */
export function title(random: Random, draw: WordDrawer, min: number, max: number): string {
  return capitalise(words(random, draw, random.int(min, max)).join(" "));
}

/**
 * A paragraph of `min`–`max` sentences.
 * @example paragraph(random, draw, 3, 6)
 */
export function paragraph(random: Random, draw: WordDrawer, min: number, max: number): string {
  return Array.from({ length: random.int(min, max) }, () => sentence(random, draw, 7, 18)).join(" ");
}

/**
 * `min`–`max` one-line items (for lists, objectives, lessons); with `end` "?" they are questions.
 * @example lines(random, draw, 2, 4, "?") // ["Apa peran tim di forum warga?", …]
 */
export function lines(random: Random, draw: WordDrawer, min: number, max: number, end = "."): string[] {
  return Array.from({ length: random.int(min, max) }, () => sentence(random, draw, 5, 12, end));
}

/**
 * A Markdown body of `sections` sections, each a `##` heading, one or two paragraphs and
 * sometimes a bulleted list — the shape of the sample's modules and case studies.
 * @example markdownBody(random, draw, 5) // "## Mengapa …\n\nWarga …\n"
 */
export function markdownBody(random: Random, draw: WordDrawer, sections: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sections; i++) {
    parts.push(`## ${title(random, draw, 2, 5)}`);
    const paragraphs = random.int(1, 2);
    for (let p = 0; p < paragraphs; p++) parts.push(paragraph(random, draw, 3, 6));
    if (random.next() < 0.4)
      parts.push(
        lines(random, draw, 3, 5)
          .map((item) => `- ${item}`)
          .join("\n"),
      );
  }
  return `${parts.join("\n\n")}\n`;
}
