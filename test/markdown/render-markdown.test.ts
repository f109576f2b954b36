import { describe, expect, it } from "vitest";
import { isSafeUrl, renderMarkdown } from "../../lib/markdown/render-markdown.ts";

describe("renderMarkdown", () => {
  it("shows raw HTML as text instead of markup", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="javascript:alert(1)">x</a>');
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain("&lt;script&gt;");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "//evil.example/x",
  ])("does not turn %s into a link", (url) => {
    expect(renderMarkdown(`[klik](${url})`)).not.toContain("<a");
    expect(renderMarkdown(`[klik][ref]\n\n[ref]: ${url}`)).not.toContain("<a");
  });

  it("keeps http(s), mailto and site-relative links", () => {
    expect(renderMarkdown("[a](https://bnpt.go.id) [b](mailto:tim@example.org) [c](/id/glosarium/#arisan) [d](#langkah)")).toBe(
      '<p><a href="https://bnpt.go.id" target="_blank" rel="noopener noreferrer">a</a> <a href="mailto:tim@example.org">b</a> <a href="/id/glosarium/#arisan">c</a> <a href="#langkah">d</a></p>\n',
    );
  });

  it("gives every link that opens a new tab rel=noopener", () => {
    const html = renderMarkdown("Lihat https://example.org dan [sumber](http://example.org/a).");
    const targets = html.match(/<a [^>]*target="_blank"[^>]*>/g) ?? [];
    expect(targets).toHaveLength(2);
    for (const tag of targets) expect(tag).toContain('rel="noopener noreferrer"');
  });

  it("leaves template code as plain text", () => {
    expect(renderMarkdown("{{ site.secret }} {% include '/etc/passwd' %}")).toBe("<p>{{ site.secret }} {% include '/etc/passwd' %}</p>\n");
  });

  it("turns a level-one heading into a level-two heading so the page keeps one h1", () => {
    expect(renderMarkdown("# Judul\n\n## Bagian")).toBe("<h2>Judul</h2>\n<h2>Bagian</h2>\n");
  });

  it("does not load images from other sites", () => {
    expect(renderMarkdown("![peta](https://tracker.example/p.png)")).toBe("<p>peta</p>\n");
    expect(renderMarkdown("![peta](/assets/peta.png)")).toContain('<img src="/assets/peta.png" alt="peta" loading="lazy">');
  });
});

describe("isSafeUrl", () => {
  it("accepts relative paths and rejects unknown schemes", () => {
    expect(isSafeUrl("../modul/")).toBe(true);
    expect(isSafeUrl("tel:0812")).toBe(false);
  });
});
