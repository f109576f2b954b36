/**
 * Dates as Indonesian volunteers write them, read without guessing: "4 November 2024",
 * "Senin, 4 Nopember 2024", "4 Okt 2024", "04/11/2024" (day first, the Indonesian order),
 * "2024-11-04". An impossible date is an error; a doubtful one is read and flagged.
 */
import type { Bilingual } from "../content/entry.ts";
import { compactLabel } from "./normalise-label.ts";

export type DateResult = { ok: true; iso: string; warnings: Bilingual[] } | { ok: false; message: Bilingual };

export interface DateContext {
  /** Today, YYYY-MM-DD: later dates are flagged. */
  today: string;
  /** Set when another row of the file can only be month-first (e.g. 11/25/2024): its row and text. */
  monthFirstEvidence?: { row: number; text: string };
}

/** The first year of the teams' records; earlier years are flagged as probably mistyped. */
export const FIRST_YEAR = 2019;

const MONTHS: Record<string, number> = {};
const monthWords: [number, string[]][] = [
  [1, ["januari", "january", "jan"]],
  [2, ["februari", "pebruari", "february", "feb", "peb"]],
  [3, ["maret", "march", "mar"]],
  [4, ["april", "apr"]],
  [5, ["mei", "may"]],
  [6, ["juni", "june", "jun"]],
  [7, ["juli", "july", "jul"]],
  [8, ["agustus", "august", "agu", "agt", "ags", "aug"]],
  [9, ["september", "sept", "sep"]],
  [10, ["oktober", "october", "okt", "oct"]],
  [11, ["november", "nopember", "nov", "nop"]],
  [12, ["desember", "december", "des", "dec"]],
];
for (const [month, words] of monthWords) for (const word of words) MONTHS[word] = month;

/** Day names, Sunday = 0 as in Date.getUTCDay(). */
const WEEKDAYS: Record<string, number> = {};
const weekdayWords: [number, string[]][] = [
  [0, ["minggu", "ahad", "min", "sunday", "sun"]],
  [1, ["senin", "sen", "monday", "mon"]],
  [2, ["selasa", "sel", "tuesday", "tue", "tues"]],
  [3, ["rabu", "rab", "wednesday", "wed"]],
  [4, ["kamis", "kam", "thursday", "thu", "thurs"]],
  [5, ["jumat", "jum", "friday", "fri"]],
  [6, ["sabtu", "sab", "saturday", "sat"]],
];
for (const [day, words] of weekdayWords) for (const word of words) WEEKDAYS[word] = day;
const HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.-]+(\d{4}|\d{2})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;

/**
 * Reads one date cell. Errors: unreadable text, impossible dates (31 April, 29 February 2023,
 * month 13), spreadsheet serial numbers. Warnings: a two-digit year, a weekday that does not
 * match the date, a year before 2019, a date after today, and "11/04/2024" when other rows of
 * the file show month-first order (then day and month may be swapped).
 * @example parseDate("Senin, 4 Nopember 2024", { today: "2025-01-01" }) // { ok: true, iso: "2024-11-04", warnings: [] }
 * @example parseDate("31/04/2024", { today: "2025-01-01" }).ok // false
 */
