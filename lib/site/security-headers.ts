/**
 * The site's security headers, defined once: the `_headers` file for static hosts (Netlify,
 * Cloudflare Pages) and the `<meta http-equiv="Content-Security-Policy">` of every public page
 * are both generated from here, so the two cannot drift apart.
 *
 * Public pages: no inline script or style, no third-party origin. Pagefind compiles its
 * WebAssembly search engine, which needs 'wasm-unsafe-eval' (not 'unsafe-eval': no JavaScript
 * eval). The admin page (Decap CMS) needs more; see ADMIN_POLICY.
 */

/** A policy as directive → sources; kept as data so tests and hosts read the same thing. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/** What every public page may do. */
export const PUBLIC_POLICY: Policy = {
  "default-src": ["'self'"],
  // search.js and Pagefind's own script from /pagefind/. 'wasm-unsafe-eval' for Pagefind's
  // WebAssembly index reader: Chromium lets instantiateStreaming from an allowed origin through
  // even without it (checked), but the CSP spec, Firefox and Safari gate all WebAssembly on it.
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  // The one bundled stylesheet; no style attributes or <style> anywhere (a build test checks).
  "style-src": ["'self'"],
  // data: for any SVG a stylesheet embeds; no remote images.
  "img-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  // Only in the header: browsers ignore frame-ancestors in a <meta> policy (see metaPolicyText).
  "frame-ancestors": ["'none'"],
  // The header search box submits to the search page on the same site.
  "form-action": ["'self'"],
};

/**
 * Decap CMS at /admin/, found by opening it in Chromium under the public policy and reading the
 * violations (test/browser/csp-in-chromium.test.ts keeps it honest):
 * - style-src 'unsafe-inline': Decap styles its interface with emotion, which injects <style>
 *   elements at run time; there is no nonce hook in the pinned build.
 * - script-src 'unsafe-eval': Decap validates config.yml with Ajv, which compiles each schema
 *   with new Function; without it the CMS stops at "Error loading the CMS configuration".
 *   Scripts still come only from 'self' (Decap is our own pinned copy in /admin/, no CDN).
 * - connect-src / img-src GitHub: the production backend (backend: github in admin/config.yml)
 *   talks to api.github.com and shows avatars and raw files from GitHub's hosts; blob: for
 *   previews of files Decap holds in memory.
 * - The browser test checks the sign-in screen under this policy; the editor behind the GitHub
 *   sign-in (and its preview pane) is not reached there, so a violation on it would show up
 *   only in production: widen this policy, with a reason, if editors report one.
 * - The GitHub sign-in opens a pop-up window at the auth provider, which a policy does not
 *   restrict; the pop-up talks back with postMessage.
 */
export const ADMIN_POLICY: Policy = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-eval'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:", "https://avatars.githubusercontent.com", "https://raw.githubusercontent.com"],
  "connect-src": ["'self'", "https://api.github.com"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
  "form-action": ["'self'"],
};

/** Headers every response gets, besides the policy. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  // Stops browsers from guessing a type other than the one the host sends (e.g. a CSV as HTML).
  "X-Content-Type-Options": "nosniff",
  // Other sites learn only that a reader came from this site, never which page.
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/**
 * @example policyText({ "default-src": ["'self'"], "object-src": ["'none'"] }) // "default-src 'self'; object-src 'none'"
 */
export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

/**
 * The policy as a <meta> element may carry it: without frame-ancestors (and the other
 * header-only directives), which browsers ignore there with a console warning. Framing is
 * refused by the header alone, so a host without custom headers (GitHub Pages) cannot refuse it.
 * @example metaPolicyText(PUBLIC_POLICY).includes("frame-ancestors") // false
 */
export function metaPolicyText(policy: Policy): string {
  const headerOnly = new Set(["frame-ancestors", "report-uri", "sandbox"]);
  return policyText(Object.fromEntries(Object.entries(policy).filter(([directive]) => !headerOnly.has(directive))));
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format: a path pattern, then indented
 * `Name: value` lines). The public policy is attached to the public paths only, never to `/*`:
 * both hosts combine every matching rule, and two policies on /admin/ would both be enforced, the
 * stricter one breaking the CMS.
 * @example headersFileText(["id", "en"]).startsWith("/*\n") // true
 */
export function headersFileText(languages: readonly string[]): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const publicPatterns = ["/", "/index.html", "/404.html", ...languages.map((lang) => `/${lang}/*`)];
  return (
    [
      "# Generated by the build from lib/site/security-headers.ts; do not edit.",
      block("/*", { ...COMMON_HEADERS }),
      ...publicPatterns.map((pattern) => block(pattern, { "Content-Security-Policy": policyText(PUBLIC_POLICY) })),
      block("/admin/*", { "Content-Security-Policy": policyText(ADMIN_POLICY) }),
    ].join("\n\n") + "\n"
  );
}

/** One rule of a `_headers` file. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file back (for the test server, and to check what the build wrote).
 * @example parseHeadersFile("/*\n  X-A: b\n") // [{ pattern: "/*", headers: { "X-A": "b" } }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(":");
      const rule = rules.at(-1);
      if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * Whether a path matches a `_headers` pattern (`*` matches anything, including slashes).
 * @example headerPatternMatches("/admin/*", "/admin/") // true
 */
export function headerPatternMatches(pattern: string, pathname: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(pathname);
}

/**
 * The headers a static host would send for `pathname`: every matching rule, in file order.
 * @example headersFor(parseHeadersFile(text), "/id/")["Content-Security-Policy"]
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => headerPatternMatches(rule.pattern, pathname)).map((rule) => rule.headers));
}
