/**
 * `npm start` runs two servers (Eleventy's dev server and decap-server); stopping it — here with
 * SIGTERM, as a process manager or CI would; Ctrl+C (SIGINT) is covered by
 * test/browser/cms-in-chromium.test.ts — must stop both and leave no process behind.
 */
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTree } from "../../support/content-tree.ts";
import {
  copyProjectContent,
  decapServerAnswers,
  groupAlive,
  processAlive,
  siteAnswers,
  startDevServer,
  waitFor,
  type DevServer,
} from "../../support/dev-server.ts";

let root: string;
let server: DevServer;

beforeAll(async () => {
  root = copyProjectContent();
  server = await startDevServer(root);
}, 180_000);

afterAll(async () => {
  await server?.kill();
  if (root) removeTree(root);
}, 30_000);

/** The processes of a process group, by id. */
function groupMembers(pgid: number): number[] {
  const out = execFileSync("ps", ["-e", "-o", "pid=,pgid="], { encoding: "utf8" });
  return out
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, group]) => group === pgid)
    .map(([pid]) => pid!);
}

describe("npm start and the offline worker", () => {
  it("registers no offline worker, and serves one that only clears what an earlier build stored", async () => {
    const home = await (await fetch(`${server.url}/id/`)).text();
    expect(home).not.toContain("/assets/offline.js");
    const worker = await (await fetch(`${server.url}/id/sw.js`)).text();
    expect(worker).toContain("unregister()");
    expect(worker).not.toContain("PRECACHE");
  });
});

describe("stopping npm start", () => {
  it("stops Eleventy's server and decap-server on SIGTERM, and no child survives", async () => {
    const pgid = server.process.pid!;
    expect(await siteAnswers(server.sitePort)).toBe(true);
    expect(await decapServerAnswers(server.cmsPort)).toBe(true);
    const members = groupMembers(pgid);
    // npm start itself, Eleventy and decap-server at least.
    expect(members.length).toBeGreaterThanOrEqual(3);

    expect(await server.signal("SIGTERM")).toBe(0);
    await waitFor(
      async () => !(await siteAnswers(server.sitePort)) && !(await decapServerAnswers(server.cmsPort)),
      10_000,
      "both ports to close",
    );
    await waitFor(() => !groupAlive(pgid), 10_000, "every process of npm start to end");
    expect(members.filter(processAlive)).toEqual([]);
  }, 60_000);
});
