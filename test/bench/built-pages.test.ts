import { describe, expect, it } from "vitest";
import { builtPages } from "../../bench/built-pages.ts";

describe("builtPages", () => {
  it("keeps the HTML pages Eleventy wrote, and nothing else", () => {
    expect(
      builtPages([
        { url: "/id/", outputPath: "_site/id/index.html", content: "<html lang=id>" },
        { url: "/sitemap.xml", outputPath: "_site/sitemap.xml", content: "<urlset>" },
        { url: false, outputPath: false, content: "" },
        { url: "/id/404.html", outputPath: "_site/id/404.html", content: "<html lang=id>404" },
      ]),
    ).toEqual([
      { url: "/id/", content: "<html lang=id>" },
      { url: "/id/404.html", content: "<html lang=id>404" },
    ]);
    expect(builtPages(undefined)).toEqual([]);
  });
});
