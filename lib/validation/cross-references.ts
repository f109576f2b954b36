import type {
  ActionPlanItem,
  Activity,
  CaseStatistics,
  CaseStudy,
  GlossaryTerm,
  Page,
  TrainingModule,
} from "../types/content.generated.ts";
import { reservedFreePageSlugs } from "../content/routes.ts";
import type { ContentTypeName } from "../content/content-types.ts";
import type { Entry, EntryKey, Problem } from "../content/entry.ts";
import { isPublished } from "../content/publication.ts";

/**
 * Checks what a schema cannot see on its own: references between entries (glossary terms,
 * kelurahan, related terms), agreement between the two language versions of an entry, and
 * rules across fields (participant counts adding up, case stages in order, the action plan's
 * current value matching its latest update).
 *
 * `valid` are the schema-valid entries; `all` names every content file found, also those that
 * could not be read, so that a reference to a file with its own problems is not reported a
 * second time as missing.
 * @example checkCrossReferences(validEntries, allEntries) // Problem[]
 */
export function checkCrossReferences(valid: readonly Entry[], all: readonly EntryKey[]): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: Entry<object>, field: string | undefined, en: string, id: string) =>
    problems.push({ file: entry.file, ...(field ? { field } : {}), message: { en, id } });

  const of = <T extends object>(type: ContentTypeName) => valid.filter((e) => e.type === type) as unknown as Entry<T>[];
  const existing = (type: ContentTypeName) => new Set(all.filter((e) => e.type === type).map((e) => e.slug));
  // Files that exist but are invalid already carry their own problem; references to them are
  // neither "missing" nor "draft" until that problem is fixed.
  const unpublishedValid = (type: ContentTypeName) => new Set(valid.filter((e) => e.type === type && !isPublished(e)).map((e) => e.slug));

  checkGlossaryReferences();
  checkTeams();
  checkTranslations();
  checkModuleOrder();
  checkCaseStudySteps();
  checkParticipants();
  checkActionPlan();
  checkCaseStats();
  checkDictionaries();
  checkSingletons();
  checkPageAddresses();
  return problems;

  // A free page lives at /<lang>/<file name>/; a name such as "modul" or "admin" would take
  // over a part of the site.
  function checkPageAddresses() {
    const reserved = reservedFreePageSlugs();
    for (const entry of valid.filter((e) => e.type === "page" && reserved.has(e.slug))) {
      report(
        entry,
        undefined,
        `file name '${entry.slug}' is already the address of a part of the site; rename the file`,
        `nama berkas '${entry.slug}' sudah menjadi alamat bagian lain situs; ganti nama berkas`,
      );
    }
  }

  function checkGlossaryReferences() {
    const terms = existing("glossary-term");
    const draftTerms = unpublishedValid("glossary-term");
    const check = (entry: Entry<object>, field: string, slugs: readonly string[] | undefined) => {
      slugs?.forEach((slug, index) => {
        if (!terms.has(slug)) {
          report(
            entry,
            `${field}.${index}`,
            `refers to the glossary term '${slug}', which does not exist (content/glossary/${slug}.json)`,
            `merujuk istilah glosarium '${slug}' yang tidak ada (content/glossary/${slug}.json)`,
          );
        } else if (isPublished(entry) && draftTerms.has(slug)) {
          report(
            entry,
            `${field}.${index}`,
            `refers to the glossary term '${slug}', which is a draft`,
            `merujuk istilah glosarium '${slug}' yang masih draf`,
          );
        }
      });
    };
    for (const entry of of<TrainingModule>("training-module")) check(entry, "glossaryTerms", entry.data.glossaryTerms);
    for (const entry of of<CaseStudy>("case-study")) check(entry, "glossaryTerms", entry.data.glossaryTerms);
    for (const entry of of<GlossaryTerm>("glossary-term")) {
      check(entry, "related", entry.data.related);
      entry.data.related?.forEach((slug, index) => {
        if (slug === entry.slug)
          report(entry, `related.${index}`, "a term cannot be related to itself", "istilah tidak dapat terkait dengan dirinya sendiri");
      });
    }
  }

  function checkTeams() {
    const kelurahan = ["benda-baru", "pondok-kacang-timur", "jombang", "muncul"];
    for (const entry of valid.filter((e) => e.type === "team")) {
      if (!kelurahan.includes(entry.slug)) {
        report(
          entry,
          undefined,
          `file name must be the kelurahan's short name: ${kelurahan.join(", ")}`,
          `nama berkas harus nama pendek kelurahan: ${kelurahan.join(", ")}`,
        );
      }
    }
    const teams = existing("team");
    const draftTeams = unpublishedValid("team");
    const needTeam = (entry: Entry<object>, field: string, slug: string) => {
      if (isPublished(entry) && (!teams.has(slug) || draftTeams.has(slug))) {
        report(
          entry,
          field,
          `refers to the kelurahan '${slug}', which has no published team profile (content/teams/${slug}.json)`,
          `merujuk kelurahan '${slug}' yang belum punya profil tim terbit (content/teams/${slug}.json)`,
        );
      }
    };
    for (const entry of of<Activity>("activity")) needTeam(entry, "kelurahan", entry.data.kelurahan);
    for (const entry of of<CaseStudy>("case-study")) if (entry.data.area !== "not-disclosed") needTeam(entry, "area", entry.data.area);
    for (const entry of of<ActionPlanItem>("action-plan-item"))
      entry.data.responsible.teams.forEach((slug, i) => needTeam(entry, `responsible.teams.${i}`, slug));
  }

  // The two language versions of an entry share a file name; fields that do not depend on the
  // language must agree, or the two sites would tell different stories.
  function checkTranslations() {
    const shared: Partial<Record<ContentTypeName, (data: Record<string, unknown>) => unknown>> = {
      "training-module": (d) => ({
        pillar: d.pillar,
        order: d.order,
        durationMinutes: d.durationMinutes,
        glossaryTerms: d.glossaryTerms ?? [],
      }),
      "case-study": (d) => {
        const c = d as unknown as CaseStudy;
        return {
          illustrative: c.illustrative,
          period: c.period,
          area: c.area,
          concernCategory: c.concernCategory,
          reportedBy: c.reportedBy,
          approaches: c.approaches,
          steps: c.steps.map((s) => `${s.stage}@${s.period}`),
        };
      },
      page: (d) => ({ navOrder: (d as unknown as Page).navOrder ?? null }),
    };
    for (const [type, pick] of Object.entries(shared) as [ContentTypeName, (d: Record<string, unknown>) => unknown][]) {
      const entries = valid.filter((e) => e.type === type);
      const indonesian = new Map(entries.filter((e) => e.lang === "id").map((e) => [e.slug, e]));
      const anyIndonesian = new Set(all.filter((e) => e.type === type && e.lang === "id").map((e) => e.slug));
      for (const entry of entries.filter((e) => e.lang === "en")) {
        const original = indonesian.get(entry.slug);
        if (!original) {
          if (!anyIndonesian.has(entry.slug)) {
            report(
              entry,
              undefined,
              `has no Indonesian version: the site is Indonesian first, so add ${entry.file.replace("/en/", "/id/")} (same file name)`,
              `tidak punya versi bahasa Indonesia: tambahkan ${entry.file.replace("/en/", "/id/")} (nama berkas sama)`,
            );
          }
          continue;
        }
        const mine = pick(entry.data) as Record<string, unknown>;
        const theirs = pick(original.data) as Record<string, unknown>;
        for (const key of Object.keys(mine)) {
          if (JSON.stringify(mine[key]) !== JSON.stringify(theirs[key])) {
            report(
              entry,
              key,
              `differs from the Indonesian version (${original.file}); this field must be the same in both languages`,
              `berbeda dari versi bahasa Indonesia (${original.file}); kolom ini harus sama di kedua bahasa`,
            );
          }
        }
      }
    }
  }

  function checkModuleOrder() {
    const seen = new Map<string, Entry<object>>();
    for (const entry of of<TrainingModule>("training-module")) {
      const key = `${entry.lang}:${entry.data.order}`;
      const other = seen.get(key);
      if (other)
        report(
          entry,
          "order",
          `is the same as in ${other.file}; each module needs its own place in the course`,
          `sama dengan ${other.file}; setiap modul perlu urutan sendiri`,
        );
      else seen.set(key, entry);
    }
  }

  function checkCaseStudySteps() {
    const stages = ["recorded", "verified", "handled", "resolved"];
    for (const entry of of<CaseStudy>("case-study")) {
      let previousStage = -1;
      let previousPeriod = "";
      entry.data.steps.forEach((step, index) => {
        const stage = stages.indexOf(step.stage);
        if (stage <= previousStage) {
          report(
            entry,
            `steps.${index}.stage`,
            "steps must follow the order recorded → verified → handled → resolved, each once",
            "tahap harus berurutan dicatat → diverifikasi → ditangani → selesai, masing-masing sekali",
          );
        }
        if (comparePeriods(step.period, previousPeriod) < 0) {
          report(entry, `steps.${index}.period`, "is earlier than the step before it", "lebih awal dari tahap sebelumnya");
        }
        previousStage = Math.max(previousStage, stage);
        previousPeriod = step.period;
      });
      if (entry.data.steps[0] && comparePeriods(entry.data.steps[0].period, entry.data.period) !== 0) {
        report(
          entry,
          "steps.0.period",
          "must be the case study's period (when the case was first recorded)",
          "harus sama dengan periode studi kasus (saat kasus pertama dicatat)",
        );
      }
    }
  }

  function checkParticipants() {
    for (const entry of of<Activity>("activity")) {
      const { total, women, men, youth } = entry.data.participants;
      if (women !== undefined && men !== undefined && women + men !== total) {
        report(
          entry,
          "participants",
          `women (${women}) and men (${men}) add up to ${women + men}, not to the total (${total})`,
          `perempuan (${women}) dan laki-laki (${men}) berjumlah ${women + men}, bukan total (${total})`,
        );
      }
      for (const [name, value, nama] of [
        ["women", women, "perempuan"],
        ["men", men, "laki-laki"],
        ["youth", youth, "di bawah 25"],
      ] as const) {
        if (value !== undefined && value > total)
          report(
            entry,
            `participants.${name}`,
            `(${value}) is more than the total (${total})`,
            `(${nama}: ${value}) lebih dari total (${total})`,
          );
      }
    }
  }

  function checkActionPlan() {
    const orders = new Map<number, Entry<object>>();
    for (const entry of of<ActionPlanItem>("action-plan-item")) {
      const other = orders.get(entry.data.order);
      if (other) report(entry, "order", `is the same as in ${other.file}`, `sama dengan ${other.file}`);
      else orders.set(entry.data.order, entry);
      const updates = entry.data.updates;
      updates.forEach((update, index) => {
        const previous = updates[index - 1];
        if (previous && update.date < previous.date)
          report(
            entry,
            `updates.${index}.date`,
            "updates must be in date order, oldest first",
            "pembaruan harus urut tanggal, yang terlama lebih dulu",
          );
      });
      const latest = updates.at(-1);
      if (latest && latest.value !== entry.data.current) {
        report(
          entry,
          "current",
          `(${entry.data.current}) differs from the latest update (${latest.value} on ${latest.date})`,
          `(${entry.data.current}) berbeda dari pembaruan terakhir (${latest.value} pada ${latest.date})`,
        );
      }
    }
  }

  function checkCaseStats() {
    const periods = new Set(of<CaseStatistics>("case-stats").map((entry) => entry.data.period));
    for (const entry of of<CaseStatistics>("case-stats")) {
      // A year published beside one of its quarters lets readers subtract one from the other
      // and recover counts that suppression hid.
      const year = entry.data.period.slice(0, 4);
      if (entry.data.period.includes("-Q") && periods.has(year)) {
        report(
          entry,
          "period",
          `overlaps content/case-stats/${year}.json: publish a year or its quarters, not both`,
          `bertumpang tindih dengan content/case-stats/${year}.json: terbitkan tahun atau triwulannya, bukan keduanya`,
        );
      }
      if (entry.slug !== entry.data.period.toLowerCase()) {
        report(entry, "period", `must match the file name (${entry.slug}.json)`, `harus sama dengan nama berkas (${entry.slug}.json)`);
      }
      const cells = new Set<string>();
      entry.data.counts.forEach((row, index) => {
        const key = `${row.kelurahan}/${row.concernCategory}/${row.stage}`;
        if (cells.has(key)) report(entry, `counts.${index}`, `counts ${key} twice`, `menghitung ${key} dua kali`);
        cells.add(key);
      });
    }
  }

  function checkDictionaries() {
    const dictionaries = valid.filter((e) => e.type === "ui-strings");
    for (const entry of dictionaries) {
      if (entry.slug !== "id" && entry.slug !== "en")
        report(entry, undefined, "must be named id.json or en.json", "harus bernama id.json atau en.json");
    }
    const [first, second] = dictionaries;
    if (!first || !second) return;
    const missing = (from: Entry, to: Entry) =>
      Object.keys(from.data)
        .filter((key) => !(key in to.data))
        .forEach((key) => report(to, key, `is missing here but present in ${from.file}`, `tidak ada di sini tetapi ada di ${from.file}`));
    missing(first, second);
    missing(second, first);
  }

  function checkSingletons() {
    for (const entry of valid.filter((e) => e.type === "site-settings")) {
      if (entry.slug !== "site")
        report(entry, undefined, "site settings live in data/site.json only", "pengaturan situs hanya di data/site.json");
    }
  }
}

/** Orders "2024" < "2024-Q1" … by year, then quarter; a bare year compares equal to its quarters. */
function comparePeriods(a: string, b: string): number {
  if (!b) return 1;
  const [yearA, quarterA] = a.split("-Q");
  const [yearB, quarterB] = b.split("-Q");
  if (yearA !== yearB) return Number(yearA) - Number(yearB);
  if (!quarterA || !quarterB) return 0;
  return Number(quarterA) - Number(quarterB);
}
