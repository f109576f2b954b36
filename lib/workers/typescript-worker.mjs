// Entry of every worker thread the build starts (typescript-worker.ts). A worker thread does not
// get the TypeScript loader its parent was started with (`node --import tsx`), so it registers
// tsx itself, then loads the TypeScript module it was started for.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