export function parseDate(raw: string, context: DateContext): DateResult {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const warnings: Bilingual[] = [];
  let weekday: number | undefined;
  let rest = text;
  const prefix = /^([a-z']+)\s*,?\s+(?=\d)/.exec(text);
  if (prefix && MONTHS[prefix[1]!] === undefined) {
    const day = WEEKDAYS[compactLabel(prefix[1]!)];
    if (day === undefined) return unreadable(raw);
    weekday = day;
    rest = text.slice(prefix[0].length);
  }

  let year: number;
  let month: number;
  let day: number;
  let slash = false;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(rest))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = NUMERIC.exec(rest))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), fullYear(match[3]!, warnings)];
    slash = true;
  } else if ((match = DAY_MONTH_YEAR.exec(rest))) {
    const named = MONTHS[match[2]!];
    if (named === undefined) return unreadable(raw);
    [day, month, year] = [Number(match[1]), named, fullYear(match[3]!, warnings)];
  } else if ((match = MONTH_DAY_YEAR.exec(rest)) && MONTHS[match[1]!] !== undefined) {
    [month, day, year] = [MONTHS[match[1]!]!, Number(match[2]), Number(match[3])];
  } else if (/^\d{5}(\.\d+)?$/.test(text)) {
    return {
      ok: false,
      message: {
        en: `"${raw.trim()}" is a spreadsheet's internal date number, not a date: format the column as a date (e.g. 04/11/2024) and save again`,
        id: `"${raw.trim()}" adalah angka tanggal internal lembar kerja, bukan tanggal: format kolom sebagai tanggal (mis. 04/11/2024) lalu simpan ulang`,
      },
    };
  } else {
    return unreadable(raw);
  }

  if (month < 1 || month > 12) {
    const swapHint = slash && day >= 1 && day <= 12 && month <= 31;
    return {
      ok: false,
      message: {
        en: `"${raw.trim()}" is not a real date: there is no month ${month} (dates are read day/month/year${swapHint ? `; if this file writes the month first, change it to ${pad(month)}/${pad(day)}/${year}` : ""})`,
        id: `"${raw.trim()}" bukan tanggal yang benar: tidak ada bulan ${month} (tanggal dibaca hari/bulan/tahun${swapHint ? `; jika berkas ini menulis bulan lebih dulu, ubah menjadi ${pad(month)}/${pad(day)}/${year}` : ""})`,
      },
    };
  }
  if (day < 1 || day > daysIn(year, month)) {
    return {
      ok: false,
      message: {
        en: `"${raw.trim()}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${daysIn(year, month)} days`,
        id: `"${raw.trim()}" bukan tanggal yang benar: ${BULAN[month - 1]} ${year} hanya ${daysIn(year, month)} hari`,
      },
    };
  }
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday !== undefined && weekday !== actual) {
    warnings.push({
      en: `the weekday does not match: ${iso} is a ${DAY_NAMES[actual]}, not a ${DAY_NAMES[weekday]}; check the date`,
      id: `nama hari tidak cocok: ${iso} jatuh pada hari ${HARI[actual]}, bukan ${HARI[weekday]}; periksa tanggalnya`,
    });
  }
  if (slash && day <= 12 && month <= 12 && day !== month && context.monthFirstEvidence) {
    const { row, text: evidence } = context.monthFirstEvidence;
    warnings.push({
      en: `read as ${day} ${MONTH_NAMES[month - 1]} ${year} (day first), but row ${row} ("${evidence}") writes the month first; if this row does too, it means ${month} ${MONTH_NAMES[day - 1]} — check it`,
      id: `dibaca ${day} ${BULAN[month - 1]} ${year} (hari lebih dulu), tetapi baris ${row} ("${evidence}") menulis bulan lebih dulu; jika baris ini juga, artinya ${month} ${BULAN[day - 1]} — periksa`,
    });
  }
  if (iso > context.today) {
    warnings.push({
      en: `${iso} is in the future; activities are recorded after they happen`,
      id: `${iso} ada di masa depan; kegiatan dicatat setelah terjadi`,
    });
  } else if (year < FIRST_YEAR) {
    warnings.push({
      en: `the year ${year} is before ${FIRST_YEAR}, when the teams began; check the year`,
      id: `tahun ${year} sebelum ${FIRST_YEAR}, saat tim mulai bekerja; periksa tahunnya`,
    });
  }
  return { ok: true, iso, warnings };
}

/**
 * Evidence that a file writes dates month first: a numeric date whose second part cannot be a
 * month (11/25/2024). Returns undefined when nothing shows it.
 * @example monthFirstEvidence("11/25/2024") // true
 */
export function isMonthFirst(raw: string): boolean {
  const match = NUMERIC.exec(raw.trim());
  return !!match && Number(match[1]) <= 12 && Number(match[2]) > 12 && Number(match[2]) <= 31;
}

function fullYear(text: string, warnings: Bilingual[]): number {
  if (text.length === 4) return Number(text);
  const year = 2000 + Number(text);
  warnings.push({
    en: `the two-digit year "${text}" was read as ${year}; write the year in full`,
    id: `tahun dua angka "${text}" dibaca ${year}; tulis tahun dengan lengkap`,
  });
  return year;
}

function unreadable(raw: string): DateResult {
  return {
    ok: false,
    message: {
      en: `"${raw.trim()}" is not a date this import reads; write it like 4 November 2024, 04/11/2024 (day/month/year) or 2024-11-04`,
      id: `"${raw.trim()}" bukan tanggal yang dapat dibaca; tulis seperti 4 November 2024, 04/11/2024 (hari/bulan/tahun) atau 2024-11-04`,
    },
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
