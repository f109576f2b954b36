/**
 * `npm start` after an editor saves: the dev server renders again only the pages the edit
 * changed (lib/eleventy/site-data.ts), keeps every other page as it is on disk, removes the
 * page of an entry that became a draft, and refreshes the search index in the background.
 * A real dev server on a copy of the sample content, edited as decap-server would (a file saved).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexFileText, INDEX_FILE } from "../../lib/search/decompress-index.ts";
import { removeTree } from "../../support/content-tree.ts";
import { copyProjectContent, startDevServer, waitFor, type DevServer } from "../../support/dev-server.ts";

const EDITED = "content/case-studies/id/remaja-dan-konten-ekstrem-daring.md";
const EDITED_PAGE = "id/studi-kasus/remaja-dan-konten-ekstrem-daring/index.html";
const CASE_STUDY_INDEX = "id/studi-kasus/index.html";
const OTHER_CASE_STUDY = "content/case-studies/id/mantan-napiter-mencari-pekerjaan.md";
const OTHER_PAGE = "id/studi-kasus/mantan-napiter-mencari-pekerjaan/index.html";

let root: string;
let server: DevServer;

const site = (file: string) => path.join(root, "_site", file);
const count = (pattern: RegExp) => (server.output().match(pattern) ?? []).length;
const builds = () => count(/Wrote \d+ files?/g);
const refreshes = () => count(/\[search\] search index refreshed/g);

/**
 * Every page of the site in the output with the time it was last written. Not the CMS's own
 * admin page (rewritten after every build) nor the search index (replaced in the background).
 */
function pageTimes(): Map<string, number> {
  const files = readdirSync(site(""), { withFileTypes: true })
    .filter((entry) => !["admin", "pagefind"].includes(entry.name))
    .flatMap((entry) =>
      entry.isDirectory()
        ? readdirSync(site(entry.name), { recursive: true, encoding: "utf8" }).map((file) => path.join(entry.name, file))
        : [entry.name],
    )
    .filter((file) => file.endsWith(".html"));
  return new Map(files.map((file) => [file, statSync(site(file)).mtimeMs]));
}

/**
 * Saves `file` changed by `edit`, waits for the rebuild it starts and for the search index
 * refreshed after it, and returns the pages rewritten. (A save during a refresh abandons it:
 * the tests wait, so that each refresh ends as an editor's usually does.)
 */
async function saveAndRebuild(file: string, edit: (text: string) => string): Promise<string[]> {
  const before = pageTimes();
  const done = builds();
  const refreshed = refreshes();
  const source = path.join(root, file);
  writeFileSync(source, edit(readFileSync(source, "utf8")));
  await waitFor(() => builds() > done, 60_000, `the rebuild after saving ${file}`);
  const after = pageTimes();
  await waitFor(() => refreshes() > refreshed, 60_000, `the search index refreshed after saving ${file}`);
  return [...after].filter(([page, time]) => before.get(page) !== time).map(([page]) => page);
}

beforeAll(async () => {
  root = copyProjectContent();
  server = await startDevServer(root);
  await waitFor(() => refreshes() >= 1, 60_000, "the first search index");
}, 240_000);

afterAll(async () => {
  await server?.kill();
  if (root) removeTree(root);
}, 30_000);

describe("npm start after an edit", () => {
  it("rewrites only the edited case study's page when its text changed, and keeps every other page", async () => {
    const pagesBefore = [...pageTimes().keys()].sort();
    const rewritten = await saveAndRebuild(EDITED, (text) => `${text.trimEnd()}\n\nKalimat penandasuntingan ditambahkan.\n`);
    expect(readFileSync(site(EDITED_PAGE), "utf8")).toContain("penandasuntingan");
    expect(rewritten).toEqual([EDITED_PAGE]);
    expect([...pageTimes().keys()].sort()).toEqual(pagesBefore);
  }, 90_000);

  it("refreshes the search index afterwards, and search finds the edit", async () => {
    const fragments = () =>
      readdirSync(site("pagefind/fragment"))
        .filter((file) => INDEX_FILE.test(file))
        .map((file) => indexFileText(file, readFileSync(site(`pagefind/fragment/${file}`))));
    await waitFor(
      () => {
        try {
          return fragments().some((text) => text.includes("penandasuntingan"));
        } catch {
          return false; // the index folder is being replaced
        }
      },
      60_000,
      "the refreshed index to hold the edit",
    );
  }, 90_000);

  it("rewrites every page that shows a changed title, and no other", async () => {
    const rewritten = await saveAndRebuild(EDITED, (text) =>
      text.replace(/^title: .*$/m, 'title: "Remaja, konten ekstrem daring, dan keluarga"'),
    );
    expect(rewritten).toContain(EDITED_PAGE);
    expect(rewritten).toContain(CASE_STUDY_INDEX);
    expect(readFileSync(site(CASE_STUDY_INDEX), "utf8")).toContain("Remaja, konten ekstrem daring, dan keluarga");
    // The English pages and the modules do not show an Indonesian case study's title.
    expect(rewritten.filter((page) => page.startsWith("en/") || page.startsWith("id/modul/"))).toEqual([]);
    expect(rewritten).not.toContain(OTHER_PAGE);
  }, 90_000);

  it("removes the page of a case study turned into a draft, and keeps the others", async () => {
    await saveAndRebuild(OTHER_CASE_STUDY, (text) => text.replace(/^status: .*$/m, 'status: "draft"'));
    expect(() => statSync(site(OTHER_PAGE))).toThrow();
    expect(readFileSync(site(CASE_STUDY_INDEX), "utf8")).not.toContain("/id/studi-kasus/mantan-napiter-mencari-pekerjaan/");
    expect(statSync(site(EDITED_PAGE)).isFile()).toBe(true);
  }, 90_000);

  it("leaves no ended Pagefind process behind (a zombie per refresh) after refreshes that ran to the end", async () => {
    await waitFor(() => !/pagefind/.test(groupProcesses()), 30_000, "every Pagefind process to end");
    expect(groupProcesses()).not.toMatch(/ Z/);
  }, 60_000);
});

/** `<pid> <state> <command>` of every process of npm start's process group, one per line. */
function groupProcesses(): string {
  const pgid = server.process.pid!;
  return execFileSync("ps", ["-e", "-o", "pid=,pgid=,stat=,comm="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, group]) => Number(group) === pgid)
    .map(([pid, , state, command]) => `${pid} ${state} ${command}`)
    .join("\n");
}
