/**
 * Starts a worker thread running a TypeScript module of the project. The build hands work to
 * worker threads so that it runs on the other processor core while Eleventy renders on this one
 * (the search index, the personal-data screen of the pages).
 */
import { Worker } from "node:worker_threads";

const BOOTSTRAP = new URL("./typescript-worker.mjs", import.meta.url);

/**
 * @example const worker = startTypeScriptWorker(new URL("./my-worker.ts", import.meta.url));
 */
export function startTypeScriptWorker(entry: URL, data: Record<string, unknown> = {}): Worker {
  // No inherited Node options: the bootstrap loads TypeScript itself, and options such as
  // --input-type (a build started with --eval) are refused for a worker started from a file.
  const worker = new Worker(BOOTSTRAP, { workerData: { ...data, entry: entry.href }, execArgv: [] });
  // A build that fails half-way never has its last exchange: the worker must not keep the
  // process alive then. lastExchange holds the process open while it waits for the answer.
  worker.unref();
  return worker;
}

/**
 * How long a worker may take to end by itself after its last reply before it is stopped. It
 * unrefs its port after that reply and ends once what it started has ended (Pagefind's
 * process, which the worker's own event loop must reap: stopped before that, the process would
 * stay behind as a zombie for as long as the dev server runs).
 */
const EXIT_GRACE_MS = 2_000;

/**
 * Sends `request` and waits for the worker's next message (or its crash), then for the worker
 * to end: the last exchange with a worker. The worker unrefs its port after answering.
 * @example const reply = await lastExchange<Reply>(worker, { type: "finish" });
 */
export async function lastExchange<Reply>(worker: Worker, request: unknown): Promise<Reply> {
  const exited = new Promise<number>((resolve) => worker.once("exit", resolve));
  const replied = new Promise<Reply>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    void exited.then((code) => reject(new Error(`the worker stopped (exit code ${code}) before answering`)));
  });
  worker.ref();
  worker.postMessage(request);
  try {
    return await replied;
  } finally {
    const stop = setTimeout(() => void worker.terminate(), EXIT_GRACE_MS);
    await exited;
    clearTimeout(stop);
  }
}
