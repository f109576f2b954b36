import type { Bilingual } from "../content/entry.ts";

export type CountResult = { ok: true; value: number | undefined; warning?: Bilingual } | { ok: false; message: Bilingual };

/**
 * A participant count, read strictly: digits only. Empty is "not given". Words ("30 orang",
 * "tiga puluh"), signs, fractions ("2,5", "12.5"), ranges and approximations ("±30", "30+")
 * are errors, never rounded. Thousands written with separators ("1.200", "1,200", "1 200")
 * are read as thousands, because a fraction of a person cannot be meant, and flagged, because
 * in the other locale the same text means a fraction.
 * @example parseCount("007") // { ok: true, value: 7 }
 * @example parseCount("1.200") // { ok: true, value: 1200, warning: { en: "read as 1200 …", … } }
 * @example parseCount("2,5").ok // false
 */
export function parseCount(raw: string): CountResult {
  const text = raw.trim();
  if (text === "") return { ok: true, value: undefined };
  if (/^\d+$/.test(text)) return { ok: true, value: Number(text) };
  const grouped = /^\d{1,3}(?:([.,\u00A0 ])\d{3})(?:\1\d{3})*$/.exec(text);
  if (grouped) {
    const value = Number(text.replace(/[.,\u00A0 ]/g, ""));
    return {
      ok: true,
      value,
      warning: {
        en: `"${text}" was read as ${value} (a thousands separator); write ${value} without separators to avoid doubt`,
        id: `"${text}" dibaca ${value} (pemisah ribuan); tulis ${value} tanpa pemisah agar tidak ragu`,
      },
    };
  }
  if (/^-\s*\d/.test(text)) return fail(text, "cannot be negative", "tidak boleh negatif");
  if (/^\d+[.,]\d+$/.test(text))
    return fail(text, "is not a whole number: count people, not fractions", "bukan bilangan bulat: hitung orang, bukan pecahan");
  return fail(
    text,
    "must be a whole number written in digits only, like 30",
    "harus bilangan bulat yang ditulis dengan angka saja, misalnya 30",
  );
}

function fail(text: string, en: string, id: string): CountResult {
  return { ok: false, message: { en: `"${text}" ${en}`, id: `"${text}" ${id}` } };
}
