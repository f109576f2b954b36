/* The service worker of one language (/id/sw.js, /en/sw.js), whose scope is that language's
 * pages. The build writes `self.PRECACHE = { lang, version, urls }` above this file's text
 * (lib/eleventy/offline-cache.ts); everything else is here, as plain browser JavaScript.
 *
 * - install: stores every precached file in a cache named after the build's version. A new
 *   build has a new version, so its service worker installs next to the old one, and
 * - activate: deletes every older cache of this language, then takes over open pages.
 * - fetch: precached files come from the cache first (pages open instantly on a weak signal;
 *   they are refreshed with each new build). Any other page of the site is fetched from the
 *   network and kept for later; without a network, the kept copy, or the offline page.
 *   The site's full search index (/pagefind/) is left to the browser and never kept: online
 *   searches would otherwise pile its pieces up on the device, and offline a search over a
 *   few kept pieces would quietly miss pages. Offline, the search page uses the offline index
 *   stored at install instead (lib/offline/offline-index.ts, templates/assets/search.js).
 */
/* global self, caches, fetch, URL, Response */
const { lang, version, urls } = self.PRECACHE;
const CACHE_PREFIX = `pustaka-${lang}-`;
const CACHE = `${CACHE_PREFIX}${version}`;
const OFFLINE_PAGE = `/${lang}/offline.html`;
const PRECACHED = new Set(urls);
const FULL_SEARCH_INDEX = "/pagefind/";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: "reload" skips the browser's HTTP cache, so files of an older build cannot slip in.
      .then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The precache key of a request: pages are stored under their folder address, without a query. */
function precacheKey(url) {
  return PRECACHED.has(url.pathname) ? url.pathname : null;
}

async function fromCacheFirst(key, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) ?? fetch(request);
}

async function fromNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
    if (kept) return kept;
    if (request.mode === "navigate") {
      const offline = await cache.match(OFFLINE_PAGE);
      if (offline) return offline;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // Only this site: anything else (there is nothing else, by the content policy) is left alone.
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(FULL_SEARCH_INDEX)) return;
  const key = precacheKey(url);
  event.respondWith(key ? fromCacheFirst(key, request) : fromNetworkFirst(request));
});
