import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commitNewFiles, JOURNAL_FILE, recoverInterruptedImport, withImportLock } from "../../lib/csv/commit-files.ts";
import { removeTree } from "../../support/content-tree.ts";
import { copyProjectContent, snapshot } from "../helpers/project-copy.ts";

const roots: string[] = [];
afterEach(() => {
  roots.splice(0).forEach(removeTree);
  vi.unstubAllEnvs();
});
function project() {
  const root = copyProjectContent();
  roots.push(root);
  return root;
}
const files = Array.from({ length: 10 }, (_, i) => ({
  file: `content/activities/2024-11-0${(i % 9) + 1}-jombang-${String(i).padStart(8, "0")}.json`,
  text: `{"n": ${i}}\n`,
}));

describe("adding new content files all together or not at all", () => {
  it("adds every file, leaving no staging folder, journal or lock behind", () => {
    const root = project();
    const before = snapshot(root);
    commitNewFiles(root, files);
    const after = snapshot(root);
    expect(Object.keys(after).length).toBe(Object.keys(before).length + files.length);
    for (const [file, hash] of Object.entries(before)) expect(after[file]).toBe(hash);
    expect(readFileSync(path.join(root, files[3]!.file), "utf8")).toBe(files[3]!.text);
  });

  it.each(["stage:0", "stage:6", "move:0", "move:6"])("leaves the content byte-identical when the writer fails at %s", (point) => {
    const root = project();
    const before = snapshot(root);
    vi.stubEnv("PUSTAKA_IMPORT_FAIL_AT", point);
    expect(() => withImportLock(root, () => commitNewFiles(root, files))).toThrow(/simulated failure/);
    expect(snapshot(root)).toEqual(before);
  });

  it("never replaces an existing file: a name clash undoes the whole batch", () => {
    const root = project();
    const existing = "content/activities/2023-01-21-jombang-sosialisasi-majelis-taklim.json";
    const before = snapshot(root);
    expect(() => commitNewFiles(root, [...files, { file: existing, text: "{}\n" }])).toThrow(/EEXIST/);
    expect(snapshot(root)).toEqual(before);
  });

  it("undoes, on the next run, the files a killed import had moved (as its journal lists them)", () => {
    const root = project();
    const before = snapshot(root);
    // What a process killed in the move phase leaves: some files in place, and the journal.
    commitNewFiles(root, files);
    const journal = { files: files.map((f) => ({ file: f.file, sha256: snapshot(root)[f.file] })) };
    writeFileSync(path.join(root, JOURNAL_FILE), JSON.stringify(journal));
    // A file a person changed since is not the import's any more: it is left alone.
    writeFileSync(path.join(root, files[0]!.file), "edited by hand\n");
    expect(recoverInterruptedImport(root)).toBe(files.length - 1);
    expect(existsSync(path.join(root, JOURNAL_FILE))).toBe(false);
    const { [files[0]!.file]: edited, ...rest } = snapshot(root);
    expect(edited).toBeDefined();
    expect(rest).toEqual(before);
  });

  it("refuses to run while another live process holds the lock, and takes over a dead one's", () => {
    const root = project();
    writeFileSync(path.join(root, "content/.import-lock"), String(process.ppid));
    expect(() => withImportLock(root, () => 1)).toThrow(/another import/);
    writeFileSync(path.join(root, "content/.import-lock"), "999999999");
    expect(withImportLock(root, () => 42)).toBe(42);
    expect(existsSync(path.join(root, "content/.import-lock"))).toBe(false);
  });
});
