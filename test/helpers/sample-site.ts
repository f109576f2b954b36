/**
 * The shipped sample, built once for a browser test file, served over HTTP and opened in
 * Debian's Chromium: the set-up every test/browser/*.test.ts shares.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../support/browser.ts";
import { buildInChildProcess } from "./build-in-child.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";
import { serveDirectory, type StaticServer } from "../../support/static-server.ts";

export interface SampleSite {
  /** The built site's folder. */
  out: string;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * @example const site = await openSampleSite(); await site.browser.newPage(); … await site.close();
 */
export async function openSampleSite(root: string = REPO_ROOT): Promise<SampleSite> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "pustaka-sample-")), "site");
  await buildInChildProcess(root, out);
  const server = await serveDirectory(out);
  const browser = await launchChromium();
  return {
    out,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Every public HTML page of a built site: the CMS (an app, not a page) and the search index
 * are left out.
 * @example publicHtmlFiles(site.out).length
 */
export function publicHtmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return ["admin", "pagefind"].includes(entry.name) ? [] : publicHtmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}
