/**
 * The words synthetic records are written with: every lower-case word of the shipped sample's
 * Markdown bodies and glossary definitions, per language, weighted by how often the sample uses
 * it. Real words in their real proportions give Pagefind a realistic index (common words in
 * thousands of pages, rare ones in a few) — random strings would make every word rare and the
 * index unrealistically large; a short word list would make it unrealistically small.
 *
 * Words that announce personal data are left out, so that no sequence of drawn words can look
 * like a name or an address to the personal-data screen: honorifics and forms of address
 * ("ibu", "kakak", "uncle"), alias and naming cues ("alias", "dipanggil", "named", "known"),
 * kunya and patronymic words, street words, and birth words ("kelahiran", "born"): text has no
 * digits, but the activities page prints dates next to activity titles, and a birth word within
 * a few words before a date makes it a date of birth. Without digits in the drawn text, phone
 * numbers, NIK, plates and house numbers cannot occur.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Language } from "../lib/content/content-types.ts";
import { splitFrontMatter } from "../lib/content/split-front-matter.ts";

/** Words never drawn: each could start something the personal-data screen reads as a name or an address. */
export const EXCLUDED_WORDS: ReadonlySet<string> = new Set(
  `pak bapak bpk ibu mas mbak mba kak dik ust ustadz ustaz ustad ustadzah ustazah sdr sdri bang mpok neng teteh tante gus mbah cak
  haji hajjah kyai kiai nyai kakak adik abang kang akang abah saudara saudari tuan nyonya pakde pakdhe bude budhe paklik bulik
  paman bibi kakek nenek almarhum almarhumah mendiang brother sister uncle aunt auntie aunty
  teh uda uni ning miss mrs prof
  alias aka nicknamed nickname named name names dubbed known called calls call calling styles styled styling himself herself themselves
  introduced goes going went real full whose dipanggil disapa dijuluki berjuluk julukan julukannya panggilan panggilannya sapaan sapaannya
  sebutan sebutannya bernama namanya nama dikenal menyebut menamai menamakan dirinya mengaku memakai menggunakan pakai memperkenalkan
  begitu demikian akrab biasa kerap samaran
  abu ummu umm bin binti
  jalan gang jln blok nomor nomer nmr street road`
    .split(/\s+/)
    .filter(Boolean),
);

/** Word parts never drawn: the birth-date detector's cue words, in any form ("dilahirkan", "newborn"). */
export const EXCLUDED_PARTS = /lahir|born|birth|^dob$|^ttl$|^lhr$/;

/** A word and how often the sample uses it. */
export interface WeightedWord {
  word: string;
  count: number;
}

/**
 * Counts lower-case words of three letters or more in `texts` (capitalised words are left
 * out: in the sample they are mostly proper nouns), minus the excluded words, most frequent
 * first, ties alphabetical so the order never depends on file order.
 * @example countWords(["Tim ini dan tim itu dan warga"]) // [{ word: "dan", count: 2 }, { word: "ini", count: 1 }, { word: "itu", count: 1 }, …]
 */
export function countWords(texts: Iterable<string>): WeightedWord[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // Only whole lower-case words: "Tim" and "PKK" are not split into pieces.
    for (const token of text.split(/[^\p{L}]+/u)) {
      if (!/^[a-z]{3,20}$/.test(token) || EXCLUDED_WORDS.has(token) || EXCLUDED_PARTS.test(token)) continue;
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/**
 * The sample's texts in one language: the bodies of its Markdown entries (modules, case
 * studies, free pages) and the glossary definitions.
 * @example sampleTexts("/repo", "id").length // 16 bodies + 43 definitions
 */
export function sampleTexts(repoRoot: string, lang: Language): string[] {
  const texts: string[] = [];
  for (const folder of ["content/modules", "content/case-studies", "content/pages"]) {
    const dir = path.join(repoRoot, folder, lang);
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".md")) texts.push(splitFrontMatter(readFileSync(path.join(dir, name), "utf8")).body);
    }
  }
  const glossary = path.join(repoRoot, "content/glossary");
  for (const name of readdirSync(glossary).sort()) {
    const term = JSON.parse(readFileSync(path.join(glossary, name), "utf8")) as { definition?: Record<string, string> };
    if (term.definition?.[lang]) texts.push(term.definition[lang]);
  }
  return texts;
}

/**
 * The weighted vocabulary of one language, from the sample in `repoRoot`.
 * @example sampleVocabulary(PROJECT_DIR, "en").length // about 2,000
 */
export function sampleVocabulary(repoRoot: string, lang: Language): WeightedWord[] {
  return countWords(sampleTexts(repoRoot, lang));
}
