/**
 * Reading what the CMS saved, for the Chromium tests that drive Decap against decap-server: a
 * Markdown entry's front matter, a JSON entry once it is completely written, and waiting for a
 * save to reach the disk (saying, on time-out, what Decap showed instead).
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { parse as parseYaml } from "yaml";
import { decapProblems } from "./decap.ts";
import { waitFor } from "../../support/dev-server.ts";

/** A Markdown entry's front matter. */
export function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file} has no front matter`);
  return parseYaml(match[1]!) as Record<string, unknown>;
}

/**
 * The JSON a file holds once decap-server has finished writing it, or undefined while the file
 * is missing or still partly written (decap-server writes in place, so a reader can see it half-way).
 */
export function writtenJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Waits for a save to reach the disk; on time-out, says what Decap showed and where its screenshot is. */
export async function waitForSave(page: Page, saved: () => boolean, what: string): Promise<void> {
  try {
    await waitFor(saved, 30_000, what);
  } catch (error) {
    const shown = await decapProblems(page).catch(() => []);
    const screenshot = path.join(tmpdir(), `pustaka-cms-failed-${Date.now()}.png`);
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
    throw new Error(`${(error as Error).message}\nDecap showed:\n${shown.join("\n") || "(nothing)"}\nScreenshot: ${screenshot}`, {
      cause: error,
    });
  }
}
