import { describe, expect, it } from "vitest";
import { buildActionPlanPages, progressPercent } from "../../../lib/site/pages/action-plan.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import { actionPlanEntry, loaded, teamEntry } from "../../helpers/site-content.ts";

describe("action plan", () => {
  it("measures progress as the share of the way from baseline to target", () => {
    expect(progressPercent(2, 5, 10)).toBe(38);
    expect(progressPercent(0, 10, 10)).toBe(100);
    expect(progressPercent(0, 0, 10)).toBe(0);
  });

  it("measures progress towards a target below the baseline", () => {
    expect(progressPercent(10, 4, 0)).toBe(60);
  });

  it("keeps the bar between 0 and 100 when a value overshoots or slips back", () => {
    expect(progressPercent(0, 15, 10)).toBe(100);
    expect(progressPercent(5, 2, 10)).toBe(0);
    expect(progressPercent(3, 3, 3)).toBe(100);
  });

  it("lists items in plan order with their teams linked only when the profile is published", () => {
    const context = createSiteContext(
      loaded(
        teamEntry("jombang"),
        actionPlanEntry("later", { order: 2 }),
        actionPlanEntry("first", { order: 1, responsible: { role: { id: "x", en: "x" }, teams: ["jombang", "muncul"] } }),
      ),
    );
    const [page] = buildActionPlanPages(context);
    expect(page!.items.map((item) => item.slug)).toEqual(["first", "later"]);
    expect(page!.items[0]!.teams).toEqual([
      { kelurahan: "jombang", name: "Jombang", url: "/id/tim/jombang/" },
      { kelurahan: "muncul", name: "Muncul", url: null },
    ]);
  });
});
