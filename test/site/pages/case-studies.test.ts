import { describe, expect, it } from "vitest";
import { buildCaseStudyPages, caseStudyList } from "../../../lib/site/pages/case-studies.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import type { CaseStudyPage } from "../../../lib/site/types.ts";
import { caseStudyEntry, loaded, teamEntry } from "../../helpers/site-content.ts";

describe("case-study pages", () => {
  const context = createSiteContext(
    loaded(
      teamEntry("jombang"),
      caseStudyEntry("older", "id", { period: "2022-Q4", area: "jombang" }),
      caseStudyEntry("newer", "id", { period: "2023-Q3", area: "muncul" }),
      caseStudyEntry("newer", "en", { period: "2023-Q3", area: "muncul" }),
      caseStudyEntry("hidden", "id", { area: "not-disclosed", outcome: "First.\n\nSecond." }),
    ),
  );
  const pages = buildCaseStudyPages(context);
  const page = (url: string) => pages.find((candidate) => candidate.url === url) as CaseStudyPage;

  it("lists the most recent period first, in the reader's language where it exists", () => {
    expect(caseStudyList(context, "en").map((item) => [item.slug, item.lang])).toEqual([
      ["newer", "en"],
      ["hidden", "id"],
      ["older", "id"],
    ]);
  });

  it("links the area to its team only when the team's profile is published", () => {
    expect(page("/id/studi-kasus/older/").areaTeam).toEqual({ kelurahan: "jombang", name: "Jombang", url: "/id/tim/jombang/" });
    expect(page("/id/studi-kasus/newer/").areaTeam?.url).toBeNull();
    expect(page("/id/studi-kasus/hidden/").areaTeam).toBeNull();
  });

  it("splits plain-text fields into paragraphs instead of passing them on as HTML", () => {
    expect(page("/id/studi-kasus/hidden/").outcomeParagraphs).toEqual(["First.", "Second."]);
  });
});
