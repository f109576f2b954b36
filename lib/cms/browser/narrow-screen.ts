/// <reference lib="dom" />
/**
 * Decap's entry editor on a phone. Decap 3 lays the editor out for a desktop: the editor and
 * its toolbar are at least 800 px wide (`min-width: 800px` on EditorContainer and
 * ToolbarContainer in node_modules/decap-cms-core/src/components/Editor/EditorInterface.js and
 * EditorToolbar.js), and the Indonesian and English forms (or the form and the preview) sit side
 * by side in a react-split-pane. On a 390 px screen the English form was off-screen. Below
 * NARROW_SCREEN the editor becomes one column that the page scrolls: the toolbar on top (kept in
 * view), then the Indonesian form, then the English one; the preview pane and the pane toggles
 * are left out.
 *
 * The hooks are the ones Decap's markup gives: emotion's class names end in the component's
 * label (`css-1gtfcgu-ToolbarContainer`; the hash part changes between Decap builds, the label
 * does not), and react-split-pane's own `SplitPane`, `Pane1`, `Pane2` and `Resizer` classes.
 * `!important` outranks emotion's rules (injected after this sheet) and react-split-pane's
 * inline styles.
 */

/** The screens that get the one-column editor. */
export const NARROW_SCREEN = "(max-width: 700px)";

export const NARROW_SCREEN_CSS = `
@media ${NARROW_SCREEN} {
  /* The editor in the page's flow, as wide as the screen: the page scrolls, not the panes. */
  [class*="-EditorContainer"] {
    position: static !important;
    min-width: 0 !important;
    height: auto !important;
    overflow: visible !important;
    padding-top: 0 !important;
  }
  [class*="-EditorContainer"] > :not([class*="-ToolbarContainer"]) { height: auto !important; }
  /* The toolbar stays at the top while the form scrolls, its sections wrapped onto two rows:
     the way back and the account menu, then the save and delete buttons. */
  [class*="-ToolbarContainer"] {
    position: sticky !important;
    top: 0;
    min-width: 0 !important;
    height: auto !important;
    flex-wrap: wrap;
  }
  [class*="-ToolbarSectionBackLink"] {
    flex: 1 1 0 !important;
    min-width: 0;
    padding: 6px 12px !important;
    border-right-width: 0 !important;
  }
  [class*="-ToolbarSectionBackLink"] [class*="-BackArrow"] { margin-right: 10px !important; }
  [class*="-ToolbarSectionMeta"] { border-left-width: 0 !important; }
  /* The site's address beside the account menu would take half the first row. */
  [class*="-ToolbarSectionMeta"] [class*="-AppHeaderSiteLink"] { display: none !important; }
  [class*="-ToolbarSectionMain"] {
    order: 3;
    flex: 1 1 100% !important;
    height: auto !important;
    flex-wrap: wrap;
    padding: 6px 2px !important;
    border-top: 1px solid #dfdfe3 !important;
  }
  [class*="-ToolbarSubSectionFirst"] { flex-wrap: wrap; row-gap: 6px; }
  /* A saved entry's "view on the site" link, when it wraps under the buttons. */
  [class*="-ToolbarSubSectionLast"] { padding: 4px 10px; }
  /* The toggles (one or two languages, preview, scroll sync) would float over the form; on a
     phone the layout is fixed: both languages, no preview. */
  [class*="-ViewControls"] { display: none !important; }
  /* The two panes one after the other. */
  .SplitPane {
    position: static !important;
    display: block !important;
    height: auto !important;
    min-width: 0 !important;
  }
  .SplitPane > .Pane {
    width: auto !important;
    height: auto !important;
    min-width: 0 !important;
  }
  .SplitPane > .Resizer { display: none !important; }
  .SplitPane:has(#preview-pane) > .Pane2 { display: none !important; }
  [class*="-PreviewPaneContainer-ControlPaneContainer"],
  [class*="-NoPreviewContainer"] {
    height: auto !important;
    overflow: visible !important;
    padding: 0 12px !important;
  }
  /* Where the English form begins. */
  .SplitPane > .Pane2 [class*="-PreviewPaneContainer-ControlPaneContainer"] {
    margin-top: 24px;
    border-top: 4px solid #dfdfe3;
  }
  /* A date field's "now" and "clear" buttons go under the date rather than past the edge. */
  div[class*="-DateTimeControl"] { flex-wrap: wrap; row-gap: 8px; }
  /* Long values wrap instead of widening the form. */
  [class*="-ControlPaneContainer"] { min-width: 0 !important; max-width: 100% !important; }
}
`;

/**
 * Decap remembers which pane stands beside the form (localStorage "cms.right-pane", read by
 * storedPanePreference in EditorInterface.js each time an entry opens). On a phone it is always
 * the other language: a preference for the preview, or for one language only, made on a wider
 * screen or before this layout existed, would leave the English form out.
 */
function preferBothLanguages(): void {
  if (!window.matchMedia(NARROW_SCREEN).matches) return;
  try {
    window.localStorage.setItem("cms.right-pane", "i18n");
  } catch {
    // Storage refused: Decap's default is the same ("i18n" first).
  }
}

/** Adds the one-column layout to the admin page; call before Decap starts. */
export function installNarrowScreenLayout(): void {
  const style = document.createElement("style");
  style.id = "pustaka-narrow-screen";
  style.textContent = NARROW_SCREEN_CSS;
  document.head.append(style);
  preferBothLanguages();
  window.matchMedia(NARROW_SCREEN).addEventListener("change", preferBothLanguages);
}
