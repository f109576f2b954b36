/**
 * The tables the export writes, taken from the site model (lib/site/site-context.ts), so a
 * download shows exactly what the site shows: published entries only (no drafts), and case
 * statistics only after small-count suppression — the raw counts are never in reach here.
 *
 * Activities are written for people, in the reader's language: the teams' own template columns
 * and words (`No;Tanggal;Kelurahan;Jenis Kegiatan;…`, `Jombang`, `Sosialisasi`, `04/11/2024`),
 * never codes, so a coordinator can open the file, edit it and import it back. Programs get the
 * JSON twin (activityDataTable), which keeps the stored codes and ISO dates.
 */
import { ACTIVITY_TYPES, readActivityType } from "../activities/activity-type-words.ts";
import type { Language } from "../content/content-types.ts";
import type { Entry } from "../content/entry.ts";
import type { PublishedCount } from "../suppression/suppress-counts.ts";
import type { PublishedCaseStatistics } from "../suppression/publish-case-statistics.ts";
import type { ActionPlanItem, Activity } from "../types/content.generated.ts";
import { ACTIVITY_COLUMNS, type ActivityColumn, type ColumnDefinition, EXAMPLE_MARK } from "./activity-columns.ts";
import type { Delimiter } from "./read-records.ts";
import { matchVocabulary, type VocabularyName } from "./vocabulary.ts";

export interface CsvTable {
  /** File name, e.g. activities.csv. */
  name: string;
  header: string[];
  rows: string[][];
  /** The separator the file is written with unless the caller asks for another. */
  delimiter: Delimiter;
}

/**
 * The separator each language's spreadsheet expects: Excel with Indonesian settings uses the
 * comma as decimal separator and reads `;` as the list separator; English settings read `,`.
 */
export const DELIMITER: Readonly<Record<Language, Delimiter>> = { id: ";", en: "," };

/** File names of the activity table and the blank template, per language. */
export const ACTIVITY_FILE: Readonly<Record<Language, string>> = { id: "kegiatan.csv", en: "activities.csv" };
export const TEMPLATE_FILE: Readonly<Record<Language, string>> = { id: "templat-kegiatan.csv", en: "activity-template.csv" };

/** The site's interface text in one language (e.g. `(key) => context.t("id", key)`). */
export type Labels = (key: string) => string;

const number = (value: number | undefined) => (value === undefined ? "" : String(value));

/**
 * Partners one per line (unambiguous, and what Alt+Enter gives in a spreadsheet). A lone
 * partner whose name holds ";" gets a trailing line break, so the importer, which splits on
 * ";" when a cell has no line break, keeps it whole.
 */
function partnersCell(partners: readonly string[] | undefined): string {
  if (!partners || partners.length === 0) return "";
  const joined = partners.join("\n");
  return partners.length === 1 && joined.includes(";") ? `${joined}\n` : joined;
}

/**
 * A stored date as people write it, day first (what Excel with Indonesian or British settings
 * shows, and what the importer always reads day first).
 * @example dayFirst("2024-11-04") // "04/11/2024"
 */
