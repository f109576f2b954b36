/**
 * A built site served over HTTP (Pagefind needs HTTP, not file://) and real Chromium to open it
 * with — Debian's, as the browser tests use (support/browser.ts), never a downloaded one.
 * Each measurement runs in a fresh browser context, so nothing comes from a cache (service
 * workers are blocked, see measure). The static server does not compress, so what it sends
 * is the files as stored; what a compressing host would send is worked out per file
 * (transferBytes).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser.ts";
import { serveDirectory, type StaticServer } from "../support/static-server.ts";

/** Bytes and number of the files a measurement counted. */
export interface Fetched {
  /** The files as stored (what this uncompressing server sends). */
  bytes: number;
  /** What a compressing static host sends: see transferBytes. */
  transferBytes: number;
  files: number;
}

/**
 * The bytes a static host that compresses sends for a file (Netlify, Cloudflare Pages and
 * GitHub Pages all gzip or better): gzipped, unless the file is gzip data already, as
 * Pagefind's index, fragment, filter, metadata and WebAssembly files are. Gzip at its default
 * level, so hosts that use Brotli send somewhat less.
 * @example transferBytes(readFileSync("_site/pagefind/pagefind.js")) // about 13 KB of 47 KB
 */
export function transferBytes(bytes: Uint8Array): number {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return bytes.byteLength;
  return Math.min(bytes.byteLength, gzipSync(bytes).byteLength);
}

/** A built site served over HTTP and a browser to open it with. */
export interface SiteSession {
  browser: Browser;
  server: StaticServer;
  /**
   * Opens `address` in a fresh context, runs `act` (a search, …), and counts the files fetched
   * from opening the page to the end of `act` for which `counted` holds.
   */
  measure(address: string, act: (page: Page) => Promise<void>, counted: (request: string) => boolean): Promise<Fetched>;
  close(): Promise<void>;
}

/**
 * Serves `siteDir` and launches Chromium.
 * @example const session = await openSiteSession("_site"); … await session.close();
 */
export async function openSiteSession(siteDir: string): Promise<SiteSession> {
  const server = await serveDirectory(siteDir);
  const browser = await launchChromium();
  const sizesOf = (request: string) => {
    try {
      const bytes = readFileSync(path.join(siteDir, request));
      return { bytes: bytes.byteLength, transfer: transferBytes(bytes) };
    } catch {
      return { bytes: 0, transfer: 0 }; // a folder address, or a file the server did not have
    }
  };
  return {
    browser,
    server,
    async measure(address, act, counted) {
      // Service workers blocked: the offline cache's worker, registered by every page, fetches
      // its precache list in the background; those bytes belong to visiting the site, not to
      // the search being measured, and would land in the same request log.
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      server.requests.length = 0;
      await page.goto(`${server.url}${address}`);
      await page.waitForLoadState("networkidle");
      await act(page);
      await page.waitForLoadState("networkidle");
      const requests = server.requests.filter(counted);
      await context.close();
      const sizes = requests.map(sizesOf);
      return {
        bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
        transferBytes: sizes.reduce((sum, size) => sum + size.transfer, 0),
        files: requests.length,
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
