// npm start: check the content, then run Eleventy's dev server on http://localhost:8080 with
// live reload, and decap-server (the CMS's local backend, port 8081) so that
// http://localhost:8080/admin/ edits the working copy. Both run as direct `node` children (not
// through npx wrappers) so that stopping npm start stops both; signals are passed on to them,
// and when one of them ends the other is stopped too.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { formatProblems, runCheck, summarise } from "../lib/build/check-content.ts";
import { CONFIG_FILE, OUTPUT_DIR, PROJECT_DIR, assertProjectWorkingDirectory } from "../lib/content/project-paths.ts";
import { resolveContentRoot } from "../lib/content/content-root.ts";

assertProjectWorkingDirectory();
// The same content root the Eleventy config will read (the project, unless PUSTAKA_CONTENT_ROOT says otherwise).
// The folder holding content/ and data/: the project, or PUSTAKA_CONTENT_ROOT's.
const contentRoot = resolveContentRoot();
const check = runCheck(contentRoot);
if (!check.ok) {
  for (const line of formatProblems(check.problems)) console.error(line);
  console.error(summarise(check));
  console.error("The site was not started. Fix the problems above and run `npm start` again.");
  process.exit(1);
}
console.log(summarise(check));

// Where the dev server writes the site: _site, or PUSTAKA_OUTPUT_DIR (tests run their own
// `npm start` next to each other and must not share, or empty, the project's _site).
const outputDir = process.env.PUSTAKA_OUTPUT_DIR?.trim() || OUTPUT_DIR;
// It is emptied below: never a folder that holds the project or the content.
const contains = (outer: string, inner: string) => !path.relative(path.resolve(outer), path.resolve(inner)).startsWith("..");
if (contains(outputDir, PROJECT_DIR) || contains(outputDir, contentRoot)) {
  console.error(`PUSTAKA_OUTPUT_DIR (${outputDir}) would hold the project or its content; choose a folder of its own.`);
  process.exit(1);
}
// Start from an empty output folder, so nothing from an older build (a page whose entry is
// now a draft) is served; later rebuilds prune their own stale pages.
rmSync(outputDir, { recursive: true, force: true });

const port = process.env.PORT ?? "8080";
const cmsPort = process.env.DECAP_SERVER_PORT ?? "8081";
// fs: saves are written straight into the working copy. git (CMS_MODE=git, clean tree needed):
// decap-server commits on branches, for trying the editorial workflow locally.
const cmsMode = process.env.CMS_MODE === "git" ? "git" : "fs";
const children = [
  spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "node_modules/@11ty/eleventy/cmd.cjs",
      `--config=${CONFIG_FILE}`,
      `--output=${outputDir}`,
      "--serve",
      `--port=${port}`,
    ],
    {
      stdio: "inherit",
      // The admin page's config names the local backend's port.
      env: { ...process.env, DECAP_SERVER_PORT: cmsPort },
    },
  ),
  spawn(process.execPath, ["node_modules/decap-server/dist/index.js"], {
    stdio: "inherit",
    env: { ...process.env, PORT: cmsPort, MODE: cmsMode, GIT_REPO_DIRECTORY: contentRoot },
  }),
];
console.log(`CMS: http://localhost:${port}/admin/ (decap-server on port ${cmsPort}, ${cmsMode} mode)`);

const running = () => children.filter((child) => child.exitCode === null && child.signalCode === null);
let stopping = false;
const stopAll = (signal: NodeJS.Signals) => {
  stopping = true;
  for (const child of running()) child.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stopAll(signal));
for (const child of children) {
  child.on("exit", (code, signal) => {
    // One of the two ended (stopped, or crashed): stop the other, then leave with its status.
    if (!stopping) {
      process.exitCode = code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1);
      stopAll("SIGTERM");
    }
    if (running().length === 0) process.exit(process.exitCode ?? code ?? 0);
  });
  child.on("error", (error) => {
    console.error(`Could not start the dev server or decap-server: ${error.message}`);
    process.exitCode = 1;
    stopAll("SIGTERM");
  });
}
