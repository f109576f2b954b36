/// <reference lib="dom" />
/**
 * The spreadsheet import on the admin page's Activities list: a button next to Decap's "New
 * Activity" that opens the import dialog. Rows are read and checked in the browser by the same
 * planImport as `npm run import` (the activity validator pre-compiled, the privacy allow-list,
 * the personal-data screen), then saved through Decap's own backend.
 */
import { CONTENT_TYPES } from "../../content/content-types.ts";
import { existingActivitiesFrom } from "../../csv/existing-activities.ts";
import { planImport, type PlanOptions } from "../../csv/plan-import.ts";
import { spreadsheetAsCsv } from "../../csv/read-workbook.ts";
import { todayInJakarta } from "../../csv/today-in-jakarta.ts";
import type { PrivacyAllowList } from "../../types/content.generated.ts";
// The same virtual modules as admin.ts (esbuild loads each once).
// @ts-expect-error resolved by the esbuild plugin in bundle-admin-script.ts
import * as compiled from "pustaka:validators";
// @ts-expect-error resolved by the esbuild plugin in bundle-admin-script.ts
import allowList from "pustaka:allow-list";
import { connectBackend } from "./spreadsheet-import-backend.ts";
import { openImportDialog, type ImportDialogDeps } from "./spreadsheet-import-dialog.ts";
import { isActivitiesList, storedFilesFrom } from "./spreadsheet-import-payload.ts";

const BUTTON_ID = "pustaka-import-open";
const validate = (compiled as Record<string, PlanOptions["validate"]>)[`v${CONTENT_TYPES.findIndex((type) => type.name === "activity")}`]!;

const deps: ImportDialogDeps = {
  connect: connectBackend,
  existing: async (backend) => existingActivitiesFrom(storedFilesFrom(await backend.listActivities())),
  read: spreadsheetAsCsv,
  plan: (bytes, existing, workbook) =>
    planImport(bytes, { today: todayInJakarta(), validate, allowList: allowList as PrivacyAllowList, existing, workbook }),
};

function importButton(): HTMLElement {
  const row = document.createElement("div");
  row.id = BUTTON_ID;
  row.style.cssText = "margin-top:12px;display:flex";
  const button = document.createElement("button");
  button.type = "button";
  button.setAttribute("aria-haspopup", "dialog");
  button.lang = "id";
  button.append("Impor spreadsheet kegiatan — ");
  const en = document.createElement("span");
  en.lang = "en";
  en.textContent = "Import activity spreadsheet";
  button.append(en);
  button.style.cssText =
    "font:inherit;font-size:14px;font-weight:600;padding:8px 16px;min-height:36px;border-radius:5px;border:1px solid #3a69c7;background:#fff;color:#3a69c7;cursor:pointer;text-align:left;max-width:100%";
  button.addEventListener("click", () => openImportDialog(button, deps));
  row.append(button);
  return row;
}

/**
 * Puts the button under the heading of the Activities list, and takes it away on every other
 * route: Decap keeps the same header element when the editor switches collections.
 */
function place(): void {
  const existing = document.getElementById(BUTTON_ID);
  if (!isActivitiesList(location.hash)) {
    existing?.remove();
    return;
  }
  const top = document.querySelector('[class*="CollectionTopContainer"]');
  if (!top) return;
  if (existing?.parentElement === top) return;
  // Decap redrew the list's header: the button moves into the new one, keeping the focus it had.
  const focused = existing?.contains(document.activeElement) ?? false;
  existing?.remove();
  const row = importButton();
  // Between the heading row and the description, where an editor looks for actions. React
  // moves only the nodes it made, so one of ours among them stays where it is put.
  const description = top.querySelector("p");
  if (description) description.before(row);
  else top.append(row);
  if (focused) row.querySelector("button")?.focus();
}

let scheduled = false;
const schedule = () => {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    place();
  });
};
window.addEventListener("hashchange", schedule);
// Decap renders the list after the route changes (and after logging in): watch for it.
new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
schedule();
