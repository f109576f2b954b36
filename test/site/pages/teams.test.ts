import { describe, expect, it } from "vitest";
import { buildTeamPages } from "../../../lib/site/pages/teams.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import type { TeamPage } from "../../../lib/site/types.ts";
import { actionPlanEntry, activityEntry, caseStudyEntry, loaded, teamEntry } from "../../helpers/site-content.ts";

describe("team pages", () => {
  const pages = buildTeamPages(
    createSiteContext(
      loaded(
        teamEntry("jombang"),
        teamEntry("muncul"),
        activityEntry("a", { kelurahan: "jombang", date: "2024-01-01" }),
        activityEntry("b", { kelurahan: "muncul" }),
        actionPlanEntry("joint", { responsible: { role: { id: "x", en: "x" }, teams: ["jombang", "muncul"] } }),
        caseStudyEntry("case", "id", { area: "jombang" }),
      ),
    ),
  );
  const jombang = pages.find((page) => page.url === "/en/teams/jombang/") as TeamPage;

  it("lists the teams in the seed's order of the kelurahan", () => {
    const index = pages.find((page) => page.type === "team-index" && page.lang === "id");
    expect(index?.type === "team-index" && index.teams.map((team) => team.kelurahan)).toEqual(["jombang", "muncul"]);
  });

  it("gathers what the rest of the site says about the team", () => {
    expect(jombang.title).toBe("Tim Tangguh Jombang");
    expect(jombang.counts.total).toBe(1);
    expect(jombang.recentActivities.map((activity) => activity.slug)).toEqual(["a"]);
    expect(jombang.actionPlanItems).toEqual([{ objective: "Objective joint", url: "/en/action-plan/#joint", status: "on-track" }]);
    expect(jombang.caseStudies).toEqual([{ title: "case (id)", url: "/id/studi-kasus/case/", lang: "id" }]);
  });
});
