/// <reference lib="dom" />
/**
 * Opening an entry by its address while another entry is open. Decap 3's editor loads its entry
 * once, when it mounts (Editor.componentDidMount calls loadEntry; componentDidUpdate never looks
 * at a changed slug: node_modules/decap-cms-core/src/components/Editor/Editor.js), and the
 * router keeps the same Editor for every `/collections/:name/entries/*` address. Going from
 * #/collections/case-studies/entries/A to …/entries/B by the address bar, a bookmark or a link
 * therefore left entry A's form (title and all) under B's address, and saving would have
 * written A. Decap itself never moves from one entry to another; when saving renames a new
 * entry it loads the new one by hand before changing the address (persistEntry in
 * node_modules/decap-cms-core/src/actions/entries.ts).
 *
 * So such a move is turned into what does work: leave the entry the way the editor's own back
 * link does (Decap asks there, as usual, whether to drop unsaved changes; answering no stays on
 * the entry, at its own address), then open the new address once the editor has gone.
 */

/** "collection/slug" of an entry's editor address, or undefined for any other address. */
export function entryAddress(url: string): string | undefined {
  const hash = url.includes("#") ? url.slice(url.indexOf("#") + 1) : "";
  const match = /^\/collections\/([^/?]+)\/entries\/([^?]+)/.exec(hash);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Opens `url` once Decap's editor (the element `editor`) has left the page. */
function openWhenGone(editor: Element, url: string): void {
  const deadline = performance.now() + 5_000;
  const step = () => {
    if (editor.isConnected && performance.now() < deadline) requestAnimationFrame(step);
    else window.location.replace(url);
  };
  step();
}

// Registered before Decap starts (this module is imported by admin.ts, which starts Decap last),
// so it runs before the router's own hashchange listener and can keep the move from it.
window.addEventListener("hashchange", (event) => {
  const from = entryAddress(event.oldURL);
  const to = entryAddress(event.newURL);
  if (from === undefined || to === undefined || from === to) return;
  const editor = document.querySelector('[class*="-EditorContainer"]');
  const back = editor?.querySelector<HTMLAnchorElement>('a[class*="-ToolbarSectionBackLink"]');
  // While the entry is still loading Decap shows its spinner instead of the editor.
  const loading = editor ? null : document.querySelector('[class*="-StyledLoader"]');
  if (!back && !loading) return;
  event.stopImmediatePropagation();
  // The address goes back to the entry on screen (no hashchange), which the router still shows.
  window.history.replaceState(window.history.state, "", event.oldURL);
  if (editor && back) {
    back.click();
    // Still at the entry: the editor chose to keep its unsaved changes.
    if (entryAddress(window.location.href) === from) return;
    openWhenGone(editor, event.newURL);
  } else if (loading) {
    // Nothing typed yet, nothing to ask: straight to the entry's collection.
    window.location.replace(`#/collections/${from.split("/")[0]}`);
    openWhenGone(loading, event.newURL);
  }
});
