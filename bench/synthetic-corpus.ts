/**
 * A synthetic content tree of N records for the benchmark, valid against the schemas and
 * passing the full check (cross-references, glossary, personal-data screen), and the same
 * text as a plain folder for bare Eleventy: each record's own words (its body and the text of
 * its fields: summary, objectives, questions, steps, outcome, lessons) as plain Markdown, so
 * that both builds publish, and both Pagefinds index, the same content. What the pipeline adds
 * on top (labels, the fictional-case notice, glossary keywords, list pages) is its own cost.
 *
 * What "N records" means:
 * - A record is one entry as editors think of it. Modules and case studies are bilingual: one
 *   record is two Markdown files (content/<type>/id/x.md and en/x.md) and two pages, one per
 *   language. Activities are one JSON file with both languages inside and get no page of
 *   their own: they are listed on the activities page of each language and counted in the
 *   dashboard and the downloadable tables (lib/site/pages/activities.ts).
 * - The mix is 40% modules, 40% case studies, 20% activities, except that modules are capped
 *   at 99: a module's `order` is its unique place in the course, 1–99 (the schema's maximum),
 *   so a valid site cannot have more. The rest of the 40% goes to case studies.
 * - So N = 5,000 gives 99 modules, 3,901 case studies and 1,000 activities: 4,000 entry pages
 *   per language plus the site's fixed pages (home, indexes, glossary, search, 404, …).
 *
 * Around the records the tree holds what the sample ships and a valid site needs: data/
 * (settings, dictionaries, privacy allow-list), the four team profiles (activities and case
 * studies refer to them) and the glossary (records list its terms, and its keywords feed the
 * search index). Nothing else of the sample, so every figure scales with N.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { PROJECT_DIR } from "../lib/content/project-paths.ts";
import { LANGUAGES } from "../lib/content/content-types.ts";
import { seededRandom, type Random } from "../support/seeded-random.ts";
import { lines, markdownBody, paragraph, sentence, title, wordDrawer, type WordDrawer } from "./synthetic-text.ts";
import { sampleVocabulary } from "./synthetic-vocabulary.ts";

export interface RecordCounts {
  modules: number;
  caseStudies: number;
  activities: number;
}

export interface SyntheticCorpus {
  /** Content root for the pipeline: content/ and data/. */
  root: string;
  /** Input folder for bare Eleventy: <lang>/<section>/<slug>.md, front matter title and lang only, the record's text as Markdown. */
  bareInput: string;
  records: number;
  counts: RecordCounts;
  /** Markdown files per language (modules + case studies): each is one page in both builds. */
  entryPagesPerLanguage: number;
  /** One Indonesian case study (relative to root) and its page's path inside the built site, for the rebuild measurement. */
  caseStudy: { file: string; page: string };
}

/** The schema's limit on a module's place in the course, which caps the number of modules. */
export function maxModules(repoRoot: string = PROJECT_DIR): number {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, "schemas/training-module.schema.json"), "utf8")) as {
    properties: { order: { maximum: number } };
  };
  return schema.properties.order.maximum;
}

/**
 * How N records split into modules, case studies and activities (see the file comment).
 * @example recordMix(5000, 99) // { modules: 99, caseStudies: 3901, activities: 1000 }
 * @example recordMix(30, 99) // { modules: 12, caseStudies: 12, activities: 6 }
 */
export function recordMix(records: number, moduleLimit: number): RecordCounts {
  const activities = Math.round(records * 0.2);
  const modules = Math.min(moduleLimit, Math.round(records * 0.4));
  return { modules, caseStudies: records - activities - modules, activities };
}

/** Section folders of the bare build, named like the site's addresses (lib/content/routes.ts). */
const SECTIONS = { module: { id: "modul", en: "modules" }, caseStudy: { id: "studi-kasus", en: "case-studies" } } as const;

const PILLARS = ["foundations", "awareness", "case-management", "social-cohesion", "policy-advocacy"] as const;
const ACTIVITY_PILLARS = PILLARS.slice(1);
const KELURAHAN = ["benda-baru", "pondok-kacang-timur", "jombang", "muncul"] as const;
const AREAS = [...KELURAHAN, "not-disclosed"] as const;
const CONCERNS = [
  "online-exposure",
  "recruitment-attempt",
  "intolerance",
  "returnee-reintegration",
  "former-prisoner-reintegration",
  "family-concern",
  "other",
] as const;
const REPORTERS = [
  "family-member",
  "neighbour",
  "religious-teacher",
  "rt-rw-head",
  "school-teacher",
  "team-member",
  "community-police",
  "health-cadre",
  "other",
] as const;
const APPROACHES = ["personal-approach", "dialogue", "mediation", "referral"] as const;
const STAGES = ["recorded", "verified", "handled", "resolved"] as const;
const ACTIVITY_TYPES = ["socialisation", "training", "coordination", "dialogue", "community-event", "advocacy", "case-conference"] as const;
const FORUMS = [
  "majelis-taklim",
  "arisan",
  "pkk",
  "posyandu",
  "karang-taruna",
  "rt-rw-meeting",
  "school",
  "women-farmers-group",
  "theatre-group",
  "kampung-kb",
  "government-office",
  "online",
  "other",
] as const;
/** Institutions as the sample names them: partners are institutions, never people. */
const PARTNERS = [
  "Yayasan Empatiku",
  "Kesbangpol Kota Tangerang Selatan",
  "Dinas Pendidikan Kota Tangerang Selatan",
  "KUA Kecamatan Ciputat",
  "KUA Kecamatan Pamulang",
];
const REVIEWER_ROLES = ["Fasilitator yayasan pendamping", "Koordinator program"];

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(0, items.length - 1)] as T;
/** `count` different items of `items`, in the list's order. */
function some<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(random.int(0, items.length - 1));
  return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
}

