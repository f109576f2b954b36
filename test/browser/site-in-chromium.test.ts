import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSampleSite, type SampleSite } from "../helpers/sample-site.ts";
import type { StaticServer } from "../../support/static-server.ts";

let browser: Browser;
let server: StaticServer;

let site: SampleSite;

beforeAll(async () => {
  site = await openSampleSite();
  ({ browser, server } = site);
});

afterAll(async () => {
  await site?.close();
});

describe("the site in real Chromium", () => {
  it("forwards the root to the Indonesian home page without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/id/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("id");
    await context.close();
  });

  it("switches language to the same page's translation", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/id/modul/`);
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${server.url}/en/modules/`);
    expect(await page.locator("h1").count()).toBe(1);
    await page.close();
  });

  it("lets a keyboard user skip straight to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/`);
    await page.keyboard.press("Tab");
    const href = await page.locator(":focus").getAttribute("href");
    expect(href).toMatch(/^#./);
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.locator(href!).count()).toBe(1);
    await page.close();
  });
});
