/**
 * The whole Decap CMS configuration, generated from schemas/ and the table of content types.
 * This is the production configuration that `npm run cms:config` writes to admin/config.yml;
 * the dev server adds the local backend to its own copy (lib/cms/dev-config.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CONTENT_TYPES, LANGUAGES } from "../content/content-types.ts";
import { collectionFor } from "./collection.ts";
import { NO_UPLOADS_LIBRARY } from "./no-uploads-library.ts";
import { optionLabeller } from "./option-labels.ts";

/**
 * Where editors' changes go in production. "Who can edit" is "who can push to this repository";
 * change `repo` (and `name` to gitea with `base_url` for a Gitea server), then run
 * `npm run cms:config`. See README, "Editing with the CMS".
 */
export const PRODUCTION_BACKEND = { name: "github", repo: "yayasan-pendamping/pustaka-tangguh", branch: "main" } as const;

/**
 * Every content type an editor writes, as a folder collection. Project data (data/site.json,
 * data/i18n, data/privacy/allow-list.json) is left out on purpose: the allow-list decides what
 * the personal-data screen lets through, so it changes only by a reviewed commit.
 * @example buildCmsConfig("/repo").collections.length // 10
 */
export function buildCmsConfig(root: string): Record<string, unknown> & { collections: Record<string, unknown>[] } {
  const labeller = optionLabeller(root);
  const site = JSON.parse(readFileSync(path.join(root, "data/site.json"), "utf8")) as { url: string };
  return {
    backend: { ...PRODUCTION_BACKEND },
    publish_mode: "editorial_workflow",
    // Decap's own words (buttons, menus, messages) in Indonesian: lib/cms/browser/decap-locale-id.ts.
    locale: "id",
    site_url: site.url,
    display_url: site.url,
    media_folder: "content/media",
    public_folder: "/media",
    // Nothing is uploaded (the site renders no images from content): a media library that offers
    // nothing, registered by lib/cms/browser/admin.ts, so Decap shows no empty Media tab.
    media_library: { name: NO_UPLOADS_LIBRARY },
    i18n: { structure: "multiple_folders", locales: [...LANGUAGES], default_locale: LANGUAGES[0] },
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: CONTENT_TYPES.filter((type) => type.editorial && type.folder.startsWith("content/")).map((type) =>
      collectionFor(type, root, labeller),
    ),
  };
}
