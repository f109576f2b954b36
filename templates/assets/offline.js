// Registers the service worker of the page's language (/id/sw.js or /en/sw.js), which keeps
// the training modules, the glossary and search working without a connection. Reading a page
// never depends on this script: without it (or without service workers) the site works online.
const lang = document.documentElement.lang;
if ("serviceWorker" in navigator && /^[a-z]{2}$/.test(lang)) {
  navigator.serviceWorker.register(`/${lang}/sw.js`, { scope: `/${lang}/` }).catch(() => {
    // No offline copy this time (private window, storage full): the site still works online.
  });
}
