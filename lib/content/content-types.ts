/**
 * The table of content types: which schema validates each one, where its files live and how
 * they are stored. Everything that walks content (the checker, the site model, later the CMS
 * config generator and the CSV importer) reads this table instead of repeating paths.
 */
export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type ContentTypeName =
  | "training-module"
  | "case-study"
  | "page"
  | "decree"
  | "activity"
  | "team"
  | "action-plan-item"
  | "case-stats"
  | "glossary-term"
  | "timeline-event"
  | "site-settings"
  | "ui-strings"
  | "privacy-allow-list";

export interface ContentType {
  name: ContentTypeName;
  /** Schema file in schemas/, without the folder. */
  schema: string;
  /**
   * Folder relative to the project root. For per-language types the files live in
   * `<folder>/<language>/<slug>.<ext>` (Decap's `multiple_folders` i18n layout), so the two
   * language versions of an entry share their file name.
   */
  folder: string;
  format: "markdown" | "json";
  perLanguage: boolean;
  /** Whether editors write it (true) or the project maintains it (false). */
  editorial: boolean;
}

export const CONTENT_TYPES: readonly ContentType[] = [
  { name: "training-module", schema: "training-module.schema.json", folder: "content/modules", format: "markdown", perLanguage: true, editorial: true },
  { name: "case-study", schema: "case-study.schema.json", folder: "content/case-studies", format: "markdown", perLanguage: true, editorial: true },
  { name: "page", schema: "page.schema.json", folder: "content/pages", format: "markdown", perLanguage: true, editorial: true },
  { name: "decree", schema: "decree.schema.json", folder: "content/decrees", format: "json", perLanguage: false, editorial: true },
  { name: "activity", schema: "activity.schema.json", folder: "content/activities", format: "json", perLanguage: false, editorial: true },
  { name: "team", schema: "team.schema.json", folder: "content/teams", format: "json", perLanguage: false, editorial: true },
  { name: "action-plan-item", schema: "action-plan-item.schema.json", folder: "content/action-plan", format: "json", perLanguage: false, editorial: true },
  { name: "case-stats", schema: "case-stats.schema.json", folder: "content/case-stats", format: "json", perLanguage: false, editorial: true },
  { name: "glossary-term", schema: "glossary-term.schema.json", folder: "content/glossary", format: "json", perLanguage: false, editorial: true },
  { name: "timeline-event", schema: "timeline-event.schema.json", folder: "content/timeline", format: "json", perLanguage: false, editorial: true },
  { name: "site-settings", schema: "site-settings.schema.json", folder: "data", format: "json", perLanguage: false, editorial: false },
  { name: "ui-strings", schema: "ui-strings.schema.json", folder: "data/i18n", format: "json", perLanguage: false, editorial: false },
  { name: "privacy-allow-list", schema: "privacy-allow-list.schema.json", folder: "data/privacy", format: "json", perLanguage: false, editorial: false },
];
