/**
 * `npm run build` minus the printing: check the content, build into a temporary folder next
 * to the output and swap it in. Nothing is built from content with problems, and a failed
 * build leaves the previous site untouched.
 */
import { rmSync } from "node:fs";
import { runCheck, type CheckResult } from "../content/check.ts";
import { buildSite } from "./build-site.ts";
import { replaceDirectory } from "./replace-directory.ts";

export type BuildOutcome = { built: true; check: CheckResult } | { built: false; check: CheckResult };

/**
 * @example const outcome = await buildAndReplace({ root: process.cwd(), outDir: "_site" });
 */
export async function buildAndReplace({ root, outDir }: { root: string; outDir: string }): Promise<BuildOutcome> {
  const check = runCheck(root);
  if (!check.ok) return { built: false, check };
  // Same parent folder as the output, so the final rename never crosses file systems.
  const temporary = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  try {
    await buildSite({ root, outDir: temporary });
    replaceDirectory(temporary, outDir);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return { built: true, check };
}
