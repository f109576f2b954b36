/**
 * The site model: everything the templates render, already filtered to published entries,
 * already resolved into addresses and display text for one language. Templates only loop and
 * print; they never filter drafts, compute addresses or pick a language version themselves.
 *
 * Naming rule that keeps the templates safe: a field whose name ends in `Html` holds output of
 * renderMarkdown (hardened) and is the only thing a template may print with `| safe`. Every
 * other string is plain text and is autoescaped. Plain-text fields with several paragraphs are
 * split into `paragraphs: string[]` here so that templates never need `| safe` for them.
 */
import type { Language } from "../content/content-types.ts";
import type { Activity, ActionPlanItem, CaseStudy, SiteSettings } from "../types/content.generated.ts";
import type { PublishedCount } from "../suppression/suppress-counts.ts";
import type { ModulePillar, Pillar } from "../content/pillars.ts";
import type { Section } from "../content/routes.ts";
import type { Dictionary } from "../format/translate.ts";

export type { Dictionary, ModulePillar, Pillar };
/** A published activity: only a draft may leave its pillar open (schemas/activity.schema.json). */
export type PublishedActivity = Activity & { pillar: Pillar };
export type Kelurahan = Activity["kelurahan"];

/** A language version of the same page. */
export interface Alternate {
  lang: Language;
  url: string;
}

/** A link to another page, with the language of its target (it may be a fallback). */
export interface Link {
  title: string;
  url: string;
  lang: Language;
}

export interface NavItem {
  label: string;
  url: string;
  /** Language of the target page (a footer page not yet translated is linked in its own). */
  lang: Language;
  /** The section this item opens, so the current section can be marked. */
  section?: Section;
}

export interface Navigation {
  /** The address of every section's index page, for links from templates. */
  sections: Record<Section, string>;
  main: NavItem[];
  /**
   * The dashboard and the data page: linked from the footer and the home page rather than the
   * main menu, which already wraps onto three lines on a 360 px phone.
   */
  figures: NavItem[];
  /** Free pages with a navOrder, in that order. */
  footer: NavItem[];
}

export interface Review {
  role: string;
  date: string;
}

export interface Source {
  title: string;
  url?: string;
}

/** A content page's upkeep: its last review (if the content records one) and its CMS entry. */
export interface ContentEditing {
  /** Site-relative address of the entry in Decap, e.g. "/admin/#/collections/modules/entries/x". */
  cmsUrl: string;
  /** ISO date of the last review, or null when this kind of content records none. */
  lastReviewed: string | null;
}

/** Fields every page has, whatever its type. */
export interface PageBase {
  /** Site-relative address; ends in "/" or ".html"/".xml". */
  url: string;
  lang: Language;
  title: string;
  /** One sentence for <meta name="description"> and lists. */
  description: string;
  /** Every language version that exists, including this page itself. */
  alternates: Alternate[];
  /** Languages in which this page does not exist (yet): the page says so. */
  missingTranslations: Language[];
  /** The main-navigation section this page belongs to, if any. */
  section: Section | null;
  /** Whether the page is listed in sitemap.xml (not for 404 and redirect pages). */
  inSitemap: boolean;
  /**
   * What the search index learns about the page beyond its text (lib/search): filters,
   * metadata, sort keys and extra word forms. Null for pages that are not indexed (404s,
   * the language choice, the search page). Set by buildSiteModel for every page.
   */
  search?: SearchData | null;
  /** Content pages only (modules, case studies, free pages, decrees, teams): see ContentEditing. */
  editing?: ContentEditing;
}

/** Search facets of one page, with values already written in the page's language. */
export interface SearchData {
  /** Filter key (type, pillar, kelurahan, year) → values, e.g. { type: ["Modul pelatihan"] }. */
  filters: { key: string; values: string[] }[];
  /** Metadata shown with a result, e.g. [{ key: "date", value: "20 November 2024" }]. */
  meta: { key: string; value: string }[];
  /** Sort keys, e.g. [{ key: "date", value: "2024-11-20" }]. */
  sort: { key: string; value: string }[];
  /** Other word forms readers may search for (glossary keywords, the term in both languages). */
  keywords: string[];
}

