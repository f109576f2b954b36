import { activityTitle } from "../activities/activity-title.ts";
import { acceptedActivityWords } from "../activities/activity-type-words.ts";
import type { Bilingual } from "../content/entry.ts";
import type { Activity } from "../types/content.generated.ts";
import type { ActivityColumn } from "./activity-columns.ts";
import { type CellReaders, cellReaders } from "./cell-readers.ts";
import { type HeaderMap } from "./header-map.ts";
import { parseCount } from "./parse-count.ts";
import type { DateContext } from "./parse-date.ts";
import { type VocabularyName, vocabularyValues } from "./vocabulary.ts";

/** A problem in one cell, before it is given a row and line. */
export interface CellProblem {
  column: ActivityColumn | null;
  message: Bilingual;
}

export interface RowReading {
  /** The record as read; without `source` (added once its hash is known). */
  activity: Omit<Activity, "source">;
  errors: CellProblem[];
  warnings: CellProblem[];
  /** Why the row is kept back for review (saved as a draft, never published), if it is. */
  keptBack?: CellProblem;
  /**
   * Every free text the record holds, by the cell it came from, for the personal-data screen:
   * a title written from type and venue is those two cells' words, so they are screened instead.
   */
  freeText: [ActivityColumn, string][];
}

/**
 * Reads one spreadsheet row into an activity, column by column, collecting every problem of
 * the row (never stopping at the first): dates and counts parsed strictly, kelurahan matched
 * from Indonesian or English words, text cleaned, partners split on line breaks or semicolons,
 * women + men checked against the total. What the teams do not write is derived and said so:
 * the type from their own words for it (lib/activities/activity-type-words.ts), the forum from
 * the venue, the pillar from the type, the titles from type and venue. A pillar column, a forum
 * column or title columns, where present and filled, win. A row whose pillar neither the row
 * nor its type gives is kept back for review rather than guessed. The record is returned even
 * with errors so that the schema and the personal-data screen can still report on the rest.
 * @example readRow(["4 November 2024", "Jombang", …], header, { today: "2025-01-01" }).activity.date // "2024-11-04"
 */
