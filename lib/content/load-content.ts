import { readdirSync } from "node:fs";
import path from "node:path";
import { explainErrors } from "../schema/explain-errors.ts";
import { compileValidators, type SchemaValidators } from "../schema/validator.ts";
import { checkCrossReferences } from "./cross-references.ts";
import type { Entry, EntryKey, LoadedContent, Problem, SourceFile } from "./entry.ts";
import { locateContentFile } from "./locate-content-file.ts";
import { parseStructuredText } from "./parse-structured-text.ts";
import { ContentFileError, readContentFile } from "./read-content-file.ts";
import { splitFrontMatter } from "./split-front-matter.ts";

/** The folders editors' and the project's data live in, relative to the project root. */
export const CONTENT_ROOTS = ["content", "data"] as const;

/**
 * Reads, parses and validates every file under content/ and data/ in one pass, collecting
 * every problem in every file (never stopping at the first), then checks the references
 * between entries. Entries that could be parsed are returned even when they have problems, so
 * that callers can report on them; the build refuses to run while `problems` is not empty.
 * @example const { entries, problems } = loadContent(process.cwd());
 */
export function loadContent(root: string, validators: SchemaValidators = compileValidators()): LoadedContent {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  const validEntries: Entry[] = [];
  const located: EntryKey[] = [];
  const sources = new Map<string, SourceFile>();

  for (const file of listFiles(root)) {
    const location = locateContentFile(file);
    if (!location.ok) {
      problems.push({ file, message: location.message });
      continue;
    }
    const { type, slug, lang } = location;
    const key: EntryKey = { type: type.name, slug, file, ...(lang ? { lang } : {}) };
    located.push(key);
    try {
      const text = readContentFile(path.join(root, file));
      // Registered before parsing, so that a file with a syntax error is still screened.
      const source = { key, text, fieldAt: (_line: number): string | undefined => undefined };
      sources.set(file, source);
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
        problems.push({ file, line: 1, message: { en: "must contain a group of fields", id: "harus berisi kelompok kolom" } });
        continue;
      }
      const entry: Entry = lang ? { type: type.name, slug, lang, file, data } : { type: type.name, slug, file, data };
      entries.push(entry);
      const validate = validators[type.name];
      if (validate(data)) {
        validEntries.push(entry);
      } else {
        for (const { field, message } of explainErrors(validate.errors ?? [])) {
          const line = lineOf(field);
          problems.push({ file, ...(field ? { field } : {}), ...(line ? { line } : {}), message });
        }
      }
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      problems.push({ file, ...(error.line ? { line: error.line } : {}), message: error.bilingual });
    }
  }

  // Cross-references are checked among valid entries only, so they can trust field types;
  // a reference to a file that exists but has problems of its own is not reported again.
  problems.push(...checkCrossReferences(validEntries, located));
  return { entries, problems, sources };
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
