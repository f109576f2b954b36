import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR } from "../content/project-paths.ts";
import { cmsConfigProblems } from "../cms/config-staleness.ts";
import { JOURNAL_FILE } from "../csv/commit-files.ts";
import { ALLOW_LIST_FILE } from "../privacy/load-allow-list.ts";
import { prescreenContent } from "../privacy/prescreen-content.ts";
import { screenContent, type ScreenedFiles } from "../privacy/screen-content.ts";
import { compileValidators, type SchemaValidators } from "../schema/validator.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import type { LoadedContent, Problem } from "../content/entry.ts";
import { loadContent, type FileOutcomes } from "../validation/load-content.ts";

export interface CheckResult extends LoadedContent {
  ok: boolean;
  /** How many files were read. */
  fileCount: number;
}

/** What is said of a check: passed or not, its problems, how many files it read. */
export type CheckSummary = Pick<CheckResult, "ok" | "problems" | "fileCount">;

/**
 * What a long-running process (the dev server) keeps between checks so that a rebuild after
 * one edit reads, validates and screens only the files whose text changed. Every rule still
 * runs on every file: an unchanged file's own results are reused, and everything that looks
 * across files (cross-references, exceptions, the import journal) is worked out afresh.
 */
export interface CheckMemory {
  validators: SchemaValidators;
  files: FileOutcomes;
  screens: ScreenedFiles;
}

/** @example const memory = createCheckMemory(); runCheck(root, memory); … runCheck(root, memory); */
export function createCheckMemory(): CheckMemory {
  return { validators: compileValidators(), files: new Map(), screens: new Map() };
}

/**
 * The gate in front of every build: validates all content and data, then screens every
 * editor-written file for personal data. `npm run check`, the build and the dev server apply
 * exactly these rules, and every problem of every kind is reported in one pass.
 * @example const result = runCheck(process.cwd()); if (!result.ok) process.exit(1);
 */
export function runCheck(root: string, memory?: CheckMemory): CheckResult {
  return checkLoaded(root, loadContent(root, memory?.validators, memory?.files), memory?.screens);
}

/**
 * runCheck for `npm run build`, on both cores: the personal-data screen of the content runs in
 * a worker thread (lib/privacy/prescreen-content.ts) while this thread reads and validates the
 * files, which took about as long again before. The same rules, the same problems.
 * @example const result = await runCheckOnTwoCores(process.cwd());
 */
export async function runCheckOnTwoCores(root: string): Promise<CheckResult> {
  const screened = prescreenContent(root);
  const loaded = loadContent(root);
  return checkLoaded(root, loaded, await screened);
}

/** Everything of the check after the files are read and validated. */
function checkLoaded(root: string, loaded: LoadedContent, screens?: ScreenedFiles): CheckResult {
  // The CMS forms are generated from the schemas; a stale admin/config.yml would let the forms
  // and the check disagree. It is the project's file, so the project's copy is compared.
  const problems = [
    ...loaded.problems,
    ...screenPersonalData(loaded, screens),
    ...cmsConfigProblems(PROJECT_DIR),
    ...interruptedImport(root),
  ];
  const files = new Set([...loaded.sources.keys(), ...problems.map((p) => p.file)]);
  return { ...loaded, problems, ok: problems.length === 0, fileCount: files.size };
}

// A CSV import killed while moving files into place leaves its journal behind; the files it
// lists may be a partial import, so nothing is built until it is recovered.
function interruptedImport(root: string): Problem[] {
  if (!existsSync(path.join(root, JOURNAL_FILE))) return [];
  return [
    {
      file: JOURNAL_FILE,
      message: {
        en: "a CSV import was interrupted; run `npm run import -- --recover` to undo it, then import again",
        id: "impor CSV terputus; jalankan `npm run import -- --recover` untuk membatalkannya, lalu impor ulang",
      },
    },
  ];
}

function screenPersonalData(loaded: LoadedContent, remembered?: ScreenedFiles): Problem[] {
  const allowList = loaded.entries.find((entry) => entry.file === ALLOW_LIST_FILE);
  const usable = allowList && !loaded.problems.some((problem) => problem.file === ALLOW_LIST_FILE);
  if (!usable) {
    // Never skip the screen silently: without the allow-list it cannot run, so say so.
    return [
      {
        file: ALLOW_LIST_FILE,
        message: {
          en: "the personal-data screen needs this file, valid; no content was screened",
          id: "pemeriksaan data pribadi memerlukan berkas ini dalam keadaan sah; tidak ada konten yang diperiksa",
        },
      },
    ];
  }
  return screenContent(loaded, allowList.data as unknown as PrivacyAllowList, remembered);
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
export function summarise(result: CheckSummary): string {
  if (result.ok) {
    return `✓ ${result.fileCount} files checked, no problems — ${result.fileCount} berkas diperiksa, tidak ada masalah`;
  }
  const files = new Set(result.problems.map((p) => p.file)).size;
  const n = result.problems.length;
  return `✗ ${n} problem${n === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} (${result.fileCount} checked) — ${n} masalah di ${files} berkas (${result.fileCount} diperiksa)`;
}
