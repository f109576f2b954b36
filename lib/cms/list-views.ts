/**
 * How each collection's list looks in the CMS: a one-line summary per entry, the fields it can
 * be sorted by, filters and groups. Activities grow by dozens a year, so they get the most.
 * Filters are generated from the schema's own values, so a new kelurahan or pillar appears here
 * after `npm run cms:config` without editing this file.
 */
import type { OptionLabeller } from "./option-labels.ts";
import type { SchemaNode } from "./schema-tree.ts";
import { CASE_STUDY_STATUS_FILTERS } from "./site-status-field.ts";

interface ListView {
  summary: string;
  sortable: string[];
  /** The order a list opens in, the way editors think of it (course order, newest first). */
  opensSortedBy?: { field: string; direction: "asc" | "desc" };
  /** Top-level select fields to offer one filter per value for. */
  filterBy?: string[];
  /** Group the list by year, from a date-like field. */
  groupByYear?: string;
}

export const LIST_VIEWS: Record<string, ListView> = {
  modules: {
    summary: "{{order}}. {{title}}",
    sortable: ["order", "title", "pillar"],
    opensSortedBy: { field: "order", direction: "asc" },
    filterBy: ["pillar"],
  },
  // Period and area tell case studies apart; the newest first. The status is not in the
  // summary: Decap would print its code ("draft") on the card, also on the workflow board where
  // "Draft" names the change; the filters name it in words (CASE_STUDY_STATUS_FILTERS).
  "case-studies": {
    summary: "{{title}} · {{period}} · {{area}}",
    sortable: ["period", "title", "status"],
    opensSortedBy: { field: "period", direction: "desc" },
    filterBy: ["status", "area"],
  },
  pages: { summary: "{{title}}", sortable: ["title"] },
  decrees: { summary: "{{number}} · {{shortTitle.id}}", sortable: ["year"] },
  // Date and venue tell activities apart; the newest first.
  activities: {
    summary: "{{date}} · {{kelurahan}} · {{venue}} · {{title.id}}",
    sortable: ["date", "kelurahan", "pillar"],
    opensSortedBy: { field: "date", direction: "desc" },
    filterBy: ["kelurahan", "pillar", "activityType"],
    groupByYear: "date",
  },
  teams: { summary: "{{kelurahan}} ({{kecamatan}})", sortable: ["kelurahan"] },
  "action-plan": {
    summary: "{{order}}. {{objective.id}} · {{status}}",
    sortable: ["order", "dueDate", "status"],
    opensSortedBy: { field: "order", direction: "asc" },
    filterBy: ["status", "pillar"],
  },
  "case-stats": { summary: "{{period}}", sortable: ["period"] },
  glossary: { summary: "{{term.id}}", sortable: ["term.id"] },
  timeline: {
    summary: "{{date}} · {{title.id}}",
    sortable: ["date"],
    opensSortedBy: { field: "date", direction: "desc" },
    filterBy: ["pillar"],
    groupByYear: "date",
  },
};

/**
 * The list settings for one collection, filters spelled out from the schema's allowed values.
 * @example listViewFor("activities", activitySchema, labeller).view_filters[0] // { label: "Benda Baru", field: "kelurahan", pattern: "^benda-baru$" }
 */
export function listViewFor(collection: string, schema: SchemaNode, labeller: OptionLabeller): Record<string, unknown> {
  const view = LIST_VIEWS[collection];
  if (!view) return {};
  const filters = (view.filterBy ?? []).flatMap((field) => {
    const node = schema.properties?.[field];
    if (!node || !Array.isArray(node.enum)) return [];
    const definition = typeof node["x-def"] === "string" ? node["x-def"] : undefined;
    const options =
      collection === "case-studies" && field === "status" ? CASE_STUDY_STATUS_FILTERS : labeller.options(node.enum, [field, definition]);
    return options.map((option) => ({ label: option.label, field, pattern: `^${option.value}$` }));
  });
  return {
    summary: view.summary,
    // Decap opens a list in the order of the one sortable field that has `default_sort`.
    sortable_fields: view.sortable.map((field) =>
      field === view.opensSortedBy?.field ? { field, default_sort: view.opensSortedBy.direction } : field,
    ),
    ...(filters.length > 0 ? { view_filters: filters } : {}),
    ...(view.groupByYear ? { view_groups: [{ label: "Year — Tahun", field: view.groupByYear, pattern: "^\\d{4}" }] } : {}),
  };
}
