/**
 * The search-index session of a build with Pagefind driven from a worker thread
 * (search-index-worker.ts), which runs the session of index-site.ts there.
 */
import { lastExchange, startTypeScriptWorker } from "../workers/typescript-worker.ts";
import type { SearchIndexSession } from "./index-site.ts";
import type { WorkerReply, WorkerRequest } from "./search-index-messages.ts";

/**
 * The same session, with Pagefind driven from a worker thread (search-index-worker.ts): pages
 * handed over while the main thread is busy rendering reach Pagefind at once instead of when
 * the render is over.
 * @example const session = startSearchIndexInWorker(); session.add(page); … await session.finish("_site");
 */
export function startSearchIndexInWorker(): SearchIndexSession {
  const worker = startTypeScriptWorker(new URL("./search-index-worker.ts", import.meta.url));
  const send = (request: WorkerRequest) => worker.postMessage(request);
  // The exchange that ends the session, once started (finish or abandon).
  let ending: Promise<WorkerReply> | undefined;
  return {
    add: (page) => send({ type: "add", page }),
    addFolder: (siteDir) => send({ type: "add-folder", siteDir }),
    async finish(siteDir) {
      ending = lastExchange<WorkerReply>(worker, { type: "finish", siteDir } satisfies WorkerRequest);
      const reply = await ending;
      if (reply.type !== "finished") throw new Error(reply.type === "failed" ? reply.message : "Pagefind stopped before writing the index");
      return { pages: reply.pages, outputPath: reply.outputPath };
    },
    async abandon() {
      // Still writing (the dev server's refresh when a newer rebuild starts), or already done:
      // stop the thread where it is. Its Pagefind process loses its input with it; nothing is
      // left to reap it (unlike a session that ends normally, see lastExchange).
      if (ending) {
        await worker.terminate();
        return;
      }
      ending = lastExchange<WorkerReply>(worker, { type: "abandon" } satisfies WorkerRequest);
      await ending;
    },
  };
}
