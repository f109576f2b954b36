/**
 * `npm run build` minus the printing: check the content, build into a temporary folder next
 * to the output, screen the built files for personal data, and only then swap them in.
 * Nothing is built from content with problems, nothing with a personal-data finding is
 * published, and a failed build leaves the previous site untouched.
 */
import { rmSync } from "node:fs";
import { runCheck, type CheckResult } from "./check-content.ts";
import { ALLOW_LIST_FILE } from "../privacy/load-allow-list.ts";
import { allowedFingerprints } from "../privacy/screen-content.ts";
import { startPageScreen } from "../privacy/render-time-screen.ts";
import { type SiteFinding } from "../privacy/screen-site.ts";
import { screenSiteOnTwoCores } from "../privacy/screen-site-on-two-cores.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { buildSite } from "./build-site.ts";
import { replaceDirectory } from "./replace-directory.ts";

export type BuildOutcome = { built: true; check: CheckResult } | { built: false; check: CheckResult; siteFindings: SiteFinding[] };

/**
 * @example const outcome = await buildAndReplace({ root: process.cwd(), outDir: "_site" });
 */
export async function buildAndReplace({ root, outDir }: { root: string; outDir: string }): Promise<BuildOutcome> {
  const check = runCheck(root);
  if (!check.ok) return { built: false, check, siteFindings: [] };
  // Same parent folder as the output, so the final rename never crosses file systems.
  const temporary = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  const allowList = check.entries.find((entry) => entry.file === ALLOW_LIST_FILE)!.data as unknown as PrivacyAllowList;
  const fingerprints = allowedFingerprints(check);
  // Pages are screened as they are rendered, on the other core; the last gate then covers every file.
  const pageScreen = startPageScreen(temporary, allowList, fingerprints);
  try {
    // The check just passed: the build uses it rather than checking everything again.
    await buildSite({ root, outDir: temporary, session: { check, pageScreen } });
    const siteFindings = await screenSiteOnTwoCores(temporary, allowList, fingerprints, await pageScreen.finish());
    if (siteFindings.length > 0) return { built: false, check, siteFindings };
    replaceDirectory(temporary, outDir);
  } finally {
    await pageScreen.abandon();
    rmSync(temporary, { recursive: true, force: true });
  }
  return { built: true, check };
}
