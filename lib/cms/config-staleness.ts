/**
 * Whether the committed admin/config.yml still says what the schemas say. It is the project's
 * file (like schemas/), so it is always the project's copy that is compared, whichever content
 * folder is being checked.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../content/entry.ts";
import { buildCmsConfig } from "./cms-config.ts";
import { renderConfigYaml } from "./config-yaml.ts";

export const CMS_CONFIG_FILE = "admin/config.yml";

/** The text `npm run cms:config` would write. */
export function generateCmsConfigText(projectRoot: string): string {
  return renderConfigYaml(buildCmsConfig(projectRoot));
}

/**
 * @example cmsConfigProblems("/repo") // [] when admin/config.yml is current
 */
export function cmsConfigProblems(projectRoot: string): Problem[] {
  const file = path.join(projectRoot, CMS_CONFIG_FILE);
  const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (current === generateCmsConfigText(projectRoot)) return [];
  return [
    {
      file: CMS_CONFIG_FILE,
      message: {
        en: `${current === undefined ? "is missing" : "is out of date with schemas/"}: run npm run cms:config and commit the result`,
        id: `${current === undefined ? "tidak ada" : "tidak sesuai lagi dengan schemas/"}: jalankan npm run cms:config lalu commit hasilnya`,
      },
    },
  ];
}
