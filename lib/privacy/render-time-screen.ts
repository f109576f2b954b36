/**
 * The personal-data screen of the built pages, started before the build and fed each page as
 * Eleventy renders it (lib/eleventy/page-screen.ts), in a worker thread: the screen runs on the
 * other core instead of after the build. It only saves time; the guarantee stays with
 * screenSite (screen-site.ts), which afterwards reads every file on disk and screens again any
 * file whose bytes are not exactly those screened here.
 *
 * `npm run build` starts one (lib/build/build-and-replace.ts) and hands it to the Eleventy
 * plugin through its build session (lib/build/build-session.ts); the dev server starts none,
 * and then the plugin does nothing.
 */
import path from "node:path";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { lastExchange, startTypeScriptWorker } from "../workers/typescript-worker.ts";
import type { PageScreenData, PageScreenReply, PageScreenRequest } from "./render-time-screen-worker.ts";
import { contentHash, type EarlierScreen } from "./screen-site.ts";

export interface PageScreen {
  /** Hands over one file (a page, or any built file's bytes) as it will be written to `outputPath`. */
  add(outputPath: string, content: string | Uint8Array): void;
  /** Waits for the worker; what it screened and found, for screenSite. */
  finish(): Promise<EarlierScreen>;
  /**
   * Stops at once: the pages not screened yet are left out (the last gate, or another screen,
   * reads them); what was screened and found, for screenSite.
   */
  stop(): Promise<EarlierScreen>;
  /** Stops the worker without waiting (a build that failed). */
  abandon(): Promise<void>;
}

/**
 * @example const screen = startPageScreen(temporary, allowList, fingerprints); await buildSite(…); screenSite(temporary, allowList, fingerprints, await screen.finish());
 */
export function startPageScreen(siteDir: string, allowList: PrivacyAllowList, allowedFingerprints: ReadonlySet<string>): PageScreen {
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  const data: PageScreenData = { allowList, allowedFingerprints: [...allowedFingerprints], stop: stopFlag.buffer as SharedArrayBuffer };
  const worker = startTypeScriptWorker(new URL("./render-time-screen-worker.ts", import.meta.url), { ...data });
  const root = path.resolve(siteDir);
  const screened = new Map<string, string>();
  const screen: PageScreen = {
    add(outputPath, content) {
      const file = path.relative(root, path.resolve(outputPath)).split(path.sep).join("/");
      // Outside this build's folder: not this build's page (never expected).
      if (file.startsWith("..")) return;
      screened.set(file, contentHash(content));
      worker.postMessage({ type: "page", file, content } satisfies PageScreenRequest);
    },
    async finish() {
      const reply = await lastExchange<PageScreenReply>(worker, { type: "finish" } satisfies PageScreenRequest);
      // Only what the worker says it read counts as screened.
      const read = new Set(reply.screened);
      return { screened: new Map([...screened].filter(([file]) => read.has(file))), findings: reply.findings };
    },
    async stop() {
      Atomics.store(stopFlag, 0, 1);
      return screen.finish();
    },
    async abandon() {
      await worker.terminate();
    },
  };
  return screen;
}