export function readRow(
  cells: readonly string[],
  header: HeaderMap,
  context: DateContext,
  read: CellReaders = cellReaders(context),
): RowReading {
  const errors: CellProblem[] = [];
  const warnings: CellProblem[] = [];
  const cell = (key: ActivityColumn) => {
    const i = header.index.get(key);
    return i === undefined ? "" : (cells[i] ?? "");
  };
  const error = (column: ActivityColumn, message: Bilingual) => errors.push({ column, message });
  const text = (key: ActivityColumn, kind: "line" | "paragraph") => {
    const cleaned = read.clean(cell(key), kind);
    cleaned.problems.forEach((message) => error(key, message));
    return cleaned.text;
  };
  const required = (key: ActivityColumn) => error(key, { en: "is empty; it is required", id: "kosong; wajib diisi" });

  let date = "";
  const rawDate = cell("date");
  if (rawDate.trim() === "") required("date");
  else {
    const parsed = read.date(rawDate);
    if (parsed.ok) {
      date = parsed.iso;
      parsed.warnings.forEach((message) => warnings.push({ column: "date", message }));
    } else error("date", parsed.message);
  }

  const listed = (key: VocabularyName, raw: string) => {
    const value = read.vocabulary(key, raw);
    if (value) return value;
    const allowed = vocabularyValues(key).join(", ");
    error(key, {
      en: `"${raw}" is not one of: ${allowed} (or their Indonesian or English names)`,
      id: `"${raw}" bukan salah satu dari: ${allowed} (atau namanya dalam bahasa Indonesia atau Inggris)`,
    });
    return "";
  };
  const kelurahanText = text("kelurahan", "line");
  if (kelurahanText === "") required("kelurahan");
  const kelurahan = kelurahanText === "" ? "" : listed("kelurahan", kelurahanText);

  const venue = text("venue", "line");
  const typeText = text("activityType", "line");
  const reading = typeText === "" ? undefined : read.activityType(typeText);
  if (typeText === "") required("activityType");
  else if (!reading) {
    error("activityType", {
      en: `"${typeText}" is not a kind of activity the site knows; start the cell with one of: ${acceptedActivityWords()} (anything may follow, e.g. "Pelatihan relawan")`,
      id: `"${typeText}" bukan jenis kegiatan yang dikenal; awali sel dengan salah satu dari: ${acceptedActivityWords()} (boleh diikuti kata lain, misalnya "Pelatihan relawan")`,
    });
  }
  const activityType = reading?.type ?? "";

  const pillarText = text("pillar", "line");
  const pillar = pillarText !== "" ? listed("pillar", pillarText) : (reading?.pillar ?? "");
  let keptBack: CellProblem | undefined;
  if (pillarText === "" && reading && !reading.pillar) {
    keptBack = {
      column: "activityType",
      message: {
        en: `"${typeText}" does not say which pillar the activity served, and the row has no pillar; it is kept back as a draft, not published: choose the pillar in the CMS (Activities), then untick Draft`,
        id: `"${typeText}" tidak menyebut pilar kegiatan ini, dan barisnya tidak berisi pilar; baris ditahan sebagai draf, tidak diterbitkan: pilih pilarnya di CMS (Kegiatan), lalu hilangkan centang Draf`,
      },
    };
  }
  const forumText = text("forum", "line");
  const forum = forumText !== "" ? listed("forum", forumText) : read.forum(venue);

  const proposed = reading ? activityTitle(reading.name, venue) : { id: "", en: "" };
  const writtenTitleId = text("titleId", "line");
  const writtenTitleEn = text("titleEn", "line");
  const titleId = writtenTitleId || proposed.id;
  const titleEn = writtenTitleEn || proposed.en;

  const count = (key: ActivityColumn) => {
    const parsed = parseCount(cell(key));
    if (!parsed.ok) {
      error(key, parsed.message);
      return { value: undefined, bad: true };
    }
    if (parsed.warning) warnings.push({ column: key, message: parsed.warning });
    return { value: parsed.value, bad: false };
  };
  const total = count("participants");
  const women = count("women");
  const men = count("men");
  const youth = count("youth");
  if (total.value === undefined && !total.bad) required("participants");
  if (total.value !== undefined) {
    const parts = [women.value, men.value].filter((v): v is number => v !== undefined);
    const sum = parts.reduce((a, b) => a + b, 0);
    if (women.value !== undefined && men.value !== undefined && sum !== total.value) {
      error("participants", {
        en: `women (${women.value}) and men (${men.value}) add up to ${sum}, not to the total ${total.value}`,
        id: `perempuan (${women.value}) dan laki-laki (${men.value}) berjumlah ${sum}, bukan total ${total.value}`,
      });
    } else if (sum > total.value) {
      error("participants", {
        en: `the parts (${sum}) are more than the total ${total.value}`,
        id: `rinciannya (${sum}) lebih besar dari total ${total.value}`,
      });
    }
    if (youth.value !== undefined && youth.value > total.value) {
      error("youth", {
        en: `${youth.value} under 25 is more than the total ${total.value}`,
        id: `${youth.value} orang di bawah 25 tahun lebih banyak dari total ${total.value}`,
      });
    }
  }

  const partnersText = text("partners", "paragraph");
  // Line breaks (Alt+Enter, and our export) separate partners; else semicolons. Never commas:
  // institution names contain them ("Kesbangpol, Provinsi Banten").
  // The export ends a lone partner whose name holds ";" with a line break, to keep it whole.
  const separator = cell("partners").includes("\n") ? "\n" : ";";
  const partners = partnersText
    .split(separator)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
  const notesId = text("notesId", "paragraph");
  const notesEn = text("notesEn", "paragraph");

  const participants: Activity["participants"] = { total: total.value ?? 0 };
  if (women.value !== undefined) participants.women = women.value;
  if (men.value !== undefined) participants.men = men.value;
  if (youth.value !== undefined) participants.youth = youth.value;
  const activity = {
    date,
    kelurahan,
    ...(pillar ? { pillar } : {}),
    activityType,
    ...(venue ? { venue } : {}),
    forum,
    title: { id: titleId, en: titleEn },
    participants,
    ...(partners.length > 0 ? { partners } : {}),
    ...(notesId || notesEn ? { notes: { ...(notesId ? { id: notesId } : {}), ...(notesEn ? { en: notesEn } : {}) } } : {}),
  } as Omit<Activity, "source">;
  const freeText: [ActivityColumn, string][] = [
    ["venue", venue],
    ["activityType", writtenTitleId && writtenTitleEn ? "" : typeText],
    ["titleId", writtenTitleId],
    ["titleEn", writtenTitleEn],
    ...partners.map((partner): [ActivityColumn, string] => ["partners", partner]),
    ["notesId", notesId],
    ["notesEn", notesEn],
  ];
  return { activity, errors, warnings, freeText, ...(keptBack ? { keptBack } : {}) };
}
