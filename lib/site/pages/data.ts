/**
 * The data page: which tables can be downloaded from /data/, in which formats, what each holds
 * and how to open it, and the blank activity template with how to fill it in and import it.
 * The list comes from lib/site/download-tables.ts, the same list the files are written from, so the
 * page never offers a file that does not exist. Each language's page offers first the file
 * written in its language, then the other language's.
 */
import type { Language } from "../../content/content-types.ts";
import type { CsvTable } from "../../csv/export-tables.ts";
import { activityTemplates, publishedTables } from "../download-tables.ts";
import { everyLanguageBase } from "../page-base.ts";
import { toParagraphs } from "../paragraphs.ts";
import { dataFileUrl, sectionUrl } from "../../content/routes.ts";
import type { SiteContext } from "../site-context.ts";
import type { DataLinkView, DataPage } from "../types.ts";

/** The template's steps, data.template.step1 … step4 in the dictionaries. */
const TEMPLATE_STEPS = 4;

/**
 * One data page per language.
 * @example buildDataPages(context)[0].files[0].csvUrl // "/data/kegiatan.csv"
 */
export function buildDataPages(context: SiteContext): DataPage[] {
  const tables = publishedTables(context);
  const templates = activityTemplates(context);
  return context.languages.map((lang) => {
    const t = (key: string, variables?: Record<string, string | number>) => context.t(lang, key, variables);
    // The link to one language's version of a file, named in the page's language.
    const link = (table: CsvTable, fileLang: Language, title: string): DataLinkView => ({
      url: dataFileUrl(table.name),
      lang: fileLang,
      text: t(`data.csvLanguage.${fileLang}`, { title }),
    });
    const others = (byLanguage: Record<Language, CsvTable>, title: string) =>
      context.languages
        .filter((other) => other !== lang && byLanguage[other].name !== byLanguage[lang].name)
        .map((other) => link(byLanguage[other], other, title));
    const templateTitle = t("data.template.title");
    return {
      ...everyLanguageBase(context, lang, (other) => sectionUrl("data", other), "data", {
        title: t("data.title"),
        description: t("data.description"),
      }),
      type: "data",
      files: tables.map(({ key, csv, json }) => {
        const title = t(`data.${key}.title`);
        const otherLanguageCsv = others(csv, title);
        return {
          key,
          title,
          paragraphs: toParagraphs(t(`data.${key}.body`, { k: context.settings.suppressionThreshold })),
          csvUrl: dataFileUrl(csv[lang].name),
          // A table with one file per language says which language this one is in.
          csvLinkText: otherLanguageCsv.length > 0 ? link(csv[lang], lang, title).text : t("data.csvLink", { title }),
          jsonUrl: dataFileUrl(json.name),
          rowCount: csv[lang].rows.length,
          columns: csv[lang].header,
          otherLanguageCsv,
        };
      }),
      template: {
        title: templateTitle,
        paragraphs: toParagraphs(t("data.template.body")),
        steps: Array.from({ length: TEMPLATE_STEPS }, (_, i) => t(`data.template.step${i + 1}`)),
        url: dataFileUrl(templates[lang].name),
        linkText: link(templates[lang], lang, templateTitle).text,
        otherLanguage: others(templates, templateTitle),
        columns: templates[lang].header,
      },
      dashboardUrl: sectionUrl("dashboard", lang),
      threshold: context.settings.suppressionThreshold,
    };
  });
}
