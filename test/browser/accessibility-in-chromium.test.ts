/**
 * Accessibility in real Chromium: the built sample site, served with the headers of its own
 * `_headers` file, checked with axe-core against the WCAG 2.2 A and AA rules on every public
 * HTML page in both languages (the CMS under /admin/ is Decap's, not ours), plus colour
 * contrast in the light and the dark colour scheme and prefers-reduced-motion.
 *
 * axe is served from the site's own origin through page.route, so the pages keep their strict
 * content security policy (`script-src 'self'`) while it runs: no bypassCSP needed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../support/content-tree.ts";
import { openSampleSite, publicHtmlFiles, type SampleSite } from "../helpers/sample-site.ts";
import type { StaticServer } from "../../support/static-server.ts";

const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const AXE_PATH = "/__axe-core.js";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

let browser: Browser;
let server: StaticServer;
let out: string;
/** Every public page's address, e.g. "/id/modul/…/", "/404.html". */
let pages: string[];

let site: SampleSite;

beforeAll(async () => {
  site = await openSampleSite();
  ({ browser, server, out } = site);
  pages = publicHtmlFiles(out)
    .sort()
    .map((file) => `/${path.relative(out, file).replace(/index\.html$/, "")}`);
}, 180_000);

afterAll(async () => {
  await site?.close();
});

/**
 * A browser context that serves axe from the site's origin and keeps the language choice page
 * (which forwards to /id/ at once with a meta refresh) standing still long enough to be checked.
 */
async function auditContext(viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  await context.route(`${server.url}${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: AXE_SOURCE }),
  );
  await context.route(`${server.url}/`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, "");
    await route.fulfill({ response, body });
  });
  return context;
}

async function runAxe(page: Page, options: object): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: `${server.url}${AXE_PATH}` });
  return page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    const result = (await axe.run(document, runOptions)) as { violations: Violation[]; passes: unknown[] };
    if (result.passes.length === 0) throw new Error("axe-core checked nothing");
    return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
  }, options);
}

function describeViolations(url: string, violations: Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${url} ${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}`),
  );
}

/** A handful of pages that between them carry every colour pair the site uses. */
const REPRESENTATIVE = ["/id/", "/en/", "/404.html", "/en/dashboard/", "/id/glosarium/", "/id/linimasa/", "/en/teams/"];
function representativePages(): string[] {
  const pick = (pattern: RegExp) => pages.find((url) => pattern.test(url));
  return [
    ...REPRESENTATIVE,
    pick(/^\/en\/.*action-plan/) ?? pick(/rencana/),
    pick(/^\/id\/.*(kegiatan|activities)/),
    pick(/^\/en\/.*(search|cari)/),
    pick(/^\/id\/.*(kasus|case).+\/.+\//),
  ].filter((url): url is string => Boolean(url) && pages.includes(url!));
}

describe("accessibility in real Chromium", () => {
  it("finds the public pages of both languages in the build, and none under /admin/", () => {
    expect(pages.filter((url) => url.startsWith("/id/")).length).toBeGreaterThan(10);
    expect(pages.filter((url) => url.startsWith("/en/")).length).toBeGreaterThan(10);
    expect(pages.some((url) => url.startsWith("/admin/"))).toBe(false);
  });

  it("has no WCAG 2.2 A or AA violation that axe-core finds on any public page", async () => {
    const context = await auditContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of pages) {
      await page.goto(`${server.url}${url}`, { waitUntil: "load" });
      failures.push(...describeViolations(url, await runAxe(page, { runOnly: { type: "tag", values: WCAG_TAGS } })));
    }
    await context.close();
    expect(failures, failures.join("\n")).toEqual([]);
  }, 300_000);

  it("has no violation on a 390 px phone either, with the folded menu closed and open", async () => {
    const context = await auditContext({ width: 390, height: 844 });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of representativePages()) {
      await page.goto(`${server.url}${url}`, { waitUntil: "load" });
      failures.push(...describeViolations(url, await runAxe(page, { runOnly: { type: "tag", values: WCAG_TAGS } })));
      const toggle = page.locator("summary.site-menu__toggle");
      if ((await toggle.count()) === 0) continue;
      await toggle.click();
      failures.push(...describeViolations(`${url} (menu open)`, await runAxe(page, { runOnly: { type: "tag", values: WCAG_TAGS } })));
    }
    await context.close();
    expect(failures, failures.join("\n")).toEqual([]);
  }, 120_000);

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has enough colour contrast in the ${colorScheme} colour scheme on representative pages`, async () => {
      const context = await auditContext();
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      const failures: string[] = [];
      const backgrounds = new Set<string>();
      const urls = representativePages();
      expect(urls.length).toBeGreaterThanOrEqual(REPRESENTATIVE.length);
      for (const url of urls) {
        await page.goto(`${server.url}${url}`, { waitUntil: "load" });
        backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        failures.push(...describeViolations(url, await runAxe(page, { runOnly: { type: "rule", values: ["color-contrast"] } })));
      }
      await context.close();
      expect(failures, failures.join("\n")).toEqual([]);
      // The dark scheme really is dark, and the light one light: no page is left behind.
      const lightness = [...backgrounds].map((colour) => {
        const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3;
      });
      for (const value of lightness) {
        if (colorScheme === "dark") expect(value).toBeLessThan(80);
        else expect(value).toBeGreaterThan(200);
      }
    }, 120_000);
  }

  it("shows a visible focus outline on links, buttons and fields", async () => {
    const context = await auditContext();
    const page = await context.newPage();
    const search = pages.find((url) => /^\/id\/.*cari/.test(url)) ?? "/id/";
    await page.goto(`${server.url}${search}`);
    const unstyled: string[] = [];
    let focused = 0;
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          what: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 30) ?? ""}`,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      if (focus) focused += 1;
      if (focus && (focus.outline === "none" || focus.width < 2)) unstyled.push(focus.what);
    }
    await context.close();
    expect(focused).toBeGreaterThan(5);
    expect(unstyled).toEqual([]);
  }, 60_000);

  it("respects prefers-reduced-motion: no transition, animation or smooth scrolling under reduce", async () => {
    const context = await auditContext();
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    const moving: string[] = [];
    for (const url of representativePages()) {
      await page.goto(`${server.url}${url}`, { waitUntil: "load" });
      moving.push(
        ...(await page.evaluate((where) => {
          const seconds = (value: string) =>
            Math.max(...value.split(",").map((part) => parseFloat(part) * (part.trim().endsWith("ms") ? 0.001 : 1)));
          const found: string[] = [];
          if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") found.push(`${where} html scroll-behavior: smooth`);
          for (const element of Array.from(document.querySelectorAll("*"))) {
            for (const pseudo of [null, "::before", "::after"]) {
              const style = getComputedStyle(element, pseudo);
              const motion = Math.max(
                seconds(style.transitionDuration),
                style.animationName === "none" ? 0 : seconds(style.animationDuration),
              );
              if (motion > 0.01)
                found.push(`${where} ${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ""} moves for ${motion}s`);
            }
          }
          return found;
        }, url)),
      );
    }
    await context.close();
    expect(moving, moving.join("\n")).toEqual([]);
  }, 120_000);
});
