/**
 * The pure half of the admin page's spreadsheet import: what the preview says about each row,
 * and what is handed to Decap's backend to save. No DOM and no network here, so every word and
 * every byte that reaches the backend is unit-tested (test/cms/spreadsheet-import-payload.test.ts).
 */
import type { Bilingual } from "../../content/entry.ts";
import type { StoredFile } from "../../csv/existing-activities.ts";
import type { ImportProblem } from "../../csv/import-problem.ts";
import type { ImportPlan, ImportSummary, NewFile, RowOutcome, RowResult } from "../../csv/plan-import.ts";

/** Where activities live in the repository, and the collection Decap knows them by. */
export const ACTIVITIES_FOLDER = "content/activities";
export const ACTIVITIES_COLLECTION = "activities";

/** One file as Decap's backends take it in `persistEntry`: `{ path, raw, slug }`. */
export interface DataFile {
  path: string;
  raw: string;
  slug: string;
}

/** The two arguments of an implementation's `persistEntry(entry, options)`. */
export interface SavePayload {
  entry: { dataFiles: DataFile[]; assets: [] };
  options: {
    newEntry: true;
    commitMessage: string;
    collectionName: string;
    useWorkflow: boolean;
    status: "draft";
  };
}

/** An entry as a backend lists it (`entriesByFolder`): the file's text (null if unreadable) and its path. */
export interface ListedEntry {
  data: string | null;
  file: { path: string };
}

/** The outcome of a row, in words, Indonesian first. */
export const OUTCOME_WORDS: Record<RowOutcome, Bilingual> = {
  add: { id: "akan ditambahkan", en: "will be added" },
  "keep-back": { id: "ditahan untuk ditinjau (draf)", en: "kept back for review (draft)" },
  "already-there": { id: "sudah ada", en: "already there" },
  refuse: { id: "ditolak", en: "refused" },
  blank: { id: "baris kosong, dilewati", en: "blank row, skipped" },
};

/** A file's name without folder or extension: Decap's slug for a folder collection entry. */
export function slugOf(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.json$/, "");
}

/**
 * Everything the plan writes, as ONE persistEntry call: new activities and kept-back drafts
 * together, so locally one request writes them and with the editorial workflow they are one
 * commit on one branch (one review). The first file's slug names that branch, as Decap names
 * an entry's branch after its slug.
 * @example savePayload(plan.files, { useWorkflow: false }).entry.dataFiles[0].path // "content/activities/2024-11-04-jombang-1a2b3c4d.json"
 */
export function savePayload(files: readonly NewFile[], { useWorkflow }: { useWorkflow: boolean }): SavePayload {
  const dataFiles = files.map(({ file, text }) => {
    // planImport names files inside the activities folder; anything else is a bug, and the backend must never receive it.
    if (!file.startsWith(`${ACTIVITIES_FOLDER}/`) || file.includes("..") || !file.endsWith(".json"))
      throw new Error(`Not an activity file: ${file}`);
    return { path: file, raw: text, slug: slugOf(file) };
  });
  const drafts = files.filter(({ text }) => /"draft":\s*true/.test(text)).length;
  return {
    entry: { dataFiles, assets: [] },
    options: {
      newEntry: true,
      commitMessage: commitMessage(dataFiles.length, drafts),
      collectionName: ACTIVITIES_COLLECTION,
      useWorkflow,
      status: "draft",
    },
  };
}

/** The commit (or pull request) message: how many activities, how many of them drafts. */
export function commitMessage(count: number, drafts: number): string {
  const held = drafts > 0 ? ` (${drafts} draf)` : "";
  const heldEn = drafts > 0 ? ` (${drafts} drafts)` : "";
  return `Impor spreadsheet kegiatan: ${count} kegiatan${held} — Import activity spreadsheet: ${count} ${count === 1 ? "activity" : "activities"}${heldEn}`;
}

/**
 * What a backend lists, as existingActivitiesFrom reads it: the name in the activities folder
 * and the text. Entries outside the folder (or below it) and unreadable ones keep their name
 * only, so a new file never takes it.
 * @example storedFilesFrom([{ data: "{…}", file: { path: "content/activities/a.json" } }]) // [{ name: "a.json", text: "{…}" }]
 */
export function storedFilesFrom(entries: Iterable<ListedEntry>): Array<StoredFile | string> {
  const files: Array<StoredFile | string> = [];
  for (const entry of entries) {
    const path = entry.file.path.replace(/^\/+/, "");
    if (!path.startsWith(`${ACTIVITIES_FOLDER}/`)) continue;
    const name = path.slice(ACTIVITIES_FOLDER.length + 1);
    if (name.includes("/")) continue;
    files.push(typeof entry.data === "string" ? { name, text: entry.data } : name);
  }
  return files;
}

