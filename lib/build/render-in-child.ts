/**
 * Runs the check and the render of `npm run build` (render-child.ts) in a child process and
 * reads back what it found. The child is started with the same TypeScript loader as this
 * process (`--import tsx`, resolved from the project folder).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_DIR } from "../content/project-paths.ts";
import type { RenderOutcome } from "./render-child.ts";

const RENDER_CHILD = fileURLToPath(new URL("./render-child.ts", import.meta.url));

/**
 * @example const outcome = await renderInChildProcess(process.cwd(), "_site.tmp-1234");
 */
export async function renderInChildProcess(root: string, outDir: string): Promise<RenderOutcome> {
  const scratch = mkdtempSync(path.join(tmpdir(), "pustaka-render-"));
  const resultFile = path.join(scratch, "outcome.json");
  try {
    const child = spawn(process.execPath, ["--import", "tsx", RENDER_CHILD, root, outDir, resultFile], {
      cwd: PROJECT_DIR,
      stdio: ["ignore", "inherit", "inherit"],
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on("error", reject);
      child.on("exit", (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    if (code !== 0) throw new Error(`The render stopped (${signal ? `signal ${signal}` : `exit code ${code}`}); its messages are above.`);
    return JSON.parse(readFileSync(resultFile, "utf8")) as RenderOutcome;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
