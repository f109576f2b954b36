/**
 * The last gate of `npm run build` (screenSite in screen-site.ts) with its work shared between
 * this thread and a worker thread: after the build nothing else runs, so the other core would
 * sit idle while this one screens the search index, which is as much text as the pages.
 * The same files are screened with the same rules; only who screens which file differs.
 */
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { lastExchange, startTypeScriptWorker } from "../workers/typescript-worker.ts";
import type { PageScreenData, PageScreenReply, PageScreenRequest } from "./render-time-screen-worker.ts";
import { inReportOrder, planSiteScreen, screenBuiltFile, type EarlierScreen, type FileToScreen, type SiteFinding } from "./screen-site.ts";

/**
 * Splits files into two shares of about the same number of bytes, largest first.
 * @example splitInTwo(files).map((share) => share.length) // [120, 118]
 */
export function splitInTwo(files: readonly FileToScreen[]): [FileToScreen[], FileToScreen[]] {
  const shares: [FileToScreen[], FileToScreen[]] = [[], []];
  const weights = [0, 0];
  for (const file of [...files].sort((a, b) => b.bytes.byteLength - a.bytes.byteLength)) {
    const lighter = weights[0]! <= weights[1]! ? 0 : 1;
    shares[lighter].push(file);
    weights[lighter]! += file.bytes.byteLength;
  }
  return shares;
}

/**
 * @example await screenSiteOnTwoCores("_site.tmp-1", allowList, fingerprints, await pageScreen.finish()) // [] when the site is clean
 */
export async function screenSiteOnTwoCores(
  siteDir: string,
  allowList: PrivacyAllowList,
  allowedFingerprints: ReadonlySet<string>,
  earlier?: EarlierScreen,
): Promise<SiteFinding[]> {
  const { toScreen, reusedFindings } = planSiteScreen(siteDir, earlier);
  const [theirs, ours] = splitInTwo(toScreen);
  const data: PageScreenData = { allowList, allowedFingerprints: [...allowedFingerprints] };
  const worker = startTypeScriptWorker(new URL("./render-time-screen-worker.ts", import.meta.url), { ...data });
  // The worker reads its files itself: passing the bytes would copy them between threads.
  for (const { file, absolute } of theirs) worker.postMessage({ type: "file", file, absolute } satisfies PageScreenRequest);
  let found: SiteFinding[];
  try {
    found = ours.flatMap(({ file, bytes }) => screenBuiltFile(file, bytes, allowList, allowedFingerprints));
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const reply = await lastExchange<PageScreenReply>(worker, { type: "finish" } satisfies PageScreenRequest);
  return inReportOrder([...found, ...reply.findings, ...reusedFindings]);
}
