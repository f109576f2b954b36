/**
 * `npm start` for tests: scripts/start.ts (Eleventy's dev server + decap-server) over a
 * temporary copy of the project's content and data, on free ports, writing its site into the
 * copy (never the project's content/ or _site/). Started in its own process group so that
 * `stop()` can end everything it started even when a test failed half-way.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT, TSX_IMPORT } from "./content-tree.ts";

export interface DevServer {
  /** The temporary project copy: content/ and data/ (what decap-server writes into) and _site/. */
  root: string;
  /** http://localhost:<port> — the CMS's local backend is only accepted on localhost. */
  url: string;
  cmsPort: number;
  sitePort: number;
  process: ChildProcess;
  /** Everything printed so far (for failure messages). */
  output(): string;
  /** Sends `signal` to npm start itself (as Ctrl+C would); resolves with its exit code. */
  signal(signal: NodeJS.Signals): Promise<number | null>;
  /** Ends the whole process group, whatever state it is in. */
  kill(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A temporary copy of the project's content/ and data/. */
export function copyProjectContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), "pustaka-cms-"));
  for (const folder of ["content", "data"]) cpSync(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  return root;
}

/**
 * Makes the copy a Git repository with everything committed on `main`, as `CMS_MODE=git`
 * needs (decap-server then saves on cms/… branches and merges them into main). The built site
 * is ignored, so the tree stays clean while the dev server writes it.
 */
export function commitAsRepository(root: string): void {
  writeFileSync(path.join(root, ".gitignore"), "_site/\n");
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "Tes",
    GIT_AUTHOR_EMAIL: "tes@example.org",
    GIT_COMMITTER_NAME: "Tes",
    GIT_COMMITTER_EMAIL: "tes@example.org",
  };
  for (const args of [
    ["init", "--quiet", "--initial-branch=main"],
    ["add", "--all"],
    ["commit", "--quiet", "--message", "Sample content"],
  ]) {
    execFileSync("git", args, { cwd: root, env, stdio: "pipe" });
  }
}

/** The HTTP status `url` answers with, or 0 when nothing answers. */
export async function statusOf(url: string, init?: RequestInit): Promise<number> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls `condition` every 250 ms until it holds or `timeoutMs` passes. */
export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** decap-server's API answers its "info" action. */
export const decapServerAnswers = async (port: number) =>
  (await statusOf(`http://localhost:${port}/api/v1`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ action: "info" }),
  })) === 200;

/** Eleventy's dev server answers at all (any status). */
export const siteAnswers = async (port: number) => (await statusOf(`http://localhost:${port}/`)) !== 0;

/**
 * @example const server = await startDevServer(copyProjectContent()); … await server.kill();
 */
export async function startDevServer(
  root: string,
  { timeoutMs = 150_000, cmsMode = "fs" }: { timeoutMs?: number; cmsMode?: "fs" | "git" } = {},
): Promise<DevServer> {
  const sitePort = await freePort();
  let cmsPort = await freePort();
  while (cmsPort === sitePort) cmsPort = await freePort();
  const child = spawn(process.execPath, ["--import", TSX_IMPORT, "scripts/start.ts"], {
    cwd: REPO_ROOT,
    // Its own process group: kill() reaches Eleventy and decap-server too.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(sitePort),
      DECAP_SERVER_PORT: String(cmsPort),
      PUSTAKA_CONTENT_ROOT: root,
      PUSTAKA_OUTPUT_DIR: path.join(root, "_site"),
      CMS_MODE: cmsMode,
    },
  });
  let log = "";
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://localhost:${sitePort}`;
  const server: DevServer = {
    root,
    url,
    cmsPort,
    sitePort,
    process: child,
    output: () => log,
    signal: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    kill: async () => {
      if (child.pid === undefined) return;
      for (const signal of ["SIGTERM", "SIGKILL"] as const) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          return; // the group is gone
        }
        const gone = await Promise.race([
          exited.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
        ]);
        if (gone && !groupAlive(child.pid)) return;
      }
    },
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`npm start ended (${child.exitCode}):\n${log}`);
        // The admin page's config is written after the first build, with the local backend.
        return (await statusOf(`${url}/admin/config.yml`)) === 200 && (await decapServerAnswers(cmsPort));
      },
      timeoutMs,
      `npm start to serve ${url}/admin/ and decap-server on port ${cmsPort}`,
    );
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}

/** Whether any process of the group `pgid` still exists. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether the process `pid` still exists. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
