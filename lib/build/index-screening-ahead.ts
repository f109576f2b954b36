/**
 * The search index step of `npm run build`: Pagefind indexes the written site one language at a
 * time (lib/search/index-written-site.ts), and each language's index files are screened for
 * personal data while Pagefind indexes the next language; the other core is mostly free by
 * then. The last language's files are left to the last gate, which screens on two cores. The
 * screen is the same as the last gate's (screenBuiltFile), on the very bytes that are copied
 * into the site; the last gate still reads every file and reuses a finding only for a file
 * whose bytes are exactly those screened here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LANGUAGES } from "../content/content-types.ts";
import { startPageScreen } from "../privacy/render-time-screen.ts";
import type { EarlierScreen } from "../privacy/screen-site.ts";
import { indexWrittenSite } from "../search/index-written-site.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";

/**
 * Writes `<siteDir>/pagefind/`; resolves to what was screened ahead, for the last gate.
 * @example const indexed = await indexScreeningAhead("_site.tmp-1", allowList, fingerprints);
 */
export async function indexScreeningAhead(
  siteDir: string,
  allowList: PrivacyAllowList,
  fingerprints: ReadonlySet<string>,
): Promise<EarlierScreen> {
  const screen = startPageScreen(siteDir, allowList, fingerprints);
  try {
    await indexWrittenSite(siteDir, LANGUAGES, ({ folder, outputPath, languagesLeft }) => {
      if (languagesLeft === 0) return;
      for (const file of filesUnder(folder)) screen.add(path.join(outputPath, file), readFileSync(path.join(folder, file)));
    });
    return await screen.finish();
  } finally {
    await screen.abandon();
  }
}

/** Files under a folder, relative to it, with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}
