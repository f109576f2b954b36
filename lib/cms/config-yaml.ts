/**
 * Writes the CMS configuration as YAML with a comment on each key whose meaning is not obvious
 * (first occurrence only, so the file stays readable), and a header saying it is generated.
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node } from "yaml";

const HEADER = [
  " Decap CMS configuration. GENERATED from schemas/ and lib/content/content-types.ts by",
  " `npm run cms:config` — do not edit by hand: `npm run check` fails while this file is stale.",
  " This is the production configuration; `npm start` serves a copy with the local backend.",
].join("\n");

export const KEY_COMMENTS: Record<string, string> = {
  backend: " Where saves go in production: commits to this repository. Who can edit is who can push.",
  publish_mode: " Draft → in review → ready, as pull requests (needs a git backend; npm start turns it off locally).",
  site_url: " Used for the 'view live' links.",
  locale: " Decap's own words in Indonesian (lib/cms/browser/decap-locale-id.ts); /admin/?lang=en switches to English.",
  media_folder: " Required by Decap; no upload buttons are offered, as the site renders no images from content.",
  media_library: " A library with nothing in it (lib/cms/browser/admin.ts), so there is no empty Media tab.",
  i18n: " Indonesian first: content/<type>/id/<slug>.md and content/<type>/en/<slug>.md share a file name.",
  slug: " File names from titles: ASCII, lower case, hyphens.",
  identifier_field: " The field whose value names a new entry's file.",
  summary: " The line shown for each entry in the list ({{fields.x}} is a field's value).",
  sortable_fields: " Fields the list can be sorted by; the one with default_sort is the order the list opens in.",
  view_filters: " Quick filters above the list.",
  view_groups: " Group the list, here by the year at the start of the date.",
  i18n_duplicate: " i18n: duplicate — one value for both languages, copied from Indonesian into English.",
  value_type: ' Store a number, not text (the schema rejects "3").',
  sanitize_preview: " Sanitise the preview pane's HTML: Decap's preview is otherwise open to stored XSS (CVE-2025-57520).",
  picker_utc: " Keep the date as picked, whatever the editor's time zone.",
  value_field: " The stored value: the referenced entry's file name (its short name).",
  hidden: " Filled in by the CMS, not by the editor.",
};

/**
 * @example renderConfigYaml({ publish_mode: "editorial_workflow" }) // "# Decap CMS …\npublish_mode: editorial_workflow\n"
 */
export function renderConfigYaml(config: object): string {
  const document = new Document(JSON.parse(JSON.stringify(config)) as object);
  document.commentBefore = HEADER;
  const seen = new Set<string>();
  const visit = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const commentKey =
          key === "i18n" && isScalar(pair.value) && pair.value.value === "duplicate"
            ? "i18n_duplicate"
            : key === "widget" && isScalar(pair.value) && pair.value.value === "hidden"
              ? "hidden"
              : key;
        const comment = KEY_COMMENTS[commentKey];
        if (comment && !seen.has(commentKey)) {
          seen.add(commentKey);
          (pair.key as Node).commentBefore = comment;
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(document.contents);
  return document.toString({ lineWidth: 0 });
}
