/**
 * `absoluteUrl`: a site path made absolute with the site's public address, for canonical and
 * hreflang links and the sitemap, which search engines want fully qualified.
 *   {{ "/id/modul/" | absoluteUrl(site.settings.url) }} → "https://…/id/modul/"
 */

/**
 * @example absoluteUrl("/id/", "https://example.org") // "https://example.org/id/"
 */
export function absoluteUrl(path: string, base: string): string {
  if (!path.startsWith("/")) throw new Error(`absoluteUrl expects a site path starting with "/", got "${path}"`);
  return new URL(path, base.endsWith("/") ? base : `${base}/`).href;
}
