/**
 * Which folder holds the content/ and data/ the site is built from. Normally the project
 * itself (the working directory); tests and tools that build other content (fixtures with
 * drafts) point PUSTAKA_CONTENT_ROOT at their folder. An environment variable is used because
 * Eleventy calls the config file itself and passes it nothing but its configuration API.
 */
import path from "node:path";

export const CONTENT_ROOT_VARIABLE = "PUSTAKA_CONTENT_ROOT";

/**
 * @example resolveContentRoot({}) // process.cwd()
 * @example resolveContentRoot({ PUSTAKA_CONTENT_ROOT: "test/fixtures/site" }) // "/…/test/fixtures/site"
 */
export function resolveContentRoot(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[CONTENT_ROOT_VARIABLE];
  return path.resolve(configured && configured.trim() !== "" ? configured : process.cwd());
}
