/**
 * The one answer to "is this entry on the site, and if not, what is missing?", in editors'
 * words. The CMS shows it at the top of every form that can keep an entry off the site
 * (lib/cms/browser/site-status-widget.ts). It follows the same rules as the build: isPublished
 * (publication.ts) decides what the site shows, and the case study schema's publication gate
 * (schemas/case-study.schema.json, `if status is published then …`) decides what a published
 * case study must have, so an editor is told every missing piece at once, not one per refused save.
 */
import type { ContentTypeName } from "./content-types.ts";
import type { Bilingual } from "./entry.ts";

/** The case study statuses, as the form names them (never the stored codes). */
export const CASE_STUDY_STATUS_WORDS: Record<string, Bilingual> = {
  draft: { id: "Draf (belum tampil di situs)", en: "Draft (not on the site)" },
  "in-review": { id: "Menunggu tinjauan anonimisasi (belum tampil)", en: "Awaiting the anonymisation review (not on the site)" },
  published: { id: "Tampilkan di situs", en: "Show on the site" },
};

const REVIEW_CHECKS = ["namesRemoved", "placesGeneralised", "datesGeneralised", "detailsAltered"] as const;

/**
 * What keeps an entry off the site; empty when the site shows it (once the change is saved).
 * @example whyNotOnTheSite("activity", { draft: true, pillar: "awareness" }) // [{ id: "ditandai Draf: …", en: "marked as a draft: …" }]
 * @example whyNotOnTheSite("case-study", publishedAndReviewed) // []
 */
export function whyNotOnTheSite(type: ContentTypeName, data: Record<string, unknown>): Bilingual[] {
  if (type === "case-stats") {
    return [{ id: "angka per kasus tidak pernah tampil; situs hanya menampilkan jumlah per periode, angka kecil disamarkan", en: "the raw counts never appear; the site shows only totals per period, small numbers suppressed" }];
  }
  if (type === "case-study") return caseStudyGaps(data);
  const reasons: Bilingual[] = [];
  if (data.draft === true) reasons.push({ id: "ditandai Draf: hapus centang Draf untuk menampilkannya", en: "marked as a draft: untick Draft to show it" });
  // The activity schema lets only a draft leave its pillar open (an imported row kept back).
  if (type === "activity" && !filled(data.pillar)) reasons.push({ id: "pilar belum dipilih", en: "no pillar chosen yet" });
  return reasons;
}

function caseStudyGaps(data: Record<string, unknown>): Bilingual[] {
  const reasons: Bilingual[] = [];
  const status = typeof data.status === "string" ? data.status : undefined;
  if (status !== "published") {
    const words = (status && CASE_STUDY_STATUS_WORDS[status]) || { id: "belum dipilih", en: "not chosen" };
    reasons.push({ id: `status: ${words.id}; pilih "${CASE_STUDY_STATUS_WORDS.published!.id}" bila semua di bawah sudah lengkap`, en: `status: ${words.en}; choose "${CASE_STUDY_STATUS_WORDS.published!.en}" once everything below is complete` });
  }
  const steps = Array.isArray(data.steps) ? (data.steps as { stage?: unknown }[]) : [];
  if (!steps.some((step) => step?.stage === "resolved")) {
    reasons.push({ id: 'kasus belum selesai: belum ada langkah berstatus "Selesai"', en: 'the case is not resolved yet: no step at the "Resolved" stage' });
  }
  const review = (data.anonymisation ?? {}) as Record<string, unknown>;
  const unticked = REVIEW_CHECKS.filter((check) => review[check] !== true).length;
  if (unticked > 0) {
    reasons.push({ id: `tinjauan anonimisasi: ${unticked} dari 4 kotak belum dicentang`, en: `anonymisation review: ${unticked} of the 4 boxes not ticked` });
  }
  if (!filled(review.reviewerRole)) reasons.push({ id: "peran peninjau belum diisi (orang kedua yang meninjau)", en: "the reviewer's role is empty (the second person who reviews it)" });
  if (!filled(review.reviewedOn)) reasons.push({ id: "tanggal tinjauan belum diisi", en: "the review date is empty" });
  return reasons;
}

const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";
