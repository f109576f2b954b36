/**
 * Puts a freshly built site in place of the old one. Two renames on the same file system:
 * a reader (a web server, the dev server) sees the old site or the new one, never a mixture,
 * and pages that are gone from the new build (an entry turned back into a draft) are gone.
 * Node has no atomic exchange of two directories; the gap between the renames is an instant
 * in which the folder is absent, never half-written.
 */
import { existsSync, renameSync, rmSync } from "node:fs";

/**
 * @example replaceDirectory("_site.tmp-1234", "_site");
 */
export function replaceDirectory(fresh: string, target: string): void {
  const retired = `${target}.old-${process.pid}-${Date.now()}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, retired);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(retired, target);
    throw error;
  }
  if (hadTarget) rmSync(retired, { recursive: true, force: true });
}
