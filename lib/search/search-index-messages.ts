/**
 * What the build and the search-index worker thread (search-index-worker.ts) say to each other.
 * In a module of their own so that the two sides share the words without importing each other.
 */
/** A page as Eleventy wrote it: its address and its HTML. */
export interface BuiltPage {
  url: string;
  content: string;
}

export type WorkerRequest =
  { type: "add"; page: BuiltPage } | { type: "add-folder"; siteDir: string } | { type: "finish"; siteDir: string } | { type: "abandon" };
export type WorkerReply =
  { type: "finished"; pages: number; outputPath: string } | { type: "failed"; message: string } | { type: "abandoned" };
