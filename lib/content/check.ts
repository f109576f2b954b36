import type { LoadedContent, Problem } from "./entry.ts";
import { loadContent } from "./load-content.ts";

export interface CheckResult extends LoadedContent {
  ok: boolean;
  /** How many files were read. */
  fileCount: number;
}

/**
 * The gate in front of every build: validates all content and data. Later gates (the
 * personal-data screen) plug in here, so `npm run check`, the build and the dev server apply
 * exactly the same rules.
 * @example const result = runCheck(process.cwd()); if (!result.ok) process.exit(1);
 */
export function runCheck(root: string): CheckResult {
  const loaded = loadContent(root);
  const files = new Set([...loaded.entries.map((e) => e.file), ...loaded.problems.map((p) => p.file)]);
  return { ...loaded, ok: loaded.problems.length === 0, fileCount: files.size };
}

/**
 * One line per problem, grouped by file in file order:
 * `content/x.md:12: period: must be … — harus …`.
 * @example formatProblems(result.problems).join("\n")
 */
export function formatProblems(problems: readonly Problem[]): string[] {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.field ? `${p.field}: ` : ""}${p.message.en} — ${p.message.id}`);
}

/** The closing line of a check, in both languages. */
export function summarise(result: CheckResult): string {
  if (result.ok) {
    return `✓ ${result.fileCount} files checked, no problems — ${result.fileCount} berkas diperiksa, tidak ada masalah`;
  }
  const files = new Set(result.problems.map((p) => p.file)).size;
  const n = result.problems.length;
  return `✗ ${n} problem${n === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} (${result.fileCount} checked) — ${n} masalah di ${files} berkas (${result.fileCount} diperiksa)`;
}
