/**
 * The personal-data screen of the content, done ahead on the other core while the check reads
 * and validates the same files (`npm run build`: runCheckOnTwoCores in lib/build/check-content.ts).
 * The worker reads the files and the allow-list itself; what it hands back is used by
 * screenContent only for a file whose text is exactly the text the check read, screened with
 * exactly the allow-list the check validated (ScreenedFiles). Any other file, and every file if
 * the worker fails, is screened by the check itself: the rules and the problems are the same.
 */
import { startTypeScriptWorker } from "../workers/typescript-worker.ts";
import type { PrescreenReply } from "./prescreen-content-worker.ts";
import type { ScreenedFiles } from "./screen-content.ts";

/**
 * Starts the screen at once; the promise settles with what it screened (an empty map if it failed).
 * @example const ahead = prescreenContent(root); const loaded = loadContent(root); screenContent(loaded, allowList, await ahead);
 */
export function prescreenContent(root: string): Promise<ScreenedFiles> {
  const worker = startTypeScriptWorker(new URL("./prescreen-content-worker.ts", import.meta.url), { root });
  worker.ref();
  return new Promise<ScreenedFiles>((resolve) => {
    worker.once("message", (reply: PrescreenReply) => resolve(new Map(reply)));
    worker.once("error", () => resolve(new Map()));
    worker.once("exit", () => resolve(new Map()));
  }).finally(() => void worker.terminate());
}
