import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../../support/content-tree.ts";

/** A temporary copy of this project's content/ and data/ (the sample content); returns its root. */
export function copyProjectContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), "pustaka-csv-"));
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  return root;
}

/**
 * Every file under content/ and data/ (dot files and folders included) with the SHA-256 of its
 * bytes: two equal snapshots mean a byte-identical tree.
 */
export function snapshot(root: string, { includeHidden = true } = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const top of ["content", "data"]) {
    for (const dirent of readdirSync(path.join(root, top), { recursive: true, withFileTypes: true })) {
      if (!dirent.isFile()) continue;
      const file = path.relative(root, path.join(dirent.parentPath, dirent.name));
      if (!includeHidden && file.split(path.sep).some((part) => part.startsWith("."))) continue;
      files[file] = createHash("sha256")
        .update(readFileSync(path.join(root, file)))
        .digest("hex");
    }
  }
  return files;
}