export function dayFirst(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/**
 * The label a list value has on the site, provided the importer reads it back as the same
 * value; otherwise the code (which it always reads). The shipped labels all read back (a test
 * checks); the fallback only matters if an editor renames a label to words the importer does
 * not know, where a readable file that re-imports wrongly would be worse than a code.
 */
function listLabel(name: VocabularyName, code: string, labels: Labels): string {
  const label = labels(`${name}.${code}`);
  return matchVocabulary(name, label) === code ? label : code;
}

/** The teams' word for a type in a language, with the same guard as listLabel. */
function typeWord(type: Activity["activityType"], language: Language): string {
  const word = ACTIVITY_TYPES[type][language];
  return readActivityType(word)?.type === type ? word : type;
}

/** Every column's cell for one activity, as written for a reader of `language`. */
function activityCells(language: Language, labels: Labels): Record<Exclude<ActivityColumn, "rowNumber">, (a: Activity) => string> {
  return {
    date: (a) => dayFirst(a.date),
    kelurahan: (a) => listLabel("kelurahan", a.kelurahan, labels),
    activityType: (a) => typeWord(a.activityType, language),
    venue: (a) => a.venue ?? "",
    participants: (a) => number(a.participants.total),
    men: (a) => number(a.participants.men),
    women: (a) => number(a.participants.women),
    notesId: (a) => a.notes?.id ?? "",
    forum: (a) => listLabel("forum", a.forum, labels),
    pillar: (a) => (a.pillar ? listLabel("pillar", a.pillar, labels) : ""),
    titleId: (a) => a.title.id,
    titleEn: (a) => a.title.en,
    notesEn: (a) => a.notes?.en ?? "",
    partners: (a) => partnersCell(a.partners),
    youth: (a) => number(a.participants.youth),
  };
}

function rowsOf(
  columns: readonly ColumnDefinition[],
  activities: readonly Activity[],
  language: Language,
  labels: Labels,
  no: (index: number) => string,
): string[][] {
  const cells = activityCells(language, labels);
  return activities.map((activity, index) => columns.map(({ key }) => (key === "rowNumber" ? no(index) : cells[key](activity))));
}

/**
 * Activities as a coordinator reads and writes them, in `language`: every column of
 * lib/csv/activity-columns.ts in its order (the teams' template first, then what the site
 * adds), headed in that language; kelurahan, forum and pillar by their labels on the site,
 * the type in the teams' words (lib/activities/activity-type-words.ts), dates day first, No
 * counting 1, 2, 3…. Every value reads back to what is stored, so an export imports as
 * "already there" and loses nothing.
 * @example activityTable(context.activities, "id", (key) => context.t("id", key)).header.slice(0, 4) // ["No", "Tanggal", "Kelurahan", "Jenis Kegiatan"]
 */
export function activityTable(activities: readonly Entry<Activity>[], language: Language, labels: Labels): CsvTable {
  return {
    name: ACTIVITY_FILE[language],
    header: ACTIVITY_COLUMNS.map((column) => column.header[language]),
    rows: rowsOf(
      ACTIVITY_COLUMNS,
      activities.map((entry) => entry.data),
      language,
      labels,
      (index) => String(index + 1),
    ),
    delimiter: DELIMITER[language],
  };
}

/** The template's one example row: an ordinary activity, so it shows every column filled the way the importer reads it. */
const EXAMPLE: Activity = {
  date: "2024-11-04",
  kelurahan: "jombang",
  pillar: "awareness",
  activityType: "socialisation",
  venue: "Majelis Taklim Nurul Falah",
  forum: "majelis-taklim",
  title: { id: "", en: "" },
  participants: { total: 30, men: 12, women: 18 },
  notes: { id: "Dilanjutkan tanya jawab tentang berita bohong di media sosial" },
  source: { kind: "csv" },
};

/**
 * The blank template the teams fill in: only their own columns (`template: true`), headed in
 * `language`, and one example row whose No cell says "Contoh" ("Example"), which the importer
 * skips with a note, so a sheet imported with the example still in it adds nothing from it.
 * @example activityTemplate("id", labels).rows[0]!.slice(0, 4) // ["Contoh", "04/11/2024", "Jombang", "Sosialisasi"]
 */
export function activityTemplate(language: Language, labels: Labels): CsvTable {
  const columns = ACTIVITY_COLUMNS.filter((column) => column.template);
  return {
    name: TEMPLATE_FILE[language],
    header: columns.map((column) => column.header[language]),
    rows: rowsOf(columns, [EXAMPLE], language, labels, () => EXAMPLE_MARK[language]),
    delimiter: DELIMITER[language],
  };
}

/** Where each column's value sits in an activity, as the JSON file names it: the stored field's path. */
const DATA_FIELD: Record<Exclude<ActivityColumn, "rowNumber">, string> = {
  date: "date",
  kelurahan: "kelurahan",
  activityType: "activityType",
  venue: "venue",
  participants: "participants.total",
  men: "participants.men",
  women: "participants.women",
  notesId: "notes.id",
  forum: "forum",
  pillar: "pillar",
  titleId: "title.id",
  titleEn: "title.en",
  notesEn: "notes.en",
  partners: "partners",
  youth: "participants.youth",
};

/**
 * The activities for programs (written as JSON): the same columns as the CSV but No, named by
 * the stored field's path, with stored codes and ISO dates, the same in both languages.
 * @example activityDataTable(context.activities).header.slice(0, 3) // ["date", "kelurahan", "activityType"]
 */
export function activityDataTable(activities: readonly Entry<Activity>[]): CsvTable {
  const columns = ACTIVITY_COLUMNS.filter((column) => column.key !== "rowNumber").map(
    (column) => column.key as Exclude<ActivityColumn, "rowNumber">,
  );
  const value: Record<Exclude<ActivityColumn, "rowNumber">, (a: Activity) => string> = {
    ...activityCells("en", () => ""),
    date: (a) => a.date,
    kelurahan: (a) => a.kelurahan,
    activityType: (a) => a.activityType,
    forum: (a) => a.forum,
    pillar: (a) => a.pillar ?? "",
    // No spreadsheet splits this cell, so the lone-partner safeguard is not needed.
    partners: (a) => (a.partners ?? []).join("\n"),
  };
  return {
    name: "activities.json",
    header: columns.map((key) => DATA_FIELD[key]),
    rows: activities.map(({ data }) => columns.map((key) => value[key](data))),
    delimiter: ",",
  };
}

/**
 * The action plan, one row per item in plan order, with its latest progress update.
 * @example actionPlanTable(context.actionPlan).rows[0]![0] // "1"
 */
export function actionPlanTable(items: readonly Entry<ActionPlanItem>[]): CsvTable {
  return {
    name: "action-plan.csv",
    header: [
      "Urutan / Order",
      "Pilar / Pillar",
      "Tujuan (ID) / Objective (ID)",
      "Tujuan (EN) / Objective (EN)",
      "Indikator (ID) / Indicator (ID)",
      "Indikator (EN) / Indicator (EN)",
      "Satuan (ID) / Unit (ID)",
      "Satuan (EN) / Unit (EN)",
      "Awal / Baseline",
      "Target",
      "Saat ini / Current",
      "Tenggat / Due date",
      "Penanggung jawab (ID) / Responsible (ID)",
      "Penanggung jawab (EN) / Responsible (EN)",
      "Tim / Teams",
      "Status",
      "Pembaruan terakhir / Last update",
    ],
    delimiter: ",",
    rows: items.map(({ data: item }) => [
      String(item.order),
      item.pillar,
      item.objective.id,
      item.objective.en,
      item.indicator.id,
      item.indicator.en,
      item.unit.id,
      item.unit.en,
      String(item.baseline),
      String(item.target),
      String(item.current),
      item.dueDate,
      item.responsible.role.id,
      item.responsible.role.en,
      item.responsible.teams.join("\n"),
      item.status,
      item.updates.at(-1)?.date ?? "",
    ]),
  };
}

/** A published number as the site prints it: the count, "<k", or "×" (hidden, k or more). */
function countCell(count: PublishedCount, k: number): string {
  if (count.kind === "count") return String(count.value);
  return count.kind === "small" ? `<${k}` : "×";
}

/**
 * The suppressed case statistics in long form, one published number per row: per period,
 * every cell and total of the kelurahan × concern table, then the stage list. A withheld
 * period is one row saying so. Hidden numbers appear only as their marks.
 * @example caseStatisticsTable(context.caseStatistics).rows[0] // ["2024", "kelurahan-concern", "benda-baru", "online-exposure", "", "8"]
 */
export function caseStatisticsTable(statistics: readonly PublishedCaseStatistics[]): CsvTable {
  const rows: string[][] = [];
  for (const period of statistics) {
    if (period.withheld) {
      rows.push([period.period, "withheld", "", "", "", ""]);
      continue;
    }
    const table = period.byKelurahanAndConcern;
    table.rowLabels.forEach((kelurahan, r) => {
      table.columnLabels.forEach((concern, c) =>
        rows.push([period.period, "kelurahan-concern", kelurahan, concern, "", countCell(table.cells[r]![c]!, table.k)]),
      );
      rows.push([period.period, "kelurahan-concern", kelurahan, "total", "", countCell(table.rowTotals[r]!, table.k)]);
    });
    table.columnLabels.forEach((concern, c) =>
      rows.push([period.period, "kelurahan-concern", "total", concern, "", countCell(table.columnTotals[c]!, table.k)]),
    );
    rows.push([period.period, "kelurahan-concern", "total", "total", "", countCell(table.grandTotal, table.k)]);
    const list = period.byStage;
    list.labels.forEach((stage, i) => rows.push([period.period, "stage", "", "", stage, countCell(list.counts[i]!, list.k)]));
    rows.push([period.period, "stage", "", "", "total", countCell(list.total, list.k)]);
  }
  return {
    name: "case-statistics.csv",
    header: ["Periode / Period", "Tabel / Table", "Kelurahan", "Kekhawatiran / Concern", "Tahap / Stage", "Jumlah / Count"],
    rows,
    delimiter: ",",
  };
}
