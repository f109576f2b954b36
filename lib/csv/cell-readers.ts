/**
 * The readers of a row's cells, each remembered for one import: a sheet repeats the same
 * kelurahan, the same handful of activity words, the same venues and the same dates in row
 * after row, and each reading is pure, so a cell's text is read once per file, not once per row.
 */
import { readActivityType } from "../activities/activity-type-words.ts";
import { forumFromVenue } from "../activities/forum-from-venue.ts";
import { cleanCell } from "./cell-text.ts";
import { type DateContext, parseDate } from "./parse-date.ts";
import { matchVocabulary, type VocabularyName } from "./vocabulary.ts";

export interface CellReaders {
  clean: typeof cleanCell;
  date: (text: string) => ReturnType<typeof parseDate>;
  vocabulary: typeof matchVocabulary;
  activityType: typeof readActivityType;
  forum: typeof forumFromVenue;
}

// Past this many distinct texts a cache starts again: memory stays bounded on any file.
const LIMIT = 50_000;

/**
 * A pure one-text reader that remembers its answers.
 * @example const forum = remember(forumFromVenue); forum("Arisan RT 02"); forum("Arisan RT 02") // read once
 */
export function remember<R>(read: (key: string) => R): (key: string) => R {
  let cache = new Map<string, R>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= LIMIT) cache = new Map();
      value = read(key);
      cache.set(key, value);
    }
    return value as R;
  };
}

/**
 * Readers for one file. Their results are shared between rows: callers read them, never change them.
 * @example const readers = cellReaders({ today: "2025-01-01" }); readers.activityType("Sosialisasi")?.type // "socialisation"
 */
export function cellReaders(context: DateContext): CellReaders {
  const line = remember((text) => cleanCell(text, "line"));
  const paragraph = remember((text) => cleanCell(text, "paragraph"));
  const vocabularies = new Map<VocabularyName, (word: string) => string | undefined>();
  return {
    clean: (text, kind) => (kind === "line" ? line(text) : paragraph(text)),
    date: remember((text) => parseDate(text, context)),
    vocabulary: (name, word) => {
      let read = vocabularies.get(name);
      if (!read) vocabularies.set(name, (read = remember((text) => matchVocabulary(name, text))));
      return read(word);
    },
    activityType: remember(readActivityType),
    forum: remember(forumFromVenue),
  };
}
