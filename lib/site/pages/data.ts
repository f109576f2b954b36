/**
 * The data page: which tables can be downloaded from /data/, in which formats, what each holds
 * and how to open it. The list comes from lib/site/data-files.ts, the same list the files are
 * written from, so the page never offers a file that does not exist.
 */
import { fileName, publishedTables } from "../data-files.ts";
import { everyLanguageBase } from "../page-base.ts";
import { toParagraphs } from "../paragraphs.ts";
import { dataFileUrl, sectionUrl } from "../routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { DataPage } from "../types.ts";

/**
 * One data page per language.
 * @example buildDataPages(context)[0].files[0].csvUrl // "/data/activities.csv"
 */
export function buildDataPages(context: SiteContext): DataPage[] {
  const tables = publishedTables(context);
  return context.languages.map((lang) => ({
    ...everyLanguageBase(context, lang, (other) => sectionUrl("data", other), "data", {
      title: context.t(lang, "data.title"),
      description: context.t(lang, "data.description"),
    }),
    type: "data",
    files: tables.map(({ key, table }) => ({
      key,
      title: context.t(lang, `data.${key}.title`),
      paragraphs: toParagraphs(context.t(lang, `data.${key}.body`, { k: context.settings.suppressionThreshold })),
      csvUrl: dataFileUrl(fileName(table, "csv")),
      jsonUrl: dataFileUrl(fileName(table, "json")),
      rowCount: table.rows.length,
      columns: table.header,
    })),
    dashboardUrl: sectionUrl("dashboard", lang),
    threshold: context.settings.suppressionThreshold,
  }));
}
