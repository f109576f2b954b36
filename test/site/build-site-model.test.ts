import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../lib/site/build-site-model.ts";
import {
  actionPlanEntry,
  activityEntry,
  caseStudyEntry,
  decreeEntry,
  glossaryEntry,
  loaded,
  moduleEntry,
  pageEntry,
  teamEntry,
  timelineEntry,
} from "../helpers/site-content.ts";

const MARKER = "DRAFT-MARKER-5c1e";

function contentWithDrafts() {
  return loaded(
    moduleEntry("published", "id"),
    moduleEntry("published", "en"),
    moduleEntry("secret-module", "id", { draft: true, title: `${MARKER} module`, glossaryTerms: ["secret-term"] }),
    moduleEntry("half-done", "id"),
    moduleEntry("half-done", "en", { draft: true, title: `${MARKER} translation` }),
    caseStudyEntry("shown", "id"),
    caseStudyEntry("in-review", "id", { status: "in-review", title: `${MARKER} case`, area: "muncul" }),
    caseStudyEntry("not-ready", "en", { status: "draft", summary: `${MARKER} summary` }),
    pageEntry("about", "id", { navOrder: 1 }),
    pageEntry("secret-page", "id", { navOrder: 2, draft: true, title: `${MARKER} page` }),
    activityEntry("counted", { participants: { total: 10 } }),
    activityEntry("uncounted", { draft: true, participants: { total: 1000 }, title: { id: MARKER, en: MARKER } }),
    teamEntry("jombang"),
    teamEntry("muncul", { draft: true, focus: { id: MARKER, en: MARKER } }),
    glossaryEntry("arisan"),
    glossaryEntry("secret-term", { draft: true, term: { id: MARKER, en: MARKER } }),
    timelineEntry("shown-event", { highlight: true }),
    timelineEntry("secret-event", { highlight: true, draft: true, title: { id: MARKER, en: MARKER } }),
    actionPlanEntry("shown-item"),
    actionPlanEntry("secret-item", {
      draft: true,
      objective: { id: MARKER, en: MARKER },
      responsible: { role: { id: "x", en: "x" }, teams: ["jombang"] },
    }),
    decreeEntry("kepgub"),
    decreeEntry("secret-decree", { draft: true, shortTitle: { id: MARKER, en: MARKER } }),
  );
}

describe("buildSiteModel", () => {
  it("leaves drafts and unpublished case studies out of every page, list, count and menu", () => {
    const model = buildSiteModel(contentWithDrafts());
    expect(JSON.stringify(model)).not.toContain(MARKER);
    const urls = model.pages.map((page) => page.url);
    for (const slug of ["secret-module", "in-review", "not-ready", "secret-page", "muncul", "secret-decree"]) {
      expect(urls.filter((url) => url.includes(slug))).toEqual([]);
    }
    expect(urls).not.toContain("/en/modules/half-done/");
    const activities = model.pages.find((page) => page.type === "activities" && page.lang === "id");
    expect(activities?.type === "activities" && activities.totals).toMatchObject({ total: 1, participants: 10 });
  });

  it("never links to the page of a team whose profile is a draft", () => {
    const model = buildSiteModel(loaded(teamEntry("muncul", { draft: true }), activityEntry("a", { kelurahan: "muncul" })));
    const activities = model.pages.find((page) => page.type === "activities" && page.lang === "en");
    if (activities?.type !== "activities") throw new Error("no activities page");
    expect(activities.rows.find((row) => row.kelurahan === "muncul")?.url).toBeNull();
  });

  it("builds each section's pages in both languages from one flat list", () => {
    const model = buildSiteModel(contentWithDrafts());
    const urls = model.pages.map((page) => page.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        "/",
        "/404.html",
        "/id/",
        "/en/",
        "/id/404.html",
        "/en/404.html",
        "/id/modul/",
        "/en/modules/",
        "/id/modul/published/",
        "/en/modules/published/",
        "/id/studi-kasus/",
        "/en/case-studies/",
        "/id/studi-kasus/shown/",
        "/id/statistik-kasus/",
        "/en/case-statistics/",
        "/id/keputusan/",
        "/en/decree/",
        "/id/keputusan/kepgub/",
        "/en/decree/kepgub/",
        "/id/kegiatan/",
        "/en/activities/",
        "/id/tim/",
        "/en/teams/",
        "/id/tim/jombang/",
        "/en/teams/jombang/",
        "/id/rencana-tindak-lanjut/",
        "/en/action-plan/",
        "/id/glosarium/",
        "/en/glossary/",
        "/id/linimasa/",
        "/en/timeline/",
        "/id/about/",
      ]),
    );
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("refuses a free page whose file name would take over a section's address", () => {
    expect(() => buildSiteModel(loaded(pageEntry("modul", "id")))).toThrow(/content\/pages\/id\/modul\.md/);
  });

  it("keeps the sitemap to real pages: no 404, offline or redirect page is listed", () => {
    const model = buildSiteModel(contentWithDrafts());
    const unlisted = model.pages
      .filter((page) => !page.inSitemap)
      .map((page) => page.url)
      .sort();
    expect(unlisted).toEqual(["/", "/404.html", "/en/404.html", "/en/offline.html", "/id/404.html", "/id/offline.html"]);
  });

  it("gives the navigation the site's languages, each with every section", () => {
    const model = buildSiteModel(contentWithDrafts());
    expect(model.languages).toEqual(["id", "en"]);
    expect(model.navigation.id.main.map((item) => item.url)).toContain("/id/glosarium/");
    expect(model.navigation.en.sections["case-studies"]).toBe("/en/case-studies/");
  });
});
