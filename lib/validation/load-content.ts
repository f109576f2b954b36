import { readdirSync } from "node:fs";
import path from "node:path";
import { explainErrors } from "../schema/explain-errors.ts";
import { compileValidators, type SchemaValidators } from "../schema/validator.ts";
import type { ContentType } from "../content/content-types.ts";
import { checkCrossReferences } from "./cross-references.ts";
import type { Entry, EntryKey, LoadedContent, Problem, SourceFile } from "../content/entry.ts";
import { locateContentFile } from "../content/locate-content-file.ts";
import { parseStructuredText } from "../content/parse-structured-text.ts";
import { ContentFileError, readContentFile } from "../content/read-content-file.ts";
import { splitFrontMatter } from "../content/split-front-matter.ts";

/** The folders editors' and the project's data live in, relative to the project root. */
export const CONTENT_ROOTS = ["content", "data"] as const;

/** What reading one content file gave: its source, its entry if it parsed, its own problems. */
export interface FileOutcome {
  source: SourceFile;
  entry?: Entry;
  /** The entry is valid against its schema (so cross-references may trust its fields). */
  valid: boolean;
  problems: Problem[];
}

/**
 * Results of reading files, kept by a long-running process (the dev server) between checks: a
 * file whose text is exactly what was read before is not parsed and validated again.
 */
export type FileOutcomes = Map<string, { text: string; outcome: FileOutcome }>;

/**
 * Reads, parses and validates every file under content/ and data/ in one pass, collecting
 * every problem in every file (never stopping at the first), then checks the references
 * between entries. Entries that could be parsed are returned even when they have problems, so
 * that callers can report on them; the build refuses to run while `problems` is not empty.
 * With `remembered` (see FileOutcomes), unchanged files reuse their earlier outcome.
 * @example const { entries, problems } = loadContent(process.cwd());
 */
export function loadContent(root: string, validators: SchemaValidators = compileValidators(), remembered?: FileOutcomes): LoadedContent {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  const validEntries: Entry[] = [];
  const located: EntryKey[] = [];
  const sources = new Map<string, SourceFile>();
  const seen = new Set<string>();

  for (const file of listFiles(root)) {
    const location = locateContentFile(file);
    if (!location.ok) {
      problems.push({ file, message: location.message });
      continue;
    }
    const { type, slug, lang } = location;
    const key: EntryKey = { type: type.name, slug, file, ...(lang ? { lang } : {}) };
    located.push(key);
    let text: string;
    try {
      text = readContentFile(path.join(root, file));
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      problems.push({ file, ...(error.line ? { line: error.line } : {}), message: error.bilingual });
      continue;
    }
    seen.add(file);
    const earlier = remembered?.get(file);
    const outcome = earlier && earlier.text === text ? earlier.outcome : readEntry(key, type, text, validators);
    remembered?.set(file, { text, outcome });
    sources.set(file, outcome.source);
    if (outcome.entry) entries.push(outcome.entry);
    if (outcome.valid && outcome.entry) validEntries.push(outcome.entry);
    problems.push(...outcome.problems);
  }
  for (const file of remembered?.keys() ?? []) if (!seen.has(file)) remembered?.delete(file);

  // Cross-references are checked among valid entries only, so they can trust field types;
  // a reference to a file that exists but has problems of its own is not reported again.
  problems.push(...checkCrossReferences(validEntries, located));
  return { entries, problems, sources };
}

/** Parses and validates one file's text; its problems are its own (no cross-references). */
function readEntry(key: EntryKey, type: ContentType, text: string, validators: SchemaValidators): FileOutcome {
  const { file, slug, lang } = key;
  // Registered before parsing, so that a file with a syntax error is still screened.
  const source: SourceFile = { key, text, fieldAt: (_line: number): string | undefined => undefined };
  try {
    let data: unknown;
    let lineOf: (field: string) => number | undefined;
    if (type.format === "markdown") {
      const parts = splitFrontMatter(text);
      const parsed = parseStructuredText(parts.yaml, "yaml", 1);
      data = isPlainObject(parsed.data) ? { ...parsed.data, body: parts.body } : parsed.data;
      lineOf = (field) => (field === "body" || field.startsWith("body.") ? parts.bodyLine : parsed.lineOf(field));
      source.fieldAt = (line) => (line >= parts.bodyLine ? "body" : parsed.fieldAt(line));
    } else {
      const parsed = parseStructuredText(text, "json");
      data = parsed.data;
      lineOf = parsed.lineOf;
      source.fieldAt = parsed.fieldAt;
    }
    if (!isPlainObject(data)) {
      return {
        source,
        valid: false,
        problems: [{ file, line: 1, message: { en: "must contain a group of fields", id: "harus berisi kelompok kolom" } }],
      };
    }
    const entry: Entry = lang ? { type: type.name, slug, lang, file, data } : { type: type.name, slug, file, data };
    const validate = validators[type.name];
    if (validate(data)) return { source, entry, valid: true, problems: [] };
    const problems = explainErrors(validate.errors ?? []).map(({ field, message }): Problem => {
      const line = lineOf(field);
      return { file, ...(field ? { field } : {}), ...(line ? { line } : {}), message };
    });
    return { source, entry, valid: false, problems };
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    return { source, valid: false, problems: [{ file, ...(error.line ? { line: error.line } : {}), message: error.bilingual }] };
  }
}

/** Every file under the content roots, relative to `root`, sorted; dotfiles are skipped. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  for (const top of CONTENT_ROOTS) {
    const base = path.join(root, top);
    let dirents;
    try {
      dirents = readdirSync(base, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const dirent of dirents) {
      if (!dirent.isFile() && !dirent.isSymbolicLink()) continue;
      const relative = path.relative(root, path.join(dirent.parentPath, dirent.name)).split(path.sep).join("/");
      if (relative.split("/").some((part) => part.startsWith("."))) continue;
      files.push(relative);
    }
  }
  return files.sort();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
