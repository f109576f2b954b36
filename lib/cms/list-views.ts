/**
 * How each collection's list looks in the CMS: a one-line summary per entry, the fields it can
 * be sorted by, filters and groups. Activities grow by dozens a year, so they get the most.
 * Filters are generated from the schema's own values, so a new kelurahan or pillar appears here
 * after `npm run cms:config` without editing this file.
 */
import type { OptionLabeller } from "./option-labels.ts";
import type { SchemaNode } from "./schema-tree.ts";

interface ListView {
  summary: string;
  sortable: string[];
  /** Top-level select fields to offer one filter per value for. */
  filterBy?: string[];
  /** Group the list by year, from a date-like field. */
  groupByYear?: string;
}

export const LIST_VIEWS: Record<string, ListView> = {
  modules: { summary: "{{order}}. {{title}}", sortable: ["order", "title", "pillar"], filterBy: ["pillar"] },
  "case-studies": { summary: "{{title}} · {{period}} · {{status}}", sortable: ["title", "period", "status"], filterBy: ["status", "area"] },
  pages: { summary: "{{title}}", sortable: ["title"] },
  decrees: { summary: "{{number}} · {{shortTitle.id}}", sortable: ["year"] },
  activities: { summary: "{{date}} · {{kelurahan}} · {{title.id}}", sortable: ["date", "kelurahan", "pillar"], filterBy: ["kelurahan", "pillar", "activityType"], groupByYear: "date" },
  teams: { summary: "{{kelurahan}} ({{kecamatan}})", sortable: ["kelurahan"] },
  "action-plan": { summary: "{{order}}. {{objective.id}} · {{status}}", sortable: ["order", "dueDate", "status"], filterBy: ["status", "pillar"] },
  "case-stats": { summary: "{{period}}", sortable: ["period"] },
  glossary: { summary: "{{term.id}}", sortable: ["term.id"] },
  timeline: { summary: "{{date}} · {{title.id}}", sortable: ["date"], filterBy: ["pillar"], groupByYear: "date" },
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
    return labeller.options(node.enum, [field, definition]).map((option) => ({ label: option.label, field, pattern: `^${option.value}$` }));
  });
  return {
    summary: view.summary,
    sortable_fields: view.sortable,
    ...(filters.length > 0 ? { view_filters: filters } : {}),
    ...(view.groupByYear ? { view_groups: [{ label: "Year — Tahun", field: view.groupByYear, pattern: "^\\d{4}" }] } : {}),
  };
}
