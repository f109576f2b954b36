// @ts-check
/**
 * The search page's script (an ES module, served as a file: the content security policy
 * allows no inline script). It does nothing until the reader searches: only then does it
 * import Pagefind (/pagefind/pagefind.js), which fetches the index of the page's language
 * (from <html lang>) piece by piece. Ordinary pages carry no script at all; their header box
 * is a plain form that opens this page with ?q=….
 *
 * The page provides everything it shows: the form (query, filters, sort) rendered from the
 * site model, and every text in data-text-* attributes from the dictionaries. Results are built
 * with DOM methods, never innerHTML; excerpts keep only Pagefind's <mark> highlighting.
 *
 * Without a connection it searches the offline index instead (/pagefind-offline/, the home
 * page, the modules and the glossary: lib/offline/offline-index.ts), which the service worker
 * stored at the first visit, and says that only those are searched. Which index is decided
 * before Pagefind is loaded, by asking the server for the full index's small entry file: a
 * full index loaded and then cut off would not fail but quietly miss every page whose piece
 * of the index it could not fetch.
 */

/** How many results are shown at first and per "more": each one costs a fragment download. */
const PAGE_SIZE = 5;
/** Pause after typing before searching, so a phone does not search on every letter. */
const TYPING_PAUSE_MS = 300;

const form = /** @type {HTMLFormElement | null} */ (document.querySelector("[data-search-form]"));
if (form) setUp(form);

