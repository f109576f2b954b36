import type { ContentTypeName, Language } from "./content-types.ts";

/** One content file, parsed and (if it has no problems) valid against its schema. */
export interface Entry<T extends object = Record<string, unknown>> {
  type: ContentTypeName;
  /** File name without extension: the entry's key, shared by its language versions. */
  slug: string;
  /** Only for per-language types (modules, case studies, pages). */
  lang?: Language;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Front matter plus `body` for Markdown; the parsed object for JSON. */
  data: T;
}

/** What the location of a content file says about it, before it is read. */
export type EntryKey = Pick<Entry, "type" | "slug" | "lang" | "file">;

/** A text shown to editors, in both site languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** Something wrong with a content file, said in words an editor understands. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Dotted path of the field, e.g. `steps.2.period`; absent for problems with the whole file. */
  field?: string;
  /** 1-based line in the file, where known. */
  line?: number;
  message: Bilingual;
}

/** A content file's text as read, with a way to name the field written on a given line. */
export interface SourceFile {
  key: EntryKey;
  /** The decoded text, line endings normalised. */
  text: string;
  /** The dotted field path written on a 1-based line ("body" for a Markdown body), if known. */
  fieldAt(line: number): string | undefined;
}

export interface LoadedContent {
  /** Every entry that was read, including drafts and entries with problems. */
  entries: Entry[];
  problems: Problem[];
  /** Every content file that could be decoded, by path: later gates (the personal-data screen) read these. */
  sources: ReadonlyMap<string, SourceFile>;
}
