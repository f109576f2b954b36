/**
 * Real Chromium for browser tests: Debian's package (installed by scripts/ensure-test-tools.sh
 * before `npm test`), driven by playwright-core. Never a downloaded browser.
 */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine's closed network refuses, many times a second.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * @example const browser = await launchChromium(); … await browser.close();
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Playwright gives every launch a fresh, empty profile of its own.
    args: FLAGS,
  });
}
