import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ACTIVITIES_FOLDER, type ExistingActivities, existingActivitiesFrom, type StoredFile } from "./existing-activities.ts";

/**
 * The activities stored under a project root, for `npm run import`.
 * @example const existing = readExistingActivities(root); existing.hashes.has(hash)
 */
export function readExistingActivities(root: string): ExistingActivities {
  const folder = path.join(root, ACTIVITIES_FOLDER);
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return existingActivitiesFrom([]);
  }
  function* files(): Generator<StoredFile | string> {
    for (const name of names) {
      if (!name.endsWith(".json") || name.startsWith(".")) {
        yield name;
        continue;
      }
      let text: string;
      try {
        text = readFileSync(path.join(folder, name), "utf8");
      } catch {
        yield name;
        continue;
      }
      yield { name, text };
    }
  }
  return existingActivitiesFrom(files());
}