/** The count line, every row accounted for. */
export function countLine(summary: ImportSummary): Bilingual {
  const { total, imported, keptBack, duplicates, rejected, blank } = summary;
  return {
    id: `${total} baris dibaca: ${imported} akan ditambahkan, ${keptBack} ditahan sebagai draf, ${duplicates} sudah ada, ${rejected} ditolak, ${blank} kosong`,
    en: `${total} rows read: ${imported} will be added, ${keptBack} kept back as drafts, ${duplicates} already there, ${rejected} refused, ${blank} blank`,
  };
}

/** The confirm button's words. */
export function saveLabel(count: number): Bilingual {
  if (count === 0) return { id: "Tidak ada yang perlu disimpan", en: "Nothing to save" };
  return { id: `Simpan ${count} kegiatan`, en: `Save ${count} ${count === 1 ? "activity" : "activities"}` };
}

/** What was saved, and what happens next (the site rebuilds; with the workflow, after review). */
export function savedMessage(added: number, drafts: number, useWorkflow: boolean): Bilingual {
  const parts = {
    id: `Tersimpan: ${added} kegiatan ditambahkan${drafts > 0 ? `, ${drafts} ditahan sebagai draf (pilih pilarnya di daftar Kegiatan, lalu hilangkan centang Draf)` : ""}.`,
    en: `Saved: ${added} ${added === 1 ? "activity" : "activities"} added${drafts > 0 ? `, ${drafts} kept back as drafts (choose their pillar in the Activities list, then untick Draft)` : ""}.`,
  };
  if (useWorkflow) {
    return {
      id: `${parts.id} Semuanya menjadi satu usulan di tab Alur kerja; situs dibangun ulang setelah usulan itu ditinjau dan diterbitkan.`,
      en: `${parts.en} They are one proposal in the Workflow tab; the site rebuilds once it is reviewed and published.`,
    };
  }
  return {
    id: `${parts.id} Situs sedang dibangun ulang dan menampilkannya dalam beberapa saat. Muat ulang halaman ini untuk melihatnya di daftar.`,
    en: `${parts.en} The site is rebuilding and shows them in a moment. Reload this page to see them in the list.`,
  };
}

/** Where a problem is, as the sheet shows it: row (header = 1), the sheet's own No, the column. */
export function problemPlace(problem: ImportProblem): Bilingual {
  const no = problem.no ? ` (No ${problem.no})` : "";
  const column = problem.column ? `, ${problem.column}` : "";
  if (problem.row === null) return { id: problem.column ?? "", en: problem.column ?? "" };
  return { id: `baris ${problem.row}${no}${column}`, en: `row ${problem.row}${no}${column}` };
}

/** One problem as one line: "baris 5 (No 4), I (Keterangan): … — row 5 (No 4), I (Keterangan): …". */
export function problemLine(problem: ImportProblem): string {
  const place = problemPlace(problem);
  const id = place.id ? `${place.id}: ${problem.message.id}` : problem.message.id;
  const en = place.en ? `${place.en}: ${problem.message.en}` : problem.message.en;
  return `${id} — ${en}`;
}

/**
 * Problems with the file rather than a row (wrong columns, unreadable encoding, unknown
 * columns on the header row, "nothing was imported"): every problem not on a row of `rows`.
 */
export function fileProblems(plan: ImportPlan): Array<{ problem: ImportProblem; error: boolean }> {
  const rowNumbers = new Set(plan.rows.map((row) => row.row));
  const onFile = (problem: ImportProblem) => problem.row === null || !rowNumbers.has(problem.row);
  return [
    ...plan.summary.errors.filter(onFile).map((problem) => ({ problem, error: true })),
    ...plan.summary.warnings.filter(onFile).map((problem) => ({ problem, error: false })),
  ];
}

const ORDER: Record<RowOutcome, number> = { refuse: 0, "keep-back": 1, add: 2, "already-there": 2, blank: 2 };

/**
 * The preview's order: refused rows, then kept-back rows, then rows with a warning, then the
 * rest; file order within each group. In a sheet of thousands the rows needing attention are
 * at the top, not scattered.
 */
export function previewOrder(rows: readonly RowResult[]): RowResult[] {
  const rank = (row: RowResult) => ORDER[row.outcome] * 2 + (ORDER[row.outcome] === 2 && row.problems.length === 0 ? 1 : 0);
  return rows
    .map((row, index) => ({ row, index, rank: rank(row) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * Whether a Decap hash route is the Activities list (with or without a filter, grouping or
 * sort), not an entry or the new-entry form.
 * @example isActivitiesList("#/collections/activities") // true
 * @example isActivitiesList("#/collections/activities/new") // false
 */
export function isActivitiesList(hash: string): boolean {
  const route = hash.replace(/^#/, "").split("?")[0]!.replace(/\/+$/, "");
  const prefix = `/collections/${ACTIVITIES_COLLECTION}`;
  if (route === prefix) return true;
  return route.startsWith(`${prefix}/filter/`) || route.startsWith(`${prefix}/groups/`);
}
