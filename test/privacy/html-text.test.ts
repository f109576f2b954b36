import { describe, expect, it } from "vitest";
import { htmlText } from "../../lib/privacy/html-text.ts";

describe("htmlText", () => {
  it("keeps every character at its offset, so lines and columns stay right", () => {
    const html = '<p class="lead">Satu</p>\n<p>Dua &amp; tiga</p>';
    const text = htmlText(html);
    expect(text).toHaveLength(html.length);
    expect(text.split("\n")).toHaveLength(2);
    expect(text.indexOf("Dua")).toBe(html.indexOf("Dua"));
  });

  it("keeps what readers see or follow: text, link targets, image descriptions", () => {
    const text = htmlText('<a href="mailto:tim@example.org" class="x">surat</a><img alt="foto Bu Ani" src="/f.png">');
    expect(text).toContain("mailto:tim@example.org");
    expect(text).toContain("foto Bu Ani");
    expect(text).not.toContain("class");
  });

  it("decodes entities so an escaped identifier is still seen", () => {
    expect(htmlText("0812&#45;3456&#45;7890").replace(/ /g, "")).toBe("0812-3456-7890");
  });

  it("blanks comments and markup", () => {
    expect(htmlText("<!-- x --><b>y</b>").trim()).toBe("y");
  });
});
