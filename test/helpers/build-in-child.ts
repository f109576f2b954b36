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
