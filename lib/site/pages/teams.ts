/**
 * The team profiles: an index of the four teams and one page per published profile, which
 * also gathers what the rest of the site says about that team (its activities, its items in
 * the action plan, case studies from its kelurahan).
 */
import type { Language } from "../../content/content-types.ts";
import type { Entry } from "../../content/entry.ts";
import type { TeamProfile } from "../../types/content.generated.ts";
import { activityView, countByPillar, latestFirst } from "../activity-views.ts";
import { pickVersion } from "../language-versions.ts";
import { contentEditing } from "../content-editing.ts";
import { everyLanguageBase } from "../page-base.ts";
import { toParagraphs } from "../paragraphs.ts";
import { KELURAHAN, PILLARS } from "../../content/pillars.ts";
import { actionPlanItemUrl, entryUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { Kelurahan, TeamIndexPage, TeamPage } from "../types.ts";

const RECENT_ACTIVITIES = 5;

function teamPage(context: SiteContext, kelurahan: Kelurahan, entry: Entry<TeamProfile>, lang: Language): TeamPage {
  const { data } = entry;
  const activities = context.activities.filter((activity) => activity.data.kelurahan === kelurahan);
  const name = context.t(lang, `kelurahan.${kelurahan}`);
  return {
    ...everyLanguageBase(context, lang, (other) => entryUrl("teams", other, kelurahan), "teams", {
      title: context.t(lang, "teams.pageTitle", { name }),
      description: data.focus[lang],
    }),
    type: "team",
    // A team profile records no review date.
    editing: contentEditing("team", entry.slug, null),
    kelurahan,
    name,
    kecamatan: data.kecamatan,
    formed: data.formed,
    skYear: data.skYear,
    focus: data.focus[lang],
    profileParagraphs: toParagraphs(data.profile[lang]),
    forums: data.forums,
    contact: { institution: data.contact.institution, note: data.contact.note?.[lang] ?? null },
    counts: countByPillar(activities),
    pillars: [...PILLARS],
    recentActivities: latestFirst(activities)
      .slice(0, RECENT_ACTIVITIES)
      .map((activity) => activityView(activity, lang, context.languages)),
    actionPlanItems: context.actionPlan
      .filter((item) => item.data.responsible.teams.includes(kelurahan))
      .map((item) => ({ objective: item.data.objective[lang], url: actionPlanItemUrl(lang, item.slug), status: item.data.status })),
    caseStudies: context.caseStudies
      .map((group) => pickVersion(group, lang, context.languages))
      .filter((study) => study.data.area === kelurahan)
      .map((study) => ({
        title: study.data.title,
        url: entryUrl("case-studies", study.lang as Language, study.slug),
        lang: study.lang as Language,
      })),
  };
}

/**
 * The team index in every language and a page per published team profile and language.
 * @example buildTeamPages(context).filter((page) => page.type === "team").length // 8 with four teams
 */
export function buildTeamPages(context: SiteContext): (TeamIndexPage | TeamPage)[] {
  const pages: (TeamIndexPage | TeamPage)[] = [];
  const published = KELURAHAN.flatMap((kelurahan) => {
    const entry = context.teams.get(kelurahan);
    return entry ? [{ kelurahan, entry }] : [];
  });
  for (const lang of context.languages) {
    pages.push({
      ...everyLanguageBase(context, lang, (other) => sectionUrl("teams", other), "teams", {
        title: context.t(lang, "teams.title"),
        description: context.t(lang, "teams.description"),
      }),
      type: "team-index",
      teams: published.map(({ kelurahan, entry }) => ({
        kelurahan,
        name: context.t(lang, `kelurahan.${kelurahan}`),
        url: entryUrl("teams", lang, kelurahan),
        focus: entry.data.focus[lang],
        kecamatan: entry.data.kecamatan,
      })),
    });
    for (const { kelurahan, entry } of published) pages.push(teamPage(context, kelurahan, entry, lang));
  }
  return pages;
}
