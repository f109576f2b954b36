/**
 * The form field that decides whether an entry is shown on the site: a case study's `status`,
 * or the `draft` tick box of the other types. It becomes the `site-status` widget
 * (lib/cms/browser/site-status-widget.ts: Decap's own control with the answer to "on the site,
 * and if not, what is missing?" under it) and opens the form. Pure: the admin bundle imports it too.
 */
import { CASE_STUDY_STATUS_WORDS } from "../content/site-visibility.ts";
import type { DecapField } from "./field-widget.ts";

export const SITE_STATUS_WIDGET = "site-status";

/** The case study statuses in the list's filters, short. */
export const CASE_STUDY_STATUS_FILTERS = [
  { label: "Draf — Draft", value: "draft" },
  { label: "Menunggu tinjauan — Awaiting review", value: "in-review" },
  { label: "Tampil di situs — On the site", value: "published" },
];

const bilingual = (words: { id: string; en: string }) => `${words.id} — ${words.en}`;

/**
 * The field as the form shows it, or undefined when it does not decide publication.
 * @example siteStatusField("activity", { name: "draft", widget: "boolean", … })?.widget // "site-status"
 */
export function siteStatusField(type: string, field: DecapField): DecapField | undefined {
  if (type === "case-study" && field.name === "status") {
    return {
      ...field,
      widget: SITE_STATUS_WIDGET,
      label: "Tampil di situs? — On the site?",
      hint: bilingual({
        id: "Studi kasus tampil hanya bila kasusnya sudah selesai dan tinjauan anonimisasi oleh orang kedua lengkap; kotak di bawah pilihan ini menyebut apa yang masih kurang.",
        en: "A case study is shown only once the case is resolved and a second person has completed the anonymisation review; the box under this choice says what is still missing.",
      }),
      options: Object.entries(CASE_STUDY_STATUS_WORDS).map(([value, words]) => ({ label: bilingual(words), value })),
    };
  }
  if (field.name === "draft" && field.widget === "boolean") {
    return {
      ...field,
      widget: SITE_STATUS_WIDGET,
      label: "Draf (tidak tampil di situs) — Draft (not on the site)",
      hint: bilingual({
        id: "Draf tetap disimpan, tetapi tidak tampil di situs, di pencarian, atau di unduhan data.",
        en: "A draft is kept, but never shown on the site, in search or in the data downloads.",
      }),
    };
  }
  return undefined;
}

/** The site-status field first, the others in their order (sort is stable). */
export function siteStatusFirst(fields: DecapField[]): DecapField[] {
  return [...fields].sort((a, b) => Number(b.widget === SITE_STATUS_WIDGET) - Number(a.widget === SITE_STATUS_WIDGET));
}
