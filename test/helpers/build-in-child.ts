/**
 * Builds a content root with the real build function in a child `node --import tsx` process:
 * Eleventy loads .eleventy.ts (TypeScript) with Node's own loader, which the test worker does
 * not have, and a child process is also exactly how `npm run build` runs it.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { REPO_ROOT, TSX_IMPORT } from "../../support/content-tree.ts";

const run = promisify(execFile);

/**
 * @example await buildInChildProcess(fixtureRoot, path.join(tmp, "site"));
 */
export async function buildInChildProcess(root: string, outDir: string): Promise<void> {
  const buildSiteModule = pathToFileURL(path.join(REPO_ROOT, "lib/build/build-site.ts")).href;
  const script = `import { buildSite } from ${JSON.stringify(buildSiteModule)};
await buildSite({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(outDir)} });`;
  try {
    await run(process.execPath, ["--import", TSX_IMPORT, "--input-type=module", "--eval", script], {
      cwd: REPO_ROOT,
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`Building ${root} failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/**
 * What `npm run build` decides for a content root, run the same way (a child process): built,
 * or the personal-data findings that stopped it (masked, as the build prints them).
 * @example await publishInChildProcess(REPO_ROOT, path.join(tmp, "site")) // { built: true, findings: [] }
 */
export async function publishInChildProcess(root: string, outDir: string): Promise<{ built: boolean; findings: string[] }> {
  const module = pathToFileURL(path.join(REPO_ROOT, "lib/build/build-and-replace.ts")).href;
  const script = `import { buildAndReplace } from ${JSON.stringify(module)};
const outcome = await buildAndReplace({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(outDir)} });
const findings = outcome.built ? [] : outcome.siteFindings.map((f) => \`\${f.file}:\${f.line} \${f.kind} \${f.masked}\`);
console.log(JSON.stringify({ built: outcome.built, findings }));`;
  const { stdout } = await run(process.execPath, ["--import", TSX_IMPORT, "--input-type=module", "--eval", script], {
    cwd: REPO_ROOT,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as { built: boolean; findings: string[] };
}

/**
 * Builds with a build session as `npm run build` hands one over (lib/build/build-session.ts), in
 * a child process: the check is run first and, to show which check the build used, the title of
 * `retitle.file` is changed in that check only (never on disk). Returns the files the page screen
 * received while Eleventy rendered, and how many findings it had.
 * @example await buildWithSessionInChildProcess(REPO_ROOT, out, { file: "content/pages/id/about.md", title: "…" })
 */
export async function buildWithSessionInChildProcess(
  root: string,
  outDir: string,
  retitle: { file: string; title: string },
): Promise<{ screened: string[]; findings: number }> {
  const lib = (file: string) => JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "lib", file)).href);
  const script = `import { buildSite } from ${lib("build/build-site.ts")};
import { runCheck } from ${lib("build/check-content.ts")};
import { allowListOf } from ${lib("privacy/load-allow-list.ts")};
import { startPageScreen } from ${lib("privacy/render-time-screen.ts")};
import { allowedFingerprints } from ${lib("privacy/screen-content.ts")};
const check = runCheck(${JSON.stringify(root)});
const entry = check.entries.find((e) => e.file === ${JSON.stringify(retitle.file)});
if (!entry) throw new Error("no entry ${retitle.file}");
entry.data = { ...entry.data, title: ${JSON.stringify(retitle.title)} };
const allowList = allowListOf(check);
const pageScreen = startPageScreen(${JSON.stringify(outDir)}, allowList, allowedFingerprints(check));
await buildSite({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(outDir)}, session: { check, pageScreen } });
const earlier = await pageScreen.finish();
console.log(JSON.stringify({ screened: [...earlier.screened.keys()], findings: earlier.findings.length }));`;
  const { stdout } = await run(process.execPath, ["--import", TSX_IMPORT, "--input-type=module", "--eval", script], {
    cwd: REPO_ROOT,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as { screened: string[]; findings: number };
}
