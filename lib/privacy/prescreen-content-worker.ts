/**
 * Worker thread of prescreen-content.ts: reads the allow-list and every content file editors
 * write, as the check reads them, screens each, and answers once with what it screened.
 */
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { parseStructuredText } from "../content/parse-structured-text.ts";
import { readContentFile } from "../content/read-content-file.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { listFiles } from "../validation/load-content.ts";
import { ALLOW_LIST_FILE } from "./load-allow-list.ts";
import { isScreenedContentFile, type ScreenedFile } from "./screen-content.ts";
import { screenFile } from "./screen-file.ts";

/** [file, what was screened]: the entries of a ScreenedFiles map. */
export type PrescreenReply = [string, ScreenedFile][];

const port = parentPort;
if (!port) throw new Error("prescreen-content-worker.ts runs as a worker thread only");
const { root } = workerData as { root: string };
const reply: PrescreenReply = [];
let allowList: PrivacyAllowList | undefined;
try {
  allowList = parseStructuredText(readContentFile(path.join(root, ALLOW_LIST_FILE)), "json").data as PrivacyAllowList;
} catch {
  // An allow-list that cannot be read: the check reports it, and nothing is screened ahead.
}
if (allowList) {
  const allowListKey = JSON.stringify(allowList);
  for (const file of listFiles(root)) {
    if (!isScreenedContentFile(file)) continue;
    let text: string;
    try {
      text = readContentFile(path.join(root, file));
    } catch {
      continue; // the check reports a file it cannot read
    }
    reply.push([file, { text, allowList: allowListKey, findings: screenFile(file, text, allowList) }]);
  }
}
port.postMessage(reply);
port.unref();
