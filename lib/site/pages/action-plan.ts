/**
 * The follow-up action plan (Rencana Tindak Lanjut): every item with its progress from the
 * baseline towards the target, on one page per language with an anchor per item.
 */
import type { Language } from "../../content/content-types.ts";
import type { Entry } from "../../content/entry.ts";
import type { ActionPlanItem } from "../../types/content.generated.ts";
import { everyLanguageBase } from "../page-base.ts";
import { actionPlanItemUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import { teamLink } from "../team-links.ts";
import type { ActionPlanItemView, ActionPlanPage } from "../types.ts";

/**
 * How far the current value has come from the baseline towards the target, as a whole
 * percentage between 0 and 100. Works for targets below the baseline too (fewer incidents).
 * @example progressPercent(2, 5, 10) // 38
 * @example progressPercent(10, 4, 0) // 60
 */
export function progressPercent(baseline: number, current: number, target: number): number {
  // A target equal to the baseline has no direction: it is met only when the value is on it.
  if (target === baseline) return current === target ? 100 : 0;
  const share = (current - baseline) / (target - baseline);
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

function itemView(context: SiteContext, entry: Entry<ActionPlanItem>, lang: Language): ActionPlanItemView {
  const { data } = entry;
  return {
    slug: entry.slug,
    order: data.order,
    pillar: data.pillar,
    objective: data.objective[lang],
    indicator: data.indicator[lang],
    unit: data.unit[lang],
    baseline: data.baseline,
    target: data.target,
    current: data.current,
    percent: progressPercent(data.baseline, data.current, data.target),
    dueDate: data.dueDate,
    status: data.status,
    responsibleRole: data.responsible.role[lang],
    teams: data.responsible.teams.map((kelurahan) => teamLink(context, lang, kelurahan)),
    updates: data.updates.map((update) => ({ date: update.date, value: update.value, note: update.note?.[lang] ?? null })),
    url: actionPlanItemUrl(lang, entry.slug),
  };
}

/**
 * One action-plan page per language.
 * @example buildActionPlanPages(context)[0].items[0].percent // 0–100
 */
export function buildActionPlanPages(context: SiteContext): ActionPlanPage[] {
  return context.languages.map((lang) => ({
    ...everyLanguageBase(context, lang, (other) => sectionUrl("action-plan", other), "action-plan", {
      title: context.t(lang, "actionPlan.title"),
      description: context.t(lang, "actionPlan.description"),
    }),
    type: "action-plan",
    items: context.actionPlan.map((entry) => itemView(context, entry, lang)),
  }));
}
