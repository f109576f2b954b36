/* The service worker `npm start` serves (lib/eleventy/offline-cache.ts). The dev server keeps no
 * offline copy, so an editor always sees the page just rebuilt; a worker that an earlier build
 * left at this address (a built site once served on the same port) is replaced by this one,
 * which deletes the site's caches and unregisters itself.
 */
/* global self, caches */
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("pustaka-")).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