export interface ModuleListItem extends Link {
  slug: string;
  summary: string;
  pillar: ModulePillar;
  order: number;
  durationMinutes: number;
}

export interface ModuleGroup {
  pillar: ModulePillar;
  modules: ModuleListItem[];
}

export interface GlossaryLink {
  slug: string;
  term: string;
  url: string;
}

export interface ActivityView {
  slug: string;
  date: string;
  kelurahan: Kelurahan;
  pillar: Pillar;
  activityType: Activity["activityType"];
  forum: Activity["forum"];
  /** Where it took place, as the team wrote it: a name, the same in every language; null when not recorded. */
  venue: string | null;
  title: string;
  participants: Activity["participants"];
  partners: string[];
  /** Notes in the page language, or in the other language (with its lang) when only that exists. */
  notes: { lang: Language; paragraphs: string[] } | null;
}

export interface PillarCounts {
  /** Number of activities per pillar. */
  activities: Record<Pillar, number>;
  total: number;
  participants: number;
}

export interface TeamLink {
  kelurahan: Kelurahan;
  /** The kelurahan's name (the same in both languages). */
  name: string;
  /** Null when the team's profile is not published. */
  url: string | null;
}

export interface TimelineEventView {
  slug: string;
  date: string;
  title: string;
  paragraphs: string[];
  pillar: Pillar | null;
  highlight: boolean;
  sources: Source[];
  url: string;
}

export interface ActionPlanItemView {
  slug: string;
  order: number;
  pillar: Pillar;
  objective: string;
  indicator: string;
  unit: string;
  baseline: number;
  target: number;
  current: number;
  /** Share of the way from baseline to target, 0–100, rounded. */
  percent: number;
  dueDate: string;
  status: ActionPlanItem["status"];
  responsibleRole: string;
  teams: TeamLink[];
  updates: { date: string; value: number; note: string | null }[];
  url: string;
}

export interface GlossaryTermView {
  slug: string;
  term: string;
  expansion: string | null;
  paragraphs: string[];
  related: GlossaryLink[];
  /** Modules and case studies that use the term, in this language (or a fallback). */
  usedIn: Link[];
}

export interface CaseStudyListItem extends Link {
  slug: string;
  summary: string;
  period: string;
  area: CaseStudy["area"];
  concernCategory: CaseStudy["concernCategory"];
  illustrative: boolean;
}

export interface HomePage extends PageBase {
  type: "home";
  tagline: string;
  moduleGroups: ModuleGroup[];
  teams: (TeamLink & { focus: string })[];
  highlights: TimelineEventView[];
  latestActivities: ActivityView[];
  activityTotals: PillarCounts;
  decrees: Link[];
  actionPlanCount: number;
}

export interface ModuleIndexPage extends PageBase {
  type: "module-index";
  groups: ModuleGroup[];
}

export interface ModulePage extends PageBase {
  type: "module";
  slug: string;
  pillar: ModulePillar;
  order: number;
  durationMinutes: number;
  summary: string;
  objectives: string[];
  discussionQuestions: string[];
  glossaryTerms: GlossaryLink[];
  bodyHtml: string;
  reviewed: Review;
  previous: Link | null;
  next: Link | null;
}

export interface CaseStudyIndexPage extends PageBase {
  type: "case-study-index";
  caseStudies: CaseStudyListItem[];
}

export interface CaseStudyPage extends PageBase {
  type: "case-study";
  slug: string;
  summary: string;
  illustrative: boolean;
  period: string;
  area: CaseStudy["area"];
  areaTeam: TeamLink | null;
  concernCategory: CaseStudy["concernCategory"];
  reportedBy: CaseStudy["reportedBy"];
  steps: { stage: CaseStudy["steps"][number]["stage"]; period: string; paragraphs: string[] }[];
  approaches: CaseStudy["approaches"];
  outcomeParagraphs: string[];
  lessons: string[];
  glossaryTerms: GlossaryLink[];
  anonymisation: { reviewerRole: string; reviewedOn: string };
  bodyHtml: string;
}

/**
 * A published count as the templates get it: a number, "<k" or the complementary mark. A
 * hidden count has no value here at all, so no template can print it by mistake.
 */
export type CountView = PublishedCount;

