import { describe, expect, it } from "vitest";
import { forumFromVenue } from "../../lib/activities/forum-from-venue.ts";
import { formatProblems, runCheck } from "../../lib/build/check-content.ts";
import { isPublished } from "../../lib/content/publication.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const result = runCheck(REPO_ROOT);
const published = result.entries.filter(isPublished);
const count = (type: string, lang?: string) => published.filter((e) => e.type === type && (!lang || e.lang === lang)).length;

describe("the shipped sample content", () => {
  it("passes every check", () => {
    expect(formatProblems(result.problems)).toEqual([]);
  });

  it("has at least eight training modules in each language, covering foundations and all four pillars", () => {
    expect(count("training-module", "id")).toBeGreaterThanOrEqual(8);
    expect(count("training-module", "en")).toBeGreaterThanOrEqual(8);
    const pillars = new Set(published.filter((e) => e.type === "training-module").map((e) => e.data.pillar));
    expect([...pillars].sort()).toEqual(["awareness", "case-management", "foundations", "policy-advocacy", "social-cohesion"]);
  });

  it("has at least four case studies in each language, all marked illustrative", () => {
    expect(count("case-study", "id")).toBeGreaterThanOrEqual(4);
    expect(count("case-study", "en")).toBeGreaterThanOrEqual(4);
    for (const entry of published.filter((e) => e.type === "case-study")) expect(entry.data.illustrative, entry.file).toBe(true);
  });

  it("has at least forty activities across the four kelurahan in 2023 and 2024", () => {
    const activities = published.filter((e) => e.type === "activity");
    expect(activities.length).toBeGreaterThanOrEqual(40);
    expect(new Set(activities.map((e) => e.data.kelurahan)).size).toBe(4);
    expect(new Set(activities.map((e) => String(e.data.date).slice(0, 4)))).toEqual(new Set(["2023", "2024"]));
  });

  it("gives every activity a venue, and the forum its words name when they name one", () => {
    for (const entry of published.filter((e) => e.type === "activity")) {
      const venue = String(entry.data.venue ?? "");
      expect(venue, entry.file).not.toBe("");
      // "Hotel di Serpong" or "Lapangan Futsal Kelurahan Jombang" name no forum: the editor's choice stands.
      const named = forumFromVenue(venue);
      if (named !== "other") expect(entry.data.forum, `${entry.file}: ${venue}`).toBe(named);
    }
  });

  it("has the four team profiles, the decree, six or more plan items and thirty or more glossary terms", () => {
    expect(published.filter((e) => e.type === "team").map((e) => e.slug).sort()).toEqual(["benda-baru", "jombang", "muncul", "pondok-kacang-timur"]);
    expect(published.find((e) => e.type === "decree")?.data.number).toBe("339.05/Kep.173-Huk/2023");
    expect(count("action-plan-item")).toBeGreaterThanOrEqual(6);
    expect(count("glossary-term")).toBeGreaterThanOrEqual(30);
  });

  it("has a timeline from 2019 to the December 2024 visit", () => {
    const dates = published.filter((e) => e.type === "timeline-event").map((e) => String(e.data.date)).sort();
    expect(dates[0]?.slice(0, 4)).toBe("2019");
    expect(dates).toContain("2024-12");
  });

  it("has the about page and the visitor guide in both languages", () => {
    const pages = published.filter((e) => e.type === "page").map((e) => `${e.lang}/${e.slug}`);
    expect(pages).toEqual(expect.arrayContaining(["id/about", "en/about", "id/visitor-guide", "en/visitor-guide"]));
  });
});
