import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Writes files (path → text or bytes) into a fresh temporary folder; returns its path. */
export function writeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), "pustaka-test-"));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Front matter + body, as an editor (or Decap) writes a Markdown entry. */
export function markdownFile(frontMatter: string, body = "## Bagian\n\nIsi.\n"): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A small content tree that passes every check: one module in two languages, one case study,
 * one glossary term, one team, one activity, plus the site settings and dictionaries.
 * Tests copy it and change one thing.
 */
export function validTree(): Record<string, string> {
  const module = (title: string) =>
    markdownFile(`title: ${title}
summary: Ringkasan modul untuk relawan.
pillar: foundations
order: 1
durationMinutes: 60
objectives:
  - Memahami model Tim Tangguh
discussionQuestions:
  - Apa peran tim di kelurahan?
glossaryTerms: [arisan]
reviewed:
  role: Fasilitator yayasan pendamping
  date: 2024-11-20`);
  const caseStudy = markdownFile(`title: Remaja dan konten daring
summary: Contoh ilustratif penanganan dini.
illustrative: true
period: 2023-Q2
area: not-disclosed
concernCategory: online-exposure
reportedBy: family-member
steps:
  - { stage: recorded, period: 2023-Q2, note: Dicatat oleh tim. }
  - { stage: verified, period: 2023-Q2, note: Diverifikasi dengan dua sumber. }
  - { stage: handled, period: 2023-Q3, note: Pendekatan personal. }
  - { stage: resolved, period: 2023-Q4, note: Selesai. }
approaches: [personal-approach]
outcome: Keluarga kembali terlibat.
lessons:
  - Dengarkan dulu.
anonymisation:
  namesRemoved: true
  placesGeneralised: true
  datesGeneralised: true
  detailsAltered: true
  reviewerRole: Koordinator program
  reviewedOn: 2024-10-01
status: published`);
  return {
    "content/modules/id/mengenal.md": module("Mengenal Tim Tangguh"),
    "content/modules/en/mengenal.md": module("Getting to know Tim Tangguh"),
    "content/case-studies/id/remaja.md": caseStudy,
    "content/glossary/arisan.json": json({
      term: { id: "arisan", en: "arisan" },
      definition: { id: "Kelompok tabungan bergilir.", en: "A rotating savings group." },
    }),
    "content/teams/jombang.json": json({
      kelurahan: "Jombang",
      kecamatan: "Ciputat",
      formed: "2019",
      skYear: "2020",
      focus: { id: "Sosialisasi", en: "Awareness" },
      profile: { id: "Tim relawan.", en: "A volunteer team." },
      forums: ["majelis-taklim"],
      contact: { institution: "Kantor Kelurahan Jombang" },
    }),
    "content/activities/2024-11-05-jombang-sosialisasi.json": json({
      date: "2024-11-05",
      kelurahan: "jombang",
      pillar: "awareness",
      activityType: "socialisation",
      forum: "majelis-taklim",
      title: { id: "Sosialisasi di majelis taklim", en: "Awareness session at a majelis taklim" },
      participants: { total: 30, women: 25, men: 5 },
      source: { kind: "cms" },
    }),
    "data/site.json": json({
      name: { id: "Pustaka Tangguh", en: "Pustaka Tangguh" },
      tagline: { id: "Pengetahuan Tim Tangguh", en: "Tim Tangguh knowledge" },
      url: "https://example.org",
      languages: ["id", "en"],
      suppressionThreshold: 5,
      sampleContent: true,
    }),
    // The project's own allow-list: the personal-data screen cannot run without one.
    "data/privacy/allow-list.json": readFileSync(path.join(REPO_ROOT, "data/privacy/allow-list.json"), "utf8"),
    "data/i18n/id.json": json({ "nav.home": "Beranda" }),
    "data/i18n/en.json": json({ "nav.home": "Home" }),
  };
}

/** `--import` value that loads tsx from this repository, whatever the working folder. */
export const TSX_IMPORT = new URL("../node_modules/tsx/dist/loader.mjs", import.meta.url).href;