export interface StatisticsColumn {
  key: string;
  label: string;
}

/** One period's two tables, labelled in the page language; or a note that none is published. */
export type CaseStatisticsPeriodView =
  | {
      period: string;
      /** Anchor of the period's section, e.g. "period-2024-q3". */
      anchor: string;
      withheld: false;
      byKelurahan: {
        columns: StatisticsColumn[];
        rows: { key: string; label: string; counts: CountView[]; total: CountView }[];
        columnTotals: CountView[];
        grandTotal: CountView;
      };
      byStage: {
        rows: { key: string; label: string; count: CountView }[];
        total: CountView;
      };
    }
  | { period: string; anchor: string; withheld: true };

export interface CaseStatisticsPage extends PageBase {
  type: "case-statistics";
  /** k from the site settings: counts below it are shown as "<k". */
  threshold: number;
  /** Newest first. */
  periods: CaseStatisticsPeriodView[];
}

export interface DecreeIndexPage extends PageBase {
  type: "decree-index";
  decrees: (Link & { number: string; year: string; issuer: string })[];
}

export interface DecreePage extends PageBase {
  type: "decree";
  slug: string;
  number: string;
  fullTitle: string;
  issuer: string;
  year: string;
  signedOn: string | null;
  period: { from: string; to: string };
  summaryParagraphs: string[];
  legalBasis: { text: string; original: string | null }[];
  /** Parts (diktum): the official Indonesian text, plus the translation on English pages. */
  parts: { label: string; officialParagraphs: string[]; translationParagraphs: string[] | null }[];
  crosswalk: { pillar: Pillar; paragraphs: string[]; modulesUrl: string }[];
  sources: Source[];
}

export interface ActivitiesPage extends PageBase {
  type: "activities";
  pillars: Pillar[];
  rows: (TeamLink & PillarCounts)[];
  totals: PillarCounts;
  byKelurahan: (TeamLink & { activities: ActivityView[] })[];
}

export interface TeamIndexPage extends PageBase {
  type: "team-index";
  teams: (TeamLink & { focus: string; kecamatan: string; url: string })[];
}

export interface TeamPage extends PageBase {
  type: "team";
  kelurahan: Kelurahan;
  name: string;
  kecamatan: string;
  formed: string;
  skYear: string;
  focus: string;
  profileParagraphs: string[];
  forums: Activity["forum"][];
  contact: { institution: string; note: string | null };
  counts: PillarCounts;
  pillars: Pillar[];
  recentActivities: ActivityView[];
  actionPlanItems: { objective: string; url: string; status: ActionPlanItem["status"] }[];
  caseStudies: Link[];
}

export interface ActionPlanPage extends PageBase {
  type: "action-plan";
  items: ActionPlanItemView[];
}

export interface GlossaryPage extends PageBase {
  type: "glossary";
  letters: { letter: string; anchor: string; terms: GlossaryTermView[] }[];
}

export interface TimelinePage extends PageBase {
  type: "timeline";
  events: TimelineEventView[];
}

export interface FreePage extends PageBase {
  type: "page";
  slug: string;
  bodyHtml: string;
  reviewed: Review | null;
}

/** One filter of the search page, rendered as a form control. */
export interface SearchFilterView {
  key: string;
  /** The filter's name in the page language (the control's label). */
  label: string;
  /** Values as stored in the index (already in the page language), sorted. */
  values: string[];
}

export interface SearchPage extends PageBase {
  type: "search";
  filters: SearchFilterView[];
  /** Every page of this language, A to Z: the search page without JavaScript. */
  azIndex: { letter: string; anchor: string; pages: Link[] }[];
}

/** One cell of a chart's data table: the text, and words for screen readers when it is a mark ("<5"). */
export interface ChartTableCell {
  text: string;
  /** Spoken instead of `text` when set (the mark is hidden from screen readers). */
  spoken: string | null;
}

/**
 * A chart and the table of its data, shown side by side. `svgHtml` is generated by lib/charts
 * (every text escaped there) and, like Markdown output, is the only kind of field printed with
 * `| safe`.
 */
