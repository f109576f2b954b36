/**
 * Eleventy configuration: a table of contents. Each concern lives in a plugin in lib/eleventy;
 * this file only says which folders are which and which plugins run.
 *
 * Run it as `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`
 * (npm start and npm run build do): Eleventy does not look for a .ts config by itself.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSessionOf } from "./lib/build/build-session.ts";
import { resolveContentRoot } from "./lib/content/content-root.ts";
import cmsAdmin from "./lib/eleventy/cms-admin.ts";
import cssBundle from "./lib/eleventy/css-bundle.ts";
import dataFiles from "./lib/eleventy/data-files.ts";
import type { EleventyConfig } from "./lib/eleventy/eleventy-config.ts";
import filters from "./lib/eleventy/filters/index.ts";
import hardening from "./lib/eleventy/hardening.ts";
import offlineCache from "./lib/eleventy/offline-cache.ts";
import pageScreen from "./lib/eleventy/page-screen.ts";
import pruneStalePages from "./lib/eleventy/prune-stale-pages.ts";
import searchIndex from "./lib/eleventy/search-index.ts";
import securityHeaders from "./lib/eleventy/security-policy.ts";
import siteData, { createRenderPlan } from "./lib/eleventy/site-data.ts";
import staticAssets from "./lib/eleventy/static-assets.ts";

export default function configure(userConfig: UserConfig) {
  const eleventyConfig = userConfig as EleventyConfig;
  // The folder holding content/ and data/: the project, or the fixture a test builds.
  const root = resolveContentRoot();
  // `npm run build` hands over the check it has just run and the screen it feeds each page to,
  // and writes the search index and offline copy itself after the render; the dev server has
  // no session (lib/build/build-session.ts).
  const session = buildSessionOf(userConfig);

  // Safe defaults first: refuse JavaScript front matter, escape everything, fail on undefined.
  eleventyConfig.addPlugin(hardening);
  // All content arrives as the global `site`, checked and built outside Eleventy; in npm start,
  // a content edit renders only the pages it changed (the plan says which were kept).
  const plan = createRenderPlan();
  eleventyConfig.addPlugin(siteData, { root, plan, checked: session?.check });
  // t, formatDate, formatNumber, formatPeriod, … (lib/eleventy/filters/).
  eleventyConfig.addPlugin(filters);
  // The stylesheet, bundled from the components' CSS into one hashed file.
  eleventyConfig.addPlugin(cssBundle);
  // The favicon and the search page's script (templates/assets/).
  eleventyConfig.addPlugin(staticAssets);
  // The downloadable tables (CSV with BOM and formula guard, JSON) under /data/, from the site model.
  eleventyConfig.addPlugin(dataFiles);
  // The content security policy (lib/site/security-headers.ts): _headers for static hosts and each page's <meta>.
  eleventyConfig.addPlugin(securityHeaders, { root });
  // The dev server rebuilds into the same folder: remove pages this build did not write.
  eleventyConfig.addPlugin(pruneStalePages, { plan });
  // Decap CMS under /admin/ (its files, config, pre-save guard); after the pruning, which would remove its page.
  eleventyConfig.addPlugin(cmsAdmin, { root });
  // `npm run build` screens each page for personal data as it is rendered (lib/privacy/render-time-screen.ts).
  eleventyConfig.addPlugin(pageScreen, { screen: session?.pageScreen });
  // The Pagefind search index of the pages this build wrote, one per language (lib/search/).
  eleventyConfig.addPlugin(searchIndex, { skip: session?.indexLater });
  // One service worker per language keeping modules, glossary and search offline (lib/offline/);
  // after the search index, whose files it lists.
  eleventyConfig.addPlugin(offlineCache, { root, skip: session?.indexLater });
  // The steps above that run after the build run one after another, in the order added here.
  eleventyConfig.setEventEmitterMode("sequential");

  // Partials are included, never rendered on their own.
  for (const folder of ["components", "layouts", "pages"]) eleventyConfig.ignores.add(`templates/${folder}/**`);

  return {
    dir: {
      // Only the project's own templates are input; content/ and data/ never are.
      input: "templates",
      // Templates include each other by path inside templates/ (components/…, pages/…).
      includes: "",
      // No Eleventy data folder: global data comes from the site-data plugin only.
      data: "_no-eleventy-data",
      // No output folder here: Eleventy's default (_site) serves `npm start`, and a value set
      // here would override the fresh folder `npm run build` and the tests ask for.
    },
    templateFormats: ["njk"],
    // Markdown and HTML files are not templates here; even if one were added, no template
    // language would run over Markdown, and HTML would only ever go through Nunjucks.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    dataTemplateEngine: false,
  } as const;
}
