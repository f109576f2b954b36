/**
 * The first step of building the site model: keep only published entries, sort them by type
 * and index them. Everything after this step sees published content only, which is what keeps
 * drafts out of every page, list, count and the sitemap: there is no second place to forget
 * the filter.
 */
import { LANGUAGES, type Language } from "../content/content-types.ts";
import type { Entry, LoadedContent } from "../content/entry.ts";
import { isPublished } from "../content/publication.ts";
import type {
  Activity,
  ActionPlanItem,
  CaseStudy,
  Decree,
  GlossaryTerm,
  Page,
  SiteSettings,
  TeamProfile,
  TimelineEvent,
  TrainingModule,
} from "../types/content.generated.ts";
import { publishCaseStatistics, type PublishedCaseStatistics } from "../suppression/publish-case-statistics.ts";
import { groupByLanguage, type LanguageVersions } from "./language-versions.ts";
import { translate, type TextVariables } from "../format/translate.ts";
import type { Dictionary, Kelurahan, PublishedActivity } from "./types.ts";

/** Published content, indexed, plus what every page builder needs to say things. */
export interface SiteContext {
  settings: SiteSettings;
  /** The site's languages in order; the first is the default. */
  languages: Language[];
  strings: Record<Language, Dictionary>;
  /** Interface text lookup (throws on a missing key). */
  t(lang: Language, key: string, variables?: TextVariables): string;
  modules: LanguageVersions<TrainingModule>[];
  caseStudies: LanguageVersions<CaseStudy>[];
  pages: LanguageVersions<Page>[];
  decrees: Entry<Decree>[];
  /** Oldest first. */
  activities: Entry<PublishedActivity>[];
  teams: Map<Kelurahan, Entry<TeamProfile>>;
  /** In plan order. */
  actionPlan: Entry<ActionPlanItem>[];
  glossary: Map<string, Entry<GlossaryTerm>>;
  /** Oldest first. */
  timeline: Entry<TimelineEvent>[];
  /** Case statistics after small-count suppression, newest period first; never the raw counts. */
  caseStatistics: PublishedCaseStatistics[];
}

function ofType<T extends object>(entries: Entry[], type: Entry["type"]): Entry<T>[] {
  return entries.filter((entry) => entry.type === type).sort((a, b) => a.slug.localeCompare(b.slug, "en")) as Entry<T>[];
}

function siteLanguages(settings: SiteSettings): Language[] {
  const configured = settings.languages.filter((lang): lang is Language => (LANGUAGES as readonly unknown[]).includes(lang));
  return configured.length > 0 ? configured : [...LANGUAGES];
}

/**
 * Indexes the published entries of a loaded content root.
 * @example const context = createSiteContext(loadContent(process.cwd()));
 */
export function createSiteContext(loaded: LoadedContent): SiteContext {
  const published = loaded.entries.filter((entry) => isPublished(entry));
  const settingsEntry = published.find((entry) => entry.type === "site-settings");
  if (!settingsEntry) throw new Error("data/site.json is missing: the site needs its settings");
  const settings = settingsEntry.data as unknown as SiteSettings;
  const languages = siteLanguages(settings);

  const strings = {} as Record<Language, Dictionary>;
  for (const entry of ofType<Dictionary>(published, "ui-strings")) {
    if ((LANGUAGES as readonly string[]).includes(entry.slug)) strings[entry.slug as Language] = entry.data;
  }
  for (const lang of languages) {
    if (!strings[lang]) throw new Error(`data/i18n/${lang}.json is missing: the site needs its interface text`);
  }

  const teams = new Map<Kelurahan, Entry<TeamProfile>>();
  for (const team of ofType<TeamProfile>(published, "team")) teams.set(team.slug as Kelurahan, team);
  const glossary = new Map<string, Entry<GlossaryTerm>>();
  for (const term of ofType<GlossaryTerm>(published, "glossary-term")) glossary.set(term.slug, term);

  return {
    settings,
    languages,
    strings,
    t: (lang, key, variables) => translate(strings, lang, key, variables),
    modules: groupByLanguage(ofType<TrainingModule>(published, "training-module")),
    caseStudies: groupByLanguage(ofType<CaseStudy>(published, "case-study")),
    pages: groupByLanguage(ofType<Page>(published, "page")),
    decrees: ofType<Decree>(published, "decree"),
    activities: ofType<Activity>(published, "activity")
      .filter(hasPillar)
      .sort((a, b) => a.data.date.localeCompare(b.data.date)),
    teams,
    actionPlan: ofType<ActionPlanItem>(published, "action-plan-item").sort((a, b) => a.data.order - b.data.order),
    glossary,
    timeline: ofType<TimelineEvent>(published, "timeline-event").sort((a, b) => a.data.date.localeCompare(b.data.date)),
    // Raw case statistics are never published (isPublished), so they are read from the loaded
    // entries here, once, and only their suppressed tables enter the context.
    caseStatistics: publishCaseStatistics(loaded.entries, settings.suppressionThreshold),
  };
}

/** Published activities have a pillar: the schema lets only drafts leave it open. */
function hasPillar(entry: Entry<Activity>): entry is Entry<PublishedActivity> {
  return entry.data.pillar !== undefined;
}
