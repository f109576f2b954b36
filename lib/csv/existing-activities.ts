import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Activity } from "../types/content.generated.ts";
import { activityHash } from "./activity-hash.ts";

/** Where activities live, relative to the project root (see lib/content/content-types.ts). */
export const ACTIVITIES_FOLDER = "content/activities";

export interface ExistingActivities {
  /** Content fingerprints of every activity already stored, however it was entered. */
  hashes: Set<string>;
  /** File names already taken (a new file never replaces one). */
  names: Set<string>;
}

/**
 * What is already stored: each activity's fingerprint, computed from its content (so that an
 * activity typed into the CMS and later exported and re-imported is recognised) and also as
 * recorded in `source.hash`. Files that do not parse are left to `npm run check`.
 * @example const existing = readExistingActivities(root); existing.hashes.has(hash)
 */
export function readExistingActivities(root: string): ExistingActivities {
  const folder = path.join(root, ACTIVITIES_FOLDER);
  const hashes = new Set<string>();
  const names = new Set<string>();
  let files: string[] = [];
  try {
    files = readdirSync(folder);
  } catch {
    return { hashes, names };
  }
  for (const name of files) {
    names.add(name);
    if (!name.endsWith(".json") || name.startsWith(".")) continue;
    try {
      const data = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as Activity;
      if (typeof data.source?.hash === "string") hashes.add(data.source.hash);
      hashes.add(activityHash(data));
    } catch {
      // unreadable or invalid: the check reports it; it cannot be a duplicate of anything
    }
  }
  return { hashes, names };
}
