/**
 * Where the project's own files are, independent of the working directory: the build runs
 * Eleventy with paths relative to the working directory, which must be the project root.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (the folder holding package.json and .eleventy.ts). */
export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CONFIG_FILE = ".eleventy.ts";
export const TEMPLATES_DIR = "templates";
export const OUTPUT_DIR = "_site";

/**
 * Throws unless the working directory is the project root: Eleventy resolves its input,
 * ignores and copied files from the working directory.
 * @example assertProjectWorkingDirectory();
 */
export function assertProjectWorkingDirectory(): void {
  if (path.resolve(process.cwd()) !== PROJECT_DIR) {
    throw new Error(`Run this from the project folder (${PROJECT_DIR}), not from ${process.cwd()}`);
  }
}
