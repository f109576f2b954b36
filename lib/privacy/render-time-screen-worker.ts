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
  { type: "page"; file: string; html: string } | { type: "file"; file: string; absolute: string } | { type: "finish" };
export type PageScreenReply = { type: "findings"; findings: SiteFinding[] };
export interface PageScreenData {
  allowList: PrivacyAllowList;
  allowedFingerprints: string[];
}

const port = parentPort;
if (!port) throw new Error("render-time-screen-worker.ts runs as a worker thread only");
const { allowList, allowedFingerprints } = workerData as PageScreenData;
const allowed = new Set(allowedFingerprints);
const findings: SiteFinding[] = [];
port.on("message", (request: PageScreenRequest) => {
  if (request.type === "page") findings.push(...screenBuiltFile(request.file, Buffer.from(request.html), allowList, allowed));
  else if (request.type === "file") findings.push(...screenBuiltFile(request.file, readFileSync(request.absolute), allowList, allowed));
  else {
    port.postMessage({ type: "findings", findings } satisfies PageScreenReply);
    // The last reply: the thread may now end by itself (see lastExchange).
    port.unref();
  }
});
