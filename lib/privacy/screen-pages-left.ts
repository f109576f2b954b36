/**
 * Screens, on a worker thread, the built pages an earlier screen did not reach, while the
 * caller does other work. `npm run build` stops the render-time screen when the render ends
 * (its process must exit before Pagefind starts, lib/build/render-child.ts) and screens the
 * pages it had not reached here, on the other core while Pagefind indexes. Only saves time:
 * the last gate (screenSite) still reads every file and screens again any whose bytes were
 * not screened.
 */
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { startPageScreen } from "./render-time-screen.ts";
import { joinScreens, type EarlierScreen } from "./screen-site.ts";

/**
 * Resolves to both screens together, for screenSite.
 * @example const screening = screenPagesLeft(dir, allowList, fingerprints, earlier); await indexWrittenSite(dir, LANGUAGES); screenSite(dir, allowList, fingerprints, await screening);
 */
export async function screenPagesLeft(
  siteDir: string,
  allowList: PrivacyAllowList,
  allowedFingerprints: ReadonlySet<string>,
  earlier: EarlierScreen,
): Promise<EarlierScreen> {
  const pages = (readdirSync(siteDir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".html") && !earlier.screened.has(file));
  const screen = startPageScreen(siteDir, allowList, allowedFingerprints);
  try {
    for (const file of pages) {
      const absolute = path.join(siteDir, file);
      screen.add(absolute, await readFile(absolute, "utf8"));
    }
    return joinScreens(earlier, await screen.finish());
  } finally {
    await screen.abandon();
  }
}
