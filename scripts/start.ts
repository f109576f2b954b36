// npm start: check the content, then run Eleventy's dev server on http://localhost:8080 with
// live reload. Eleventy runs as a child `node --import tsx …` process (not through an npx
// wrapper) so that stopping npm start stops the server too; signals are passed on to it.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { formatProblems, runCheck, summarise } from "../lib/content/check.ts";
import { CONFIG_FILE, OUTPUT_DIR, assertProjectWorkingDirectory } from "../lib/build/project-paths.ts";
import { resolveContentRoot } from "../lib/eleventy/content-root.ts";

assertProjectWorkingDirectory();
// The same content root the Eleventy config will read (the project, unless PUSTAKA_CONTENT_ROOT says otherwise).
const check = runCheck(resolveContentRoot());
if (!check.ok) {
  for (const line of formatProblems(check.problems)) console.error(line);
  console.error(summarise(check));
  console.error("The site was not started. Fix the problems above and run `npm start` again.");
  process.exit(1);
}
console.log(summarise(check));

// Start from an empty output folder, so nothing from an older build (a page whose entry is
// now a draft) is served; later rebuilds prune their own stale pages.
rmSync(OUTPUT_DIR, { recursive: true, force: true });

const port = process.env.PORT ?? "8080";
const server = spawn(
  process.execPath,
  ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", `--config=${CONFIG_FILE}`, "--serve", `--port=${port}`],
  { stdio: "inherit" },
);

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
server.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
server.on("error", (error) => {
  console.error(`Could not start Eleventy: ${error.message}`);
  process.exit(1);
});
