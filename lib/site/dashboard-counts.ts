/**
 * The figures behind the dashboard, counted from published activities only (the site context
 * has already dropped drafts, so there is no second filter to forget). Pure counting: labels,
 * formatting and charts are the page builder's job.
 */
import type { Entry } from "../content/entry.ts";
import type { Activity } from "../types/content.generated.ts";
import type { PublishedActivity } from "./types.ts";

/** A month written YYYY-MM. */
export type Month = string;

export interface MonthCount {
  month: Month;
  activities: number;
  participants: number;
}

/**
 * Every month from the first to the last activity, months without activities included (as 0),
 * so a chart over time does not hide quiet months.
 * @example countByMonth([a("2024-01-10", 30), a("2024-03-02", 12)])
 * // [{ month: "2024-01", activities: 1, participants: 30 }, { month: "2024-02", activities: 0, participants: 0 }, { month: "2024-03", … }]
 */
export function countByMonth(activities: readonly Entry<PublishedActivity>[]): MonthCount[] {
  if (activities.length === 0) return [];
  const counts = new Map<Month, MonthCount>();
  for (const { data } of activities) {
    const month = data.date.slice(0, 7);
    const count = counts.get(month) ?? { month, activities: 0, participants: 0 };
    count.activities += 1;
    count.participants += data.participants.total;
    counts.set(month, count);
  }
  const months = [...counts.keys()].sort();
  return monthRange(months[0]!, months.at(-1)!).map((month) => counts.get(month) ?? { month, activities: 0, participants: 0 });
}

/**
 * The months from `first` to `last`, both included.
 * @example monthRange("2023-11", "2024-02") // ["2023-11", "2023-12", "2024-01", "2024-02"]
 */
export function monthRange(first: Month, last: Month): Month[] {
  const months: Month[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const end = last.split("-").map(Number) as [number, number];
  while (year < end[0] || (year === end[0] && month <= end[1])) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * Activities per value of one field, in the order of `keys` (which lists every value to show,
 * zeros included).
 * @example countBy(activities, "pillar", PILLARS) // { awareness: 12, "case-management": 4, … }
 */
export function countBy<K extends "pillar" | "kelurahan" | "forum">(
  activities: readonly Entry<PublishedActivity>[],
  field: K,
  keys: readonly Activity[K][],
): Map<Activity[K], number> {
  const counts = new Map<Activity[K], number>(keys.map((key) => [key, 0]));
  for (const { data } of activities) {
    if (counts.has(data[field])) counts.set(data[field], counts.get(data[field])! + 1);
  }
  return counts;
}
