/**
 * Writes the downloadable tables of the site model (`site.dataFiles`, from
 * lib/site/download-tables.ts: the export's own tables, CSV through the formula guard, and JSON,
 * and the blank activity templates)
 * to /data/ in the built site, as files Eleventy itself writes: so the dev server serves them,
 * they are rebuilt with every change, and the last privacy gate (lib/privacy/screen-site.ts)
 * screens them with the pages before anything is published.
 *
 * A virtual template rather than a template file: the files are not pages (no layout, no
 * HTML), and keeping their one line of Nunjucks here keeps templates/ to pages. The text is
 * printed `| safe` because it is CSV or JSON, not HTML: escaping would turn every quote into
 * `&quot;` and break the file. It never reaches a page.
 */
import type { EleventyConfig } from "./eleventy-config.ts";

/** Path of the virtual template inside the input folder (templates/); no file has that name. */
export const DATA_FILES_TEMPLATE = "data-files.njk";

/**
 * @example eleventyConfig.addPlugin(dataFiles);
 */
export default function dataFiles(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate(DATA_FILES_TEMPLATE, "{{ dataFile.text | safe }}", {
    pagination: { data: "site.dataFiles", size: 1, alias: "dataFile" },
    permalink: "{{ dataFile.url }}",
    eleventyExcludeFromCollections: true,
  });
}
