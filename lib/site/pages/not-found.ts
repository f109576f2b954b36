/**
 * "Page not found" pages: one per language (/id/404.html, /en/404.html) for hosts that can
 * serve a 404 per folder, and a bilingual /404.html for hosts (and Eleventy's dev server)
 * that serve one 404 page for the whole site.
 */
import { notFoundUrl, ROOT_NOT_FOUND_URL, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { NotFoundPage, RootPage } from "../types.ts";

/**
 * @example buildNotFoundPages(context).map((page) => page.url) // ["/id/404.html", "/en/404.html", "/404.html"]
 */
export function buildNotFoundPages(context: SiteContext): (NotFoundPage | RootPage)[] {
  const [first = "id"] = context.languages;
  const homes = context.languages.map((lang) => ({ lang, url: sectionUrl("home", lang) }));
  return [
    ...context.languages.map((lang): NotFoundPage => ({
      type: "not-found",
      url: notFoundUrl(lang),
      lang,
      title: context.t(lang, "notFound.title"),
      description: context.t(lang, "notFound.description"),
      alternates: context.languages.map((other) => ({ lang: other, url: notFoundUrl(other) })),
      missingTranslations: [],
      section: null,
      inSitemap: false,
    })),
    {
      type: "root-not-found",
      url: ROOT_NOT_FOUND_URL,
      lang: first,
      title: context.languages.map((lang) => context.t(lang, "notFound.title")).join(" · "),
      description: context.t(first, "notFound.description"),
      alternates: [],
      missingTranslations: [],
      section: null,
      inSitemap: false,
      homes,
    },
  ];
}
