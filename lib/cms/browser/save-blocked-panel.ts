/// <reference lib="dom" />
/**
 * Why a save was refused, kept on screen. Decap shows the pre-save guard's thrown message as a
 * toast that closes after 8 seconds, on one line; a list of problems needs longer. The same
 * message therefore also stays in this panel, one problem per line (Indonesian, then English,
 * as guardMessage in lib/cms/pre-save-guard.ts writes them), until the editor closes it, saves,
 * or leaves the entry.
 *
 * The panel takes its own place above the editor instead of lying over the form: it is the
 * first thing in the page, and while it is there the page becomes a column (panel, then Decap's
 * root) in which Decap's editor — absolutely positioned over the whole window by Decap
 * (EditorContainer in node_modules/decap-cms-core/src/components/Editor/EditorInterface.js) —
 * fills only the space left below the panel. A long list scrolls inside the panel. On a narrow
 * screen the editor is already in the page's flow (narrow-screen.ts), so the panel simply
 * comes before it and the page is scrolled up to it.
 */
import { NARROW_SCREEN } from "./narrow-screen.ts";

const PANEL_ID = "pustaka-save-blocked";
/** Set on <body> while the panel is shown: the layout below depends on it. */
const SHOWN = "data-pustaka-save-blocked";

const CSS = `
#${PANEL_ID} {
  position: relative; box-sizing: border-box; flex: none; margin: 0; padding: .75rem 8.5rem .75rem 1rem;
  background: #fff4f2; color: #5c1206; border-bottom: 3px solid #c4321c;
  font: 15px/1.45 system-ui, sans-serif;
}
#${PANEL_ID} > div { max-height: 35vh; overflow: auto; white-space: pre-line; overflow-wrap: anywhere; }
#${PANEL_ID} > button {
  position: absolute; top: .6rem; right: .75rem; font: inherit; font-size: 14px; padding: .3rem .6rem; cursor: pointer;
}
body[${SHOWN}] { display: flex; flex-direction: column; height: 100vh; margin: 0; }
body[${SHOWN}] > #nc-root { flex: 1 1 auto; min-height: 0; position: relative; }
@media ${NARROW_SCREEN} {
  body[${SHOWN}] { display: block; height: auto; }
  body[${SHOWN}] > #nc-root { position: static; }
  #${PANEL_ID} { padding: 3rem 1rem .75rem; }
  #${PANEL_ID} > div { max-height: none; }
}
`;

/** Shows `message` in the panel, replacing any earlier one; undefined removes the panel. */
export function showBlocked(message: string | undefined): void {
  document.getElementById(PANEL_ID)?.remove();
  document.body.removeAttribute(SHOWN);
  if (message === undefined) return;
  if (!document.getElementById(`${PANEL_ID}-style`)) {
    const style = document.createElement("style");
    style.id = `${PANEL_ID}-style`;
    style.textContent = CSS;
    document.head.append(style);
  }
  const panel = document.createElement("section");
  panel.id = PANEL_ID;
  panel.setAttribute("role", "alert");
  panel.setAttribute("lang", "id");
  const text = document.createElement("div");
  text.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Tutup / Close";
  close.addEventListener("click", () => showBlocked(undefined));
  panel.append(text, close);
  document.body.setAttribute(SHOWN, "");
  document.body.prepend(panel);
  panel.scrollIntoView({ block: "start" });
}

// Leaving the entry leaves its problems behind.
window.addEventListener("hashchange", () => showBlocked(undefined));
