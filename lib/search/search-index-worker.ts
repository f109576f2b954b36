/**
 * Worker thread that owns the Pagefind session of a build (see startSearchIndexInWorker in
 * index-site-in-worker.ts). Pagefind reads pages from its standard input; written from the main thread,
 * those writes would wait until Eleventy stopped rendering and let the event loop run, so
 * Pagefind would idle during the render and do all its work afterwards. From here they go out
 * at once, and Pagefind indexes on the other core while Eleventy renders.
 */
import { parentPort } from "node:worker_threads";
import { startSearchIndex } from "./index-site.ts";
import type { WorkerReply, WorkerRequest } from "./search-index-messages.ts";

const port = parentPort;
if (!port) throw new Error("search-index-worker.ts runs as a worker thread only");
/**
 * How long the thread stays after its last reply. Pagefind's Node API stops its process without
 * waiting for it to end, and only this thread's event loop can reap it: a thread ended at once
 * leaves the process behind as a zombie, one per rebuild of the dev server.
 */
const REAP_MS = 300;

// The last reply of the session; the thread ends by itself shortly after (see lastExchange).
const reply = (message: WorkerReply) => {
  port.postMessage(message);
  port.unref();
  setTimeout(() => {}, REAP_MS);
};

try {
  const session = await startSearchIndex();
  port.on("message", (request: WorkerRequest) => {
    if (request.type === "add") session.add(request.page);
    else if (request.type === "add-folder") session.addFolder(request.siteDir);
    else if (request.type === "finish") {
      session.finish(request.siteDir).then(
        ({ pages, outputPath }) => reply({ type: "finished", pages, outputPath }),
        (error: Error) => reply({ type: "failed", message: error.message }),
      );
    } else session.abandon().then(() => reply({ type: "abandoned" }));
  });
} catch (error) {
  // Pagefind could not start: the request that ends the session gets the reason.
  port.on("message", (request: WorkerRequest) => {
    if (request.type === "finish" || request.type === "abandon") reply({ type: "failed", message: (error as Error).message });
  });
}
