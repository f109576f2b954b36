/**
 * Whether a page reads without JavaScript: its main content, as Chromium shows it with
 * JavaScript disabled, holds every line of text the page shows with JavaScript on. A page may
 * carry a script (the offline cache, the search page's enhancement) as long as nothing a reader
 * needs depends on it. Short lines (a button label a script adds) are not counted: the reading
 * is in the headings, paragraphs and list items.
 */
import type { Browser } from "playwright-core";

/** Lines shorter than this are controls and labels, not the text being read. */
const READING_LINE = 40;

export interface NoScriptReading {
  /** Lines of main text (of READING_LINE characters or more) with JavaScript on. */
  lines: number;
  /** Of those, how many are missing or hidden with JavaScript off. */
  missing: number;
  /** Whether the page reads without JavaScript: main text present and nothing missing. */
  reads: boolean;
}

/**
 * The reading lines of the main text (innerText: only what is rendered visible).
 * @example readingLines("Modul\nSebuah paragraf yang cukup panjang untuk dibaca oleh relawan.") // ["Sebuah paragraf …"]
 */
export function readingLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim().replace(/\s+/g, " "))
    .filter((line) => line.length >= READING_LINE);
}

async function mainText(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    return await page.evaluate(() => (document.querySelector("main") as HTMLElement | null)?.innerText ?? "");
  } finally {
    await context.close();
  }
}

/**
 * Compares the main text of `url` with JavaScript on and off.
 * @example await readsWithoutJavaScript(session.browser, `${session.server.url}/id/modul/x/`) // { lines: 31, missing: 0, reads: true }
 */
export async function readsWithoutJavaScript(browser: Browser, url: string): Promise<NoScriptReading> {
  const withScript = readingLines(await mainText(browser, url, true));
  const withoutScript = new Set(readingLines(await mainText(browser, url, false)));
  const missing = withScript.filter((line) => !withoutScript.has(line)).length;
  return { lines: withScript.length, missing, reads: withScript.length > 0 && missing === 0 };
}
