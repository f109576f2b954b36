import { readFileSync } from "node:fs";
import path from "node:path";
import { ALLOW_LIST_FILE } from "../privacy/load-allow-list.ts";
import { compileValidators, type SchemaValidators } from "../schema/validator.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { CsvFileError } from "./bilingual-error.ts";
import { commitNewFiles, hasInterruptedImport, recoverInterruptedImport, withImportLock } from "./commit-files.ts";
import { readExistingActivities } from "./read-existing-activities.ts";
import { todayInJakarta } from "./today-in-jakarta.ts";
import { type ImportSummary, planImport } from "./plan-import.ts";

export interface RunImportOptions {
  dryRun?: boolean;
  /** The bytes are an Excel workbook's first sheet as CSV (lib/csv/read-workbook.ts). */
  workbook?: boolean;
  /** YYYY-MM-DD; defaults to today's date in Jakarta, where the teams work. */
  today?: string;
  /** One line of progress, for stderr. */
  progress?: (line: string) => void;
  progressEvery?: number;
  validators?: SchemaValidators;
}

export interface ImportResult {
  summary: ImportSummary;
  /** Files of an earlier, interrupted import that were removed first. */
  recovered: number;
}

/**
 * One import, start to end: undo an interrupted earlier import, read what is stored, plan the
 * file, and (unless a dry run) add the new files all together. Holds the import lock
 * throughout, so the content cannot change between planning and writing.
 * @example const { summary } = runImport(process.cwd(), readFileSync("kegiatan.csv"), { dryRun: true });
 */
export function runImport(root: string, bytes: Uint8Array, options: RunImportOptions = {}): ImportResult {
  const validators = options.validators ?? compileValidators();
  const allowList = readAllowList(root, validators);
  const every = options.progressEvery ?? 10_000;
  const progress = options.progress;
  const plan = (recovered: number): ImportResult => {
    const { summary, files } = planImport(bytes, {
      today: options.today ?? todayInJakarta(),
      validate: validators.activity,
      allowList,
      ...(options.workbook ? { workbook: true } : {}),
      existing: readExistingActivities(root),
      progressEvery: every,
      ...(progress ? { onProgress: (done: number, total: number) => progress(`… ${done}/${total} rows checked — baris diperiksa`) } : {}),
    });
    if (!options.dryRun) {
      commitNewFiles(root, files, {
        progressEvery: every,
        ...(progress
          ? {
              onProgress: (phase: "stage" | "move", done: number, total: number) =>
                progress(
                  phase === "stage"
                    ? `… ${done}/${total} files prepared — berkas disiapkan`
                    : `… ${done}/${total} files moved into place — berkas dipindahkan ke tempatnya`,
                ),
            }
          : {}),
      });
    }
    return { summary, recovered };
  };
  if (options.dryRun) {
    if (hasInterruptedImport(root)) {
      throw new CsvFileError({
        en: "an earlier import was interrupted; run `npm run import -- --recover` (or a real import) first, which undoes it",
        id: "impor sebelumnya terputus; jalankan `npm run import -- --recover` (atau impor sungguhan) lebih dulu untuk membatalkannya",
      });
    }
    return plan(0);
  }
  return withImportLock(root, () => plan(recoverInterruptedImport(root)));
}

/**
 * Undoes an interrupted import under the lock; the number of files removed.
 * @example recoverImport(process.cwd()) // 0
 */
export function recoverImport(root: string): number {
  return withImportLock(root, () => recoverInterruptedImport(root));
}

/**
 * The project's allow-list, validated with this project's schemas (a temporary content copy
 * has no schemas/ of its own). Without it the screen cannot run, so the import refuses.
 */
function readAllowList(root: string, validators: SchemaValidators): PrivacyAllowList {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.join(root, ALLOW_LIST_FILE), "utf8"));
  } catch {
    data = undefined;
  }
  if (data === undefined || !validators["privacy-allow-list"](data)) {
    throw new CsvFileError({
      en: `the personal-data screen needs ${ALLOW_LIST_FILE}, valid; nothing was imported (run npm run check)`,
      id: `pemeriksaan data pribadi memerlukan ${ALLOW_LIST_FILE} yang sah; tidak ada yang diimpor (jalankan npm run check)`,
    });
  }
  return data as PrivacyAllowList;
}
