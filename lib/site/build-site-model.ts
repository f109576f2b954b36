/**
 * Builds the site model from loaded content: the one flat list of pages that the paginated
 * template renders, and that the sitemap, the A–Z index and the search index iterate. Only published entries are used (see site-context.ts).
 */
import type { LoadedContent } from "../content/entry.ts";
import { searchDataFor } from "./search-data.ts";
import { buildNavigation } from "./navigation.ts";
import { buildActionPlanPages } from "./pages/action-plan.ts";
import { buildActivitiesPages } from "./pages/activities.ts";
import { buildCaseStatisticsPages } from "./pages/case-statistics.ts";
import { buildCaseStudyPages } from "./pages/case-studies.ts";
import { buildDashboardPages } from "./pages/dashboard.ts";
import { buildDataPages } from "./pages/data.ts";
import { buildDecreePages } from "./pages/decrees.ts";
import { buildFreePages } from "./pages/free-pages.ts";
import { buildGlossaryPages } from "./pages/glossary.ts";
import { buildHomePages } from "./pages/home.ts";
import { buildLanguageChoicePage } from "./pages/language-choice.ts";
import { buildModulePages } from "./pages/modules.ts";
import { buildNotFoundPages } from "./pages/not-found.ts";
import { buildOfflinePages } from "./pages/offline.ts";
import { buildSearchPages } from "./pages/search.ts";
import { buildTeamPages } from "./pages/teams.ts";
import { buildTimelinePages } from "./pages/timeline.ts";
import { publishedDataFiles } from "./download-tables.ts";
import { createSiteContext } from "./site-context.ts";
import type { SiteModel, SitePage } from "./types.ts";

/**
 * Throws when two pages would be written to the same address: the second would silently
 * overwrite the first in the output.
 */
function assertUniqueUrls(pages: readonly SitePage[]): void {
  const seen = new Map<string, SitePage>();
  for (const page of pages) {
    const earlier = seen.get(page.url);
    if (earlier) throw new Error(`Two pages want the address ${page.url}: a ${earlier.type} page and a ${page.type} page`);
    seen.set(page.url, page);
  }
}

/**
 * The whole site as data. Call it with content that passed the check.
 * @example
 * const model = buildSiteModel(loadContent(process.cwd()));
 * model.pages.find((page) => page.url === "/id/modul/")?.type // "module-index"
 */
export function buildSiteModel(loaded: LoadedContent): SiteModel {
  const context = createSiteContext(loaded);
  const contentPages: SitePage[] = [
    buildLanguageChoicePage(context),
    ...buildHomePages(context),
    ...buildModulePages(context),
    ...buildCaseStudyPages(context),
    ...buildCaseStatisticsPages(context),
    ...buildTeamPages(context),
    ...buildActivitiesPages(context),
    ...buildActionPlanPages(context),
    ...buildDashboardPages(context),
    ...buildDataPages(context),
    ...buildDecreePages(context),
    ...buildTimelinePages(context),
    ...buildGlossaryPages(context),
    ...buildFreePages(context),
    ...buildNotFoundPages(context),
    ...buildOfflinePages(context),
  ].map((page) => ({ ...page, search: searchDataFor(context, page) }));
  // Last, because the search pages list every other page (A–Z) and their filter values.
  const pages = [...contentPages, ...buildSearchPages(context, contentPages)];
  assertUniqueUrls(pages);
  return {
    settings: context.settings,
    languages: context.languages,
    strings: context.strings,
    pages,
    navigation: buildNavigation(context),
    dataFiles: publishedDataFiles(context),
  };
}