/** @param {HTMLFormElement} form */
function setUp(form) {
  const status = /** @type {HTMLElement} */ (document.querySelector("[data-search-status]"));
  const list = /** @type {HTMLOListElement} */ (document.querySelector("[data-search-results]"));
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem("q"));
  const filterControls = /** @type {HTMLSelectElement[]} */ ([...form.querySelectorAll("[data-search-filter]")]);
  const sortControl = /** @type {HTMLSelectElement | null} */ (form.querySelector("[data-search-sort]"));
  const offlineNotice = /** @type {HTMLElement | null} */ (document.querySelector("[data-search-offline]"));
  const text = form.dataset;

  // The script runs: the search works, so the no-script note goes and the filters appear.
  document.querySelector("[data-search-no-script]")?.remove();
  form.querySelector("[data-search-filters]")?.removeAttribute("hidden");

  /** @type {Promise<any> | null} */
  let pagefindLoading = null;
  let latest = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let typingTimer;
  /** @type {HTMLButtonElement | null} */
  let moreButton = null;

  /**
   * Whether the full index can be fetched now. "no-cache" asks the server even when the
   * browser holds a copy, so a copy does not pass for a connection. Its entry file is the
   * first thing Pagefind fetches anyway (about 200 bytes).
   * @param {string} bundlePath
   */
  async function reachable(bundlePath) {
    try {
      return (await fetch(`${bundlePath}pagefind-entry.json`, { cache: "no-cache" })).ok;
    } catch {
      return false;
    }
  }

  /** The full index when the server answers, else the offline one (with its notice). */
  async function chooseBundle() {
    const full = text.bundlePath ?? "/pagefind/";
    const offline = text.offlineBundlePath;
    const useOffline = offline !== undefined && !(await reachable(full));
    if (offlineNotice) {
      offlineNotice.textContent = useOffline ? (text.textOffline ?? "") : "";
      offlineNotice.hidden = !useOffline;
    }
    return useOffline ? offline : full;
  }

  function loadPagefind() {
    if (!pagefindLoading) {
      pagefindLoading = chooseBundle()
        .then((bundlePath) => import(`${bundlePath}pagefind.js`))
        .then(async (pagefind) => {
          // noWorker: Pagefind searches on this page instead of in a web worker it would fetch
          // first (12 KB more). More than saving the bytes, it avoids a double download on a weak
          // signal: when its worker has not started within 5 s, Pagefind gives up on it and loads
          // everything again on the page. One query over one language's index is quick enough
          // here not to hold up the page.
          await pagefind.options({ excerptLength: 24, noWorker: true });
          return pagefind;
        });
      pagefindLoading.catch(() => {
        pagefindLoading = null; // let a later attempt retry, e.g. when the signal returns
      });
    }
    return pagefindLoading;
  }

  // The connection came or went: the next search chooses its index again (and its notice).
  for (const event of ["online", "offline"]) {
    window.addEventListener(event, () => {
      pagefindLoading = null;
    });
  }

  function chosenFilters() {
    /** @type {Record<string, string>} */
    const filters = {};
    for (const control of filterControls) if (control.value) filters[control.name] = control.value;
    return filters;
  }

  function chosenSort() {
    const [key, direction] = (sortControl?.value ?? "").split(":");
    return key && direction ? { [key]: direction } : undefined;
  }

  /** @param {string | undefined} template @param {Record<string, string | number>} values */
  function fill(template, values) {
    return (template ?? "").replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  /** Keeps the address in step with the form, so a search can be bookmarked or shared. */
  function rememberInAddress() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "") params.set(name, value);
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }

  async function run() {
    const query = input.value.trim();
    const filters = chosenFilters();
    const run = ++latest;
    rememberInAddress();
    if (query === "" && Object.keys(filters).length === 0) {
      list.replaceChildren();
      list.hidden = true;
      moreButton?.remove();
      status.textContent = "";
      return;
    }
    if (!pagefindLoading) status.textContent = text.textLoading ?? "";
    let search;
    try {
      const pagefind = await loadPagefind();
      search = await pagefind.search(query === "" ? null : query, { filters, sort: chosenSort() });
    } catch {
      if (run === latest) status.textContent = text.textError ?? "";
      return;
    }
    if (run !== latest || !search) return; // a newer search has started
    const results = search.results;
    list.replaceChildren();
    moreButton?.remove();
    await showMore(results, 0, run);
    if (run !== latest) return;
    const count = results.length;
    const key = count === 0 ? "textNone" : count === 1 ? "textOne" : "textMany";
    status.textContent = fill(text[key], { count, query: query || "…" });
  }

  /** @param {any[]} results @param {number} from @param {number} run */
  async function showMore(results, from, run) {
    const shown = await Promise.all(results.slice(from, from + PAGE_SIZE).map((result) => result.data()));
    if (run !== latest) return;
    for (const data of shown) list.append(resultItem(data));
    list.hidden = results.length === 0;
    moreButton?.remove();
    if (from + PAGE_SIZE < results.length) {
      moreButton = document.createElement("button");
      moreButton.type = "button";
      moreButton.className = "search-more";
      moreButton.textContent = text.textMore ?? "";
      moreButton.addEventListener("click", () => {
        const next = from + PAGE_SIZE;
        void showMore(results, next, run).then(() => {
          // Move the keyboard to the first new result, not back to the top of the list.
          list.children[next]?.querySelector("a")?.focus();
        });
      });
      list.after(moreButton);
    }
  }

  /** @param {{ url: string, excerpt: string, meta: Record<string, string> }} data */
  function resultItem(data) {
    const item = document.createElement("li");
    const title = document.createElement("a");
    title.className = "search-results__title";
    title.href = data.url;
    title.textContent = data.meta.title ?? data.url;
    item.append(title);
    const facts = [data.meta.type, data.meta.date].filter(Boolean).join(" · ");
    if (facts) {
      const meta = document.createElement("p");
      meta.className = "search-results__meta";
      meta.textContent = facts;
      item.append(meta);
    }
    const excerpt = document.createElement("p");
    excerpt.className = "search-results__excerpt";
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
    return item;
  }

  /**
   * The excerpt as text with its <mark> highlights and nothing else. DOMParser runs no script
   * and loads nothing; only text and mark elements are copied out of it.
   * @param {string} html
   */
  function excerptNodes(html) {
    const body = new DOMParser().parseFromString(html, "text/html").body;
    return [...body.childNodes].map((node) => {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent ?? "");
    });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void run();
  });
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  for (const control of [...filterControls, ...(sortControl ? [sortControl] : [])]) {
    control.addEventListener("change", () => void run());
  }

  // Arriving from the header's search box (?q=…), or from a shared address with filters.
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const control of [...filterControls, ...(sortControl ? [sortControl] : [])]) {
    const wanted = params.get(control.name);
    if (wanted && [...control.options].some((option) => option.value === wanted)) control.value = wanted;
  }
  if (input.value.trim() !== "" || Object.keys(chosenFilters()).length > 0) void run();
}
