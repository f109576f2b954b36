/**
 * In-memory content for site-model tests: valid entries of every type, built directly as
 * `Entry` objects (the loader has its own tests), with the project's real dictionaries so
 * that every interface text the model asks for must exist.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Language } from "../../lib/content/content-types.ts";
import type { Entry, LoadedContent } from "../../lib/content/entry.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

type Data = Record<string, unknown>;

const entry = (type: Entry["type"], slug: string, file: string, data: Data, lang?: Language): Entry =>
  lang ? { type, slug, lang, file, data } : { type, slug, file, data };

export function moduleEntry(slug: string, lang: Language, data: Data = {}): Entry {
  return entry(
    "training-module",
    slug,
    `content/modules/${lang}/${slug}.md`,
    {
      title: `${slug} (${lang})`,
      summary: `Summary of ${slug}.`,
      pillar: "awareness",
      order: 1,
      durationMinutes: 60,
      objectives: ["Objective"],
      discussionQuestions: ["Question?"],
      reviewed: { role: "Fasilitator yayasan", date: "2024-11-20" },
      body: "## Bagian\n\nIsi modul.\n",
      ...data,
    },
    lang,
  );
}

export function caseStudyEntry(slug: string, lang: Language, data: Data = {}): Entry {
  return entry(
    "case-study",
    slug,
    `content/case-studies/${lang}/${slug}.md`,
    {
      title: `${slug} (${lang})`,
      summary: "An illustrative case.",
      illustrative: true,
      period: "2023-Q2",
      area: "jombang",
      concernCategory: "online-exposure",
      reportedBy: "family-member",
      steps: [{ stage: "recorded", period: "2023-Q2", note: "Recorded." }],
      approaches: ["personal-approach"],
      outcome: "Resolved.",
      lessons: ["Listen first."],
      anonymisation: {
        namesRemoved: true,
        placesGeneralised: true,
        datesGeneralised: true,
        detailsAltered: true,
        reviewerRole: "Koordinator program",
        reviewedOn: "2024-10-01",
      },
      status: "published",
      body: "## Situasi\n\nIlustrasi.\n",
      ...data,
    },
    lang,
  );
}

export function pageEntry(slug: string, lang: Language, data: Data = {}): Entry {
  return entry(
    "page",
    slug,
    `content/pages/${lang}/${slug}.md`,
    {
      title: `${slug} (${lang})`,
      summary: "A page.",
      body: "## Isi\n\nTeks.\n",
      ...data,
    },
    lang,
  );
}

export function activityEntry(slug: string, data: Data = {}): Entry {
  return entry("activity", slug, `content/activities/${slug}.json`, {
    date: "2024-05-01",
    kelurahan: "jombang",
    pillar: "awareness",
    activityType: "socialisation",
    forum: "majelis-taklim",
    title: { id: `Kegiatan ${slug}`, en: `Activity ${slug}` },
    participants: { total: 10 },
    source: { kind: "cms" },
    ...data,
  });
}

export function teamEntry(kelurahan: string, data: Data = {}): Entry {
  return entry("team", kelurahan, `content/teams/${kelurahan}.json`, {
    kelurahan: kelurahan,
    kecamatan: "Ciputat",
    formed: "2019",
    skYear: "2020",
    focus: { id: "Fokus", en: "Focus" },
    profile: { id: "Profil.", en: "Profile." },
    forums: ["majelis-taklim"],
    contact: { institution: "Kantor Kelurahan" },
    ...data,
  });
}

export function glossaryEntry(slug: string, data: Data = {}): Entry {
  return entry("glossary-term", slug, `content/glossary/${slug}.json`, {
    term: { id: slug, en: slug },
    definition: { id: `Definisi ${slug}.`, en: `Definition of ${slug}.` },
    ...data,
  });
}

export function timelineEntry(slug: string, data: Data = {}): Entry {
  return entry("timeline-event", slug, `content/timeline/${slug}.json`, {
    date: "2019",
    title: { id: `Peristiwa ${slug}`, en: `Event ${slug}` },
    description: { id: "Terjadi.", en: "It happened." },
    ...data,
  });
}

export function actionPlanEntry(slug: string, data: Data = {}): Entry {
  return entry("action-plan-item", slug, `content/action-plan/${slug}.json`, {
    order: 1,
    pillar: "awareness",
    objective: { id: `Tujuan ${slug}`, en: `Objective ${slug}` },
    indicator: { id: "Jumlah", en: "Number" },
    unit: { id: "kegiatan", en: "activities" },
    baseline: 0,
    target: 10,
    current: 5,
    dueDate: "2025-06-30",
    responsible: { role: { id: "Koordinator", en: "Coordinator" }, teams: ["jombang"] },
    status: "on-track",
    updates: [],
    ...data,
  });
}

export function decreeEntry(slug: string, data: Data = {}): Entry {
  return entry("decree", slug, `content/decrees/${slug}.json`, {
    number: "339.05/Kep.173-Huk/2023",
    title: { id: "Keputusan", en: "Decree" },
    shortTitle: { id: "Kepgub", en: "Governor's decree" },
    issuer: { id: "Gubernur Banten", en: "Governor of Banten" },
    year: "2023",
    period: { from: "2023", to: "2024" },
    summary: { id: "Ringkasan.", en: "Summary." },
    crosswalk: [{ pillar: "policy-advocacy", note: { id: "Catatan.", en: "Note." } }],
    ...data,
  });
}

/** One record of a case-statistics file: [kelurahan, concern, stage, count]. */
export type CaseCountRecord = [kelurahan: string, concernCategory: string, stage: string, count: number];

export function caseStatsEntry(period: string, records: CaseCountRecord[], slug = period): Entry {
  return entry("case-stats", slug, `content/case-stats/${slug}.json`, {
    period,
    counts: records.map(([kelurahan, concernCategory, stage, count]) => ({ kelurahan, concernCategory, stage, count })),
  });
}

function projectData(): Entry[] {
  const read = (file: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, file), "utf8")) as Data;
  return [
    entry("site-settings", "site", "data/site.json", read("data/site.json")),
    entry("ui-strings", "id", "data/i18n/id.json", read("data/i18n/id.json")),
    entry("ui-strings", "en", "data/i18n/en.json", read("data/i18n/en.json")),
  ];
}

/**
 * Loaded content made of the project's settings and dictionaries plus `entries`.
 * @example buildSiteModel(loaded(moduleEntry("a", "id")))
 */
export function loaded(...entries: Entry[]): LoadedContent {
  return { entries: [...projectData(), ...entries], problems: [], sources: new Map() };
}

/**
 * The same content with some site settings changed.
 * @example withSettings(loaded(), { suppressionThreshold: 3 })
 */
export function withSettings(content: LoadedContent, settings: Data): LoadedContent {
  return {
    ...content,
    entries: content.entries.map((item) => (item.type === "site-settings" ? { ...item, data: { ...item.data, ...settings } } : item)),
  };
}