/**
 * A short name made of letters only, unique per index ("a", "b", …, "ba", …): digits in
 * addresses would be read by the screen of the built site, and are not needed.
 * @example letterCode(0) // "a"
 * @example letterCode(26) // "ba"
 */
export function letterCode(index: number): string {
  let code = "";
  let rest = index;
  do {
    code = String.fromCharCode(97 + (rest % 26)) + code;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return code;
}

const frontMatter = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;

/**
 * A record's own text as plain Markdown for bare Eleventy: each field a paragraph, or a
 * bulleted list for a list of lines, then the body. Only the record's words: field names, codes
 * and dates are the site's template's business, so they are left out.
 * @example bareText(["Ringkasan.", ["Tujuan satu.", "Tujuan dua."]], "## Bagian…") // "Ringkasan.\n\n- Tujuan satu.\n- Tujuan dua.\n\n## Bagian…"
 */
export function bareText(fields: readonly (string | readonly string[])[], body: string): string {
  const blocks = fields.map((field) => (typeof field === "string" ? field : field.map((line) => `- ${line}`).join("\n")));
  return [...blocks, body].join("\n\n");
}
const two = (n: number) => String(n).padStart(2, "0");

/** A quarter as a number of quarters since year 0, and back: steps move forward through them. */
const quarterIndex = (year: number, quarter: number) => year * 4 + quarter - 1;
const quarterText = (index: number) => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/** One file of the tree: its path (relative, forward slashes) and its text. */
export interface SyntheticFile {
  file: string;
  text: string;
}

interface Drawers {
  id: WordDrawer;
  en: WordDrawer;
}

/**
 * Every record of the corpus as files, in a fixed order: module pairs, case-study pairs,
 * activities, then the bare Eleventy copies (under bare/). The same `records` and `seed` give
 * the same files, byte for byte, on every machine.
 * @example [...syntheticFiles(30, 1)].filter((f) => f.file.startsWith("content/modules/")).length // 24
 */
export function* syntheticFiles(records: number, seed: number, repoRoot: string = PROJECT_DIR): Generator<SyntheticFile> {
  const counts = recordMix(records, maxModules(repoRoot));
  const draw: Drawers = { id: wordDrawer(sampleVocabulary(repoRoot, "id")), en: wordDrawer(sampleVocabulary(repoRoot, "en")) };
  const glossary = readdirSync(path.join(repoRoot, "content/glossary"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -5))
    .sort();
  const random = seededRandom(seed);

  for (let i = 0; i < counts.modules; i++) {
    const slug = `modul-${letterCode(i)}-${draw.id.word(random)}`;
    const shared = {
      pillar: pick(random, PILLARS),
      order: i + 1,
      durationMinutes: pick(random, [60, 90, 120, 150]),
      glossaryTerms: some(random, glossary, random.int(0, 5)),
    };
    const reviewed = { role: pick(random, REVIEWER_ROLES), date: `2024-${two(random.int(1, 12))}-${two(random.int(1, 28))}` };
    for (const lang of LANGUAGES) {
      const d = draw[lang];
      const heading = title(random, d, 3, 8);
      const body = markdownBody(random, d, 6);
      const data = {
        title: heading,
        summary: sentence(random, d, 12, 24),
        pillar: shared.pillar,
        order: shared.order,
        durationMinutes: shared.durationMinutes,
        objectives: lines(random, d, 3, 5),
        discussionQuestions: lines(random, d, 2, 4, "?"),
        ...(shared.glossaryTerms.length > 0 ? { glossaryTerms: shared.glossaryTerms } : {}),
        reviewed,
      };
      yield { file: `content/modules/${lang}/${slug}.md`, text: frontMatter(data, body) };
      const own = bareText([data.summary, data.objectives, data.discussionQuestions], body);
      yield { file: `bare/${lang}/${SECTIONS.module[lang]}/${slug}.md`, text: frontMatter({ title: heading, lang }, own) };
    }
  }

  for (let i = 0; i < counts.caseStudies; i++) {
    const slug = `kasus-${letterCode(i)}-${draw.id.word(random)}`;
    // Recorded in the case's own quarter, each later stage in the same or a later quarter.
    const first = quarterIndex(random.int(2019, 2023), random.int(1, 4));
    const periods = [first];
    for (let stage = 1; stage < STAGES.length; stage++) periods.push((periods[stage - 1] as number) + random.int(0, 2));
    const shared = {
      period: quarterText(first),
      area: pick(random, AREAS),
      concernCategory: pick(random, CONCERNS),
      reportedBy: pick(random, REPORTERS),
      approaches: some(random, APPROACHES, random.int(1, 2)),
      glossaryTerms: some(random, glossary, random.int(0, 4)),
    };
    const review = { role: pick(random, REVIEWER_ROLES), date: `2024-${two(random.int(1, 12))}-${two(random.int(1, 28))}` };
    for (const lang of LANGUAGES) {
      const d = draw[lang];
      const heading = title(random, d, 3, 8);
      const body = markdownBody(random, d, 4);
      const data = {
        title: heading,
        summary: sentence(random, d, 12, 24),
        illustrative: true,
        period: shared.period,
        area: shared.area,
        concernCategory: shared.concernCategory,
        reportedBy: shared.reportedBy,
        steps: STAGES.map((stage, index) => ({ stage, period: quarterText(periods[index] as number), note: paragraph(random, d, 1, 3) })),
        approaches: shared.approaches,
        outcome: paragraph(random, d, 2, 3),
        lessons: lines(random, d, 2, 4),
        ...(shared.glossaryTerms.length > 0 ? { glossaryTerms: shared.glossaryTerms } : {}),
        anonymisation: {
          namesRemoved: true,
          placesGeneralised: true,
          datesGeneralised: true,
          detailsAltered: true,
          reviewerRole: review.role,
          reviewedOn: review.date,
        },
        status: "published",
      };
      yield { file: `content/case-studies/${lang}/${slug}.md`, text: frontMatter(data, body) };
      const own = bareText([data.summary, data.steps.map((step) => step.note), data.outcome, data.lessons], body);
      yield { file: `bare/${lang}/${SECTIONS.caseStudy[lang]}/${slug}.md`, text: frontMatter({ title: heading, lang }, own) };
    }
  }

  for (let i = 0; i < counts.activities; i++) {
    const date = `${random.int(2019, 2024)}-${two(random.int(1, 12))}-${two(random.int(1, 28))}`;
    const kelurahan = pick(random, KELURAHAN);
    const total = random.int(8, 120);
    const women = random.int(0, total);
    const activity = {
      date,
      kelurahan,
      pillar: pick(random, ACTIVITY_PILLARS),
      activityType: pick(random, ACTIVITY_TYPES),
      forum: pick(random, FORUMS),
      title: { id: title(random, draw.id, 4, 9), en: title(random, draw.en, 4, 9) },
      participants: { total, women, men: total - women },
      ...(random.next() < 0.5 ? { partners: some(random, PARTNERS, random.int(1, 2)) } : {}),
      ...(random.next() < 0.3 ? { notes: { id: paragraph(random, draw.id, 1, 2), en: paragraph(random, draw.en, 1, 2) } } : {}),
      source: { kind: "cms" },
    };
    yield { file: `content/activities/${date}-${kelurahan}-${letterCode(i)}.json`, text: `${JSON.stringify(activity, null, 2)}\n` };
  }
}

/**
 * Writes the corpus into `dir` (which must exist): `dir/site` is the content root, `dir/bare`
 * the bare Eleventy input.
 * @example const corpus = writeSyntheticCorpus({ records: 1000, seed: 1, dir: mkdtempSync(…) }); corpus.counts.caseStudies // 401
 */
export function writeSyntheticCorpus({
  records,
  seed,
  dir,
  repoRoot = PROJECT_DIR,
}: {
  records: number;
  seed: number;
  dir: string;
  repoRoot?: string;
}): SyntheticCorpus {
  if (!Number.isInteger(records) || records < 5) throw new Error(`records must be a whole number of at least 5, not ${records}`);
  const root = path.join(dir, "site");
  const bareInput = path.join(dir, "bare");
  // What the sample ships and a valid site needs around the records (see the file comment).
  for (const folder of ["data", "content/teams", "content/glossary"])
    cpSync(path.join(repoRoot, folder), path.join(root, folder), { recursive: true });
  const made = new Set<string>();
  let caseStudy: SyntheticCorpus["caseStudy"] | undefined;
  for (const { file, text } of syntheticFiles(records, seed, repoRoot)) {
    const target = file.startsWith("bare/") ? path.join(dir, file) : path.join(root, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, text);
    if (!caseStudy && file.startsWith("content/case-studies/id/")) {
      const slug = path.basename(file, ".md");
      caseStudy = { file, page: `id/${SECTIONS.caseStudy.id}/${slug}/index.html` };
    }
  }
  const counts = recordMix(records, maxModules(repoRoot));
  if (!caseStudy) throw new Error(`${records} records make no case study; use more records`);
  return { root, bareInput, records, counts, entryPagesPerLanguage: counts.modules + counts.caseStudies, caseStudy };
}
