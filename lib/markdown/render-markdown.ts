import MarkdownIt from "markdown-it";

/**
 * The one Markdown renderer for editors' text. Content is data, never code, so:
 * - `html: false`: raw HTML (`<script>`, `<img onerror>`, comments) is shown as text;
 * - links survive only with http(s), mailto or site-relative addresses; `javascript:`,
 *   `data:`, `vbscript:`, `file:` and every other scheme are rendered as plain text;
 * - images are not rendered from other sites (they would track readers and break the CSP);
 * - links to other sites open in a new tab and always carry `rel="noopener noreferrer"`;
 * - `#` headings become `<h2>`: the page's only `<h1>` is the entry's title.
 * No template language ever runs over this text: Eleventy never sees content files.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const ALLOWED_SCHEME = /^(https?:|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether an address from content may become a link. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and leading control/space characters in URLs, so
  // "java\tscript:" is still javascript: — strip them before looking at the scheme.
  const cleaned = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, "");
  if (cleaned.startsWith("//")) return false; // protocol-relative: another site, any scheme
  return ALLOWED_SCHEME.test(cleaned) || !HAS_SCHEME.test(cleaned);
}

md.validateLink = isSafeUrl;

const isExternal = (href: string) => /^https?:\/\//i.test(href);

md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  const href = token.attrGet("href") ?? "";
  if (isExternal(href)) {
    token.attrSet("target", "_blank");
    token.attrSet("rel", "noopener noreferrer");
  }
  return self.renderToken(tokens, index, options);
};

const renderImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const src = token.attrGet("src") ?? "";
  if (!src.startsWith("/") || src.startsWith("//")) {
    return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
  }
  token.attrSet("loading", "lazy");
  return renderImage(tokens, index, options, env, self);
};

md.core.ruler.push("demote_h1", (state) => {
  for (const token of state.tokens) {
    if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
  }
});

/**
 * Renders an editor's Markdown to HTML that is safe to insert into a page as is.
 * @example renderMarkdown("Lihat [glosarium](/id/glosarium/)") // '<p>Lihat <a href="/id/glosarium/">glosarium</a></p>\n'
 */
export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}

/**
 * Renders one line of Markdown (no paragraph wrapper), for short fields such as lessons.
 * @example renderMarkdownInline("*penting*") // "<em>penting</em>"
 */
export function renderMarkdownInline(markdown: string): string {
  return md.renderInline(markdown);
}