export interface ChartPanel {
  /** Unique on the page; the heading's id and the chart's title/desc ids derive from it. */
  id: string;
  heading: string;
  /** One sentence under the heading, or null. */
  note: string | null;
  svgHtml: string;
  table: {
    caption: string;
    /** Column headings; the first heads the row labels. */
    columns: string[];
    rows: { label: string; cells: ChartTableCell[] }[];
    /** A closing row (totals), or null. */
    footer: { label: string; cells: ChartTableCell[] } | null;
  };
}

export interface DashboardPage extends PageBase {
  type: "dashboard";
  /** Published activities and their participants, as formatted sentences' inputs. */
  totals: { activities: number; participants: number; actionPlanItems: number };
  /** First and last activity date (YYYY-MM-DD), or null without activities. */
  span: { from: string; to: string } | null;
  activityPanels: ChartPanel[];
  actionPlanPanels: ChartPanel[];
  /** k of the suppression: counts below it are shown as "<k". */
  threshold: number;
  /** Per published period (newest first) its two charts; withheld periods only say so. */
  casePeriods: { period: string; withheld: boolean; panels: ChartPanel[] }[];
  /** Where the figures can be downloaded (the data page). */
  dataUrl: string;
}

/** One downloadable table in both formats, as the data page describes it. */
export interface DataFileView {
  /** Key of the table, e.g. "activities"; its texts are data.<key>.* in the dictionaries. */
  key: string;
  title: string;
  paragraphs: string[];
  csvUrl: string;
  /** "Kegiatan — CSV, bahasa Indonesia (…)" for a file per language, "… — CSV" for a bilingual one. */
  csvLinkText: string;
  jsonUrl: string;
  rowCount: number;
  /** Column headings exactly as they appear in the file offered in the page's language. */
  columns: string[];
  /** The same table written for readers of another language (activities only), with its link text. */
  otherLanguageCsv: DataLinkView[];
}

/** A download in another language than the page's. */
export interface DataLinkView {
  url: string;
  lang: Language;
  text: string;
}

/** The blank activity template a coordinator fills in and imports. */
export interface DataTemplateView {
  title: string;
  paragraphs: string[];
  /** What to do, in order: download, fill in, save as CSV, import. */
  steps: string[];
  url: string;
  linkText: string;
  otherLanguage: DataLinkView[];
  columns: string[];
}

export interface DataPage extends PageBase {
  type: "data";
  files: DataFileView[];
  template: DataTemplateView;
  dashboardUrl: string;
  threshold: number;
}

export interface NotFoundPage extends PageBase {
  type: "not-found";
}

export interface OfflinePage extends PageBase {
  type: "offline";
  /** The sections a reader has on their device after one visit (lib/offline/offline-sections.ts). */
  available: NavItem[];
}

/** The bilingual pages at the root: the language choice (/) and the fallback 404. */
export interface RootPage extends PageBase {
  type: "language-choice" | "root-not-found";
  /** Each language's home page, in the site's language order. */
  homes: Alternate[];
}

export type SitePage =
  | HomePage
  | ModuleIndexPage
  | ModulePage
  | CaseStudyIndexPage
  | CaseStudyPage
  | CaseStatisticsPage
  | DecreeIndexPage
  | DecreePage
  | ActivitiesPage
  | TeamIndexPage
  | TeamPage
  | ActionPlanPage
  | GlossaryPage
  | TimelinePage
  | FreePage
  | SearchPage
  | DashboardPage
  | DataPage
  | NotFoundPage
  | OfflinePage
  | RootPage;

export type PageType = SitePage["type"];

export interface SiteModel {
  settings: SiteSettings;
  /** The site's languages, the first is the default. */
  languages: Language[];
  /** Interface text per language; the `t` filter reads it. */
  strings: Record<Language, Dictionary>;
  /** Every page of the site, each rendered by templates/pages/<type>.njk. */
  pages: SitePage[];
  navigation: Record<Language, Navigation>;
  /** The downloadable tables, written to /data/ by lib/eleventy/data-files.ts. */
  dataFiles: PublishedDataFile[];
}

/** One published file under /data/ (CSV or JSON), with its text as written. */
export interface PublishedDataFile {
  /** Site address, e.g. "/data/activities.csv". */
  url: string;
  /** The whole file (a CSV starts with a BOM). Not HTML: written as it is, never into a page. */
  text: string;
}
