/**
 * Worker thread of lib/privacy/render-time-screen.ts: screens each page it is sent, on the other core
 * while Eleventy renders, and answers with every finding once told the build is over. The last
 * gate (screen-site-on-two-cores.ts) sends it built files to read and screen the same way.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { screenBuiltFile, type SiteFinding } from "./screen-site.ts";

export type PageScreenRequest =
  { type: "page"; file: string; content: string | Uint8Array } | { type: "file"; file: string; absolute: string } | { type: "finish" };
/** `screened`: the pages sent as "page" that were screened (all of them, unless told to stop). */
export type PageScreenReply = { type: "findings"; findings: SiteFinding[]; screened: string[] };
export interface PageScreenData {
  allowList: PrivacyAllowList;
  allowedFingerprints: string[];
  /** One Int32 the sender sets to 1 to say "stop": pages still waiting are then left unscreened. */
  stop?: SharedArrayBuffer;
}

const port = parentPort;
if (!port) throw new Error("render-time-screen-worker.ts runs as a worker thread only");
const { allowList, allowedFingerprints, stop } = workerData as PageScreenData;
const allowed = new Set(allowedFingerprints);
const stopFlag = stop ? new Int32Array(stop) : undefined;
const findings: SiteFinding[] = [];
const screened: string[] = [];
port.on("message", (request: PageScreenRequest) => {
  if (request.type === "page") {
    if (stopFlag && Atomics.load(stopFlag, 0) === 1) return;
    const bytes =
      typeof request.content === "string"
        ? Buffer.from(request.content)
        : Buffer.from(request.content.buffer, request.content.byteOffset, request.content.byteLength);
    findings.push(...screenBuiltFile(request.file, bytes, allowList, allowed));
    screened.push(request.file);
  } else if (request.type === "file") findings.push(...screenBuiltFile(request.file, readFileSync(request.absolute), allowList, allowed));
  else {
    port.postMessage({ type: "findings", findings, screened } satisfies PageScreenReply);
    // The last reply: the thread may now end by itself (see lastExchange).
    port.unref();
  }
});
