// npm run cms:config: regenerate admin/config.yml from schemas/ and the content-type table.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR } from "../lib/content/project-paths.ts";
import { CMS_CONFIG_FILE, generateCmsConfigText } from "../lib/cms/config-staleness.ts";

writeFileSync(path.join(PROJECT_DIR, CMS_CONFIG_FILE), generateCmsConfigText(PROJECT_DIR));
console.log(`Wrote ${CMS_CONFIG_FILE}`);
