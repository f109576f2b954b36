/// <reference lib="dom" />
/**
 * The spreadsheet import dialog of the admin page: choose a CSV file, see what happens to every
 * row before anything is written, then save them all in one go through Decap's backend. A
 * native <dialog> opened with showModal(): the page behind is inert, focus stays inside, Esc
 * closes it and focus returns to the button that opened it. Text from the file only ever
 * reaches the page as textContent.
 */
import type { Bilingual } from "../../content/entry.ts";
import { CsvFileError } from "../../csv/bilingual-error.ts";
import type { ExistingActivities } from "../../csv/existing-activities.ts";
import { howTheFileWasRead } from "../../csv/import-summary.ts";
import type { ImportPlan, RowResult } from "../../csv/plan-import.ts";
import { type ImportBackend, NotLoggedIn } from "./spreadsheet-import-backend.ts";
import {
  countLine,
  fileProblems,
  OUTCOME_WORDS,
  previewOrder,
  problemLine,
  savedMessage,
  saveLabel,
  savePayload,
} from "./spreadsheet-import-payload.ts";

export interface ImportDialogDeps {
  /** Connects to Decap's backend (config.yml, local backend, logged-in user). */
  connect(): Promise<ImportBackend>;
  /** What is stored, from what the backend lists. */
  existing(backend: ImportBackend): Promise<ExistingActivities>;
  /** The chosen file as the importer reads it: a CSV file as it is, an .xlsx workbook's first sheet as CSV. */
  read(file: Uint8Array): Promise<{ bytes: Uint8Array; workbook: boolean }>;
  /** planImport with the admin page's validator, allow-list and today's date in Jakarta. */
  plan(bytes: Uint8Array, existing: ExistingActivities, workbook: boolean): ImportPlan;
}

export const TEMPLATE_URL = "/data/templat-kegiatan.csv";
const ID = "pustaka-import";

/** Appends "Indonesian — English" to `parent`, the English part marked as such for screen readers. */
function bilingual(parent: HTMLElement, text: Bilingual): HTMLElement {
  parent.append(text.id, " — ");
  const en = document.createElement("span");
  en.lang = "en";
  en.textContent = text.en;
  parent.append(en);
  return parent;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: Bilingual | string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (typeof text === "string") node.textContent = text;
  else if (text) bilingual(node, text);
  return node;
}

const STYLE = `
#${ID}{width:min(64rem,calc(100vw - 1rem));max-width:none;max-height:calc(100dvh - 1rem);padding:0;border:0;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.35);font:15px/1.45 system-ui,sans-serif;color:#1c1c1c;background:#fff}
#${ID}::backdrop{background:rgba(20,20,30,.55)}
#${ID} .pi-body{padding:1rem 1.25rem 1.25rem;display:flex;flex-direction:column;gap:.75rem}
#${ID} h2{margin:0;font-size:1.25rem;line-height:1.3;padding-right:3rem}
#${ID} p{margin:0}
#${ID} .pi-close{position:absolute;top:.6rem;right:.6rem;font:inherit;font-size:1.4rem;line-height:1;width:2.5rem;height:2.5rem;border:1px solid #999;border-radius:6px;background:#fff;cursor:pointer}
#${ID} .pi-file{display:flex;flex-direction:column;gap:.35rem;font-weight:600}
#${ID} input[type=file]{font:inherit;font-weight:normal;max-width:100%}
#${ID} a{color:#0b57b0}
#${ID} .pi-status{min-height:1.4em}
#${ID} .pi-counts{font-weight:600}
#${ID} .pi-problems{margin:0;padding-left:1.2rem}
#${ID} .pi-problems .pi-error{color:#8a1c0c}
#${ID} .pi-table-wrap{overflow:auto;max-height:50vh;border:1px solid #ccc;border-radius:4px}
#${ID} table{border-collapse:collapse;width:100%;font-size:14px}
#${ID} caption{text-align:left;padding:.4rem .5rem;font-size:13px;color:#444}
#${ID} th,#${ID} td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-top:1px solid #e2e2e2}
#${ID} thead th{position:sticky;top:0;background:#f3f3f3;border-top:0}
#${ID} tr[data-outcome=refuse] td{background:#fff1ef}
#${ID} tr[data-outcome=keep-back] td{background:#fff8e1}
#${ID} td ul{margin:0;padding-left:1rem}
#${ID} .pi-actions{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:flex-end}
#${ID} .pi-actions button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid #777;background:#fff;cursor:pointer;min-height:2.75rem}
#${ID} .pi-actions .pi-save{background:#0b57b0;color:#fff;border-color:#0b57b0;font-weight:600}
#${ID} .pi-actions button:disabled{opacity:.55;cursor:not-allowed}
#${ID} .pi-done{padding:.6rem .75rem;border-radius:6px;background:#e8f5e9;border:1px solid #2e7d32}
#${ID} .pi-failed{padding:.6rem .75rem;border-radius:6px;background:#fff1ef;border:1px solid #c4321c}
@media (max-width:40rem){#${ID} .pi-body{padding:.75rem}#${ID} table{font-size:13px}#${ID} .pi-table-wrap{max-height:45vh}}
`;

/**
 * Opens the dialog (creating it the first time) and returns it.
 * @example openImportDialog(button, deps)
 */
export function openImportDialog(opener: HTMLElement, deps: ImportDialogDeps): HTMLDialogElement {
  if (!document.getElementById(`${ID}-style`)) document.head.append(element("style", { id: `${ID}-style` }, STYLE));
  document.getElementById(ID)?.remove();

  const dialog = element("dialog", { id: ID, "aria-labelledby": `${ID}-title`, "aria-describedby": `${ID}-intro`, lang: "id" });
  const body = element("div", { class: "pi-body" });
  const title = element("h2", { id: `${ID}-title` }, { id: "Impor spreadsheet kegiatan", en: "Import activity spreadsheet" });
  const close = element("button", { type: "button", class: "pi-close", "aria-label": "Tutup — Close" }, "×");
  const intro = element(
    "p",
    { id: `${ID}-intro` },
    {
      id: "Pilih lembar kegiatan tim: berkas Excel (.xlsx, lembar pertama) atau CSV. Setiap baris diperiksa dan ditampilkan dulu; tidak ada yang disimpan sebelum Anda menekan Simpan.",
      en: "Choose the team's activity sheet: an Excel file (.xlsx, its first sheet) or CSV. Every row is checked and shown first; nothing is saved until you press Save.",
    },
  );
  const template = element("p");
  const link = element(
    "a",
    { href: TEMPLATE_URL, download: "templat-kegiatan.csv" },
    { id: "Unduh templat kosong (CSV)", en: "Download the blank template (CSV)" },
  );
  template.append(link);
  const fileLabel = element("label", { class: "pi-file", for: `${ID}-file` });
  // One flex item for the words, one for the input.
  fileLabel.append(element("span", {}, { id: "Berkas Excel atau CSV", en: "Excel or CSV file" }));
  const input = element("input", {
    id: `${ID}-file`,
    type: "file",
    accept: ".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  fileLabel.append(input);
  const status = element("p", { class: "pi-status", role: "status", "aria-live": "polite" });
  const preview = element("section", { "aria-label": "Pratinjau — Preview" });
  const actions = element("div", { class: "pi-actions" });
  const cancel = element("button", { type: "button" }, { id: "Batal", en: "Cancel" });
  const save = element("button", { type: "button", class: "pi-save", disabled: "" }, saveLabel(0));
  save.hidden = true;
  actions.append(cancel, save);
  body.append(title, intro, template, fileLabel, status, preview, actions);
  dialog.append(close, body);
  document.body.append(dialog);

  let busy = false;
  let plan: ImportPlan | undefined;
  let bytes: Uint8Array | undefined;
  let workbook = false;
  // Connect and list what is stored as soon as the dialog opens: the preview then waits only for the file.
  let backend: Promise<ImportBackend> = deps.connect();
  let existing: Promise<ExistingActivities> = backend.then((b) => deps.existing(b));
  // An unhandled rejection here would be reported before the editor chooses a file; it is shown then.
  existing.catch(() => undefined);

  const setStatus = (text: Bilingual | undefined) => {
    status.replaceChildren();
    if (text) bilingual(status, text);
  };
  const finish = () => {
    dialog.close();
  };
  dialog.addEventListener("cancel", (event) => {
    // Esc while saving: the save goes on either way, so the dialog stays to report it.
    if (busy) event.preventDefault();
  });
  dialog.addEventListener("close", () => {
    dialog.remove();
    // Decap may have redrawn the list while the dialog was open (after a save it reloads what is
    // stored), and the button with it: focus goes back to the button that is on the page now.
    const button = opener.isConnected
      ? opener
      : document.querySelector<HTMLElement>(`#${opener.parentElement?.id ?? "pustaka-import-open"} button`);
    button?.focus();
  });
  close.addEventListener("click", () => !busy && finish());
  cancel.addEventListener("click", () => !busy && finish());

  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    busy = true;
    save.hidden = true;
    preview.replaceChildren();
    dialog.setAttribute("aria-busy", "true");
    setStatus({ id: `Membaca ${file.name}…`, en: `Reading ${file.name}…` });
    try {
      ({ bytes, workbook } = await deps.read(new Uint8Array(await file.arrayBuffer())));
      const stored = await existing;
      plan = deps.plan(bytes, stored, workbook);
      renderPreview(preview, plan, await backend);
      const count = plan.files.length;
      save.replaceChildren();
      bilingual(save, saveLabel(count));
      save.disabled = count === 0;
      save.hidden = false;
      setStatus({
        id: `Pratinjau ${file.name} siap; belum ada yang disimpan.`,
        en: `Preview of ${file.name} ready; nothing has been saved yet.`,
      });
    } catch (error) {
      plan = undefined;
      showFailure(preview, error);
      setStatus(undefined);
      // The connection may have failed: try again on the next file.
      backend = deps.connect();
      existing = backend.then((b) => deps.existing(b));
      existing.catch(() => undefined);
    } finally {
      busy = false;
      dialog.removeAttribute("aria-busy");
    }
  });

  save.addEventListener("click", async () => {
    if (!plan || !bytes || plan.files.length === 0 || busy) return;
    busy = true;
    save.disabled = true;
    cancel.disabled = true;
    input.disabled = true;
    dialog.setAttribute("aria-busy", "true");
    setStatus({ id: "Memeriksa ulang dan menyimpan…", en: "Checking again and saving…" });
    try {
      const connection = await backend;
      // What is stored now, not when the file was chosen: an activity saved meanwhile (by
      // another editor, or this import in another tab) must not be written twice.
      const fresh = deps.plan(bytes, await deps.existing(connection), workbook);
      const same = fresh.files.length === plan.files.length && fresh.files.every((file, i) => file.file === plan!.files[i]!.file);
      if (!same) {
        plan = fresh;
        renderPreview(preview, plan, connection);
        save.replaceChildren();
        bilingual(save, saveLabel(plan.files.length));
        save.disabled = plan.files.length === 0;
        setStatus({
          id: "Kegiatan yang tersimpan berubah sejak pratinjau; periksa pratinjau baru ini, lalu simpan lagi. Belum ada yang disimpan.",
          en: "The stored activities changed since the preview; check this new preview, then save again. Nothing has been saved.",
        });
        return;
      }
      await connection.persist(savePayload(plan.files, { useWorkflow: connection.useWorkflow }));
      const drafts = plan.summary.keptBack;
      const done = element("p", { class: "pi-done", role: "alert" });
      bilingual(done, savedMessage(plan.files.length - drafts, drafts, connection.useWorkflow));
      preview.prepend(done);
      setStatus(undefined);
      save.hidden = true;
      cancel.replaceChildren();
      bilingual(cancel, { id: "Tutup", en: "Close" });
      const reload = element("button", { type: "button" }, { id: "Muat ulang daftar", en: "Reload the list" });
      reload.addEventListener("click", () => location.reload());
      actions.prepend(reload);
      plan = undefined;
      // What was just saved is stored now: a second file chosen in this dialog is compared with it.
      existing = deps.existing(connection);
      existing.catch(() => undefined);
      cancel.focus();
    } catch (error) {
      save.disabled = false;
      showFailure(preview, error);
      setStatus(undefined);
    } finally {
      busy = false;
      cancel.disabled = false;
      input.disabled = false;
      dialog.removeAttribute("aria-busy");
    }
  });

  dialog.showModal();
  input.focus();
  return dialog;
}

function showFailure(preview: HTMLElement, error: unknown): void {
  const failed = element("p", { class: "pi-failed", role: "alert" });
  const reason = error instanceof Error ? error.message : String(error);
  const notLoggedIn = error instanceof NotLoggedIn;
  bilingual(
    failed,
    notLoggedIn
      ? {
          id: "Anda belum masuk. Masuk ke CMS dulu, lalu coba lagi.",
          en: "You are not logged in. Log in to the CMS first, then try again.",
        }
      : error instanceof CsvFileError
        ? {
            id: `Berkas tidak dapat dibaca, tidak ada yang disimpan: ${error.bilingual.id}`,
            en: `The file cannot be read, nothing was saved: ${error.bilingual.en}`,
          }
        : { id: `Tidak berhasil, tidak ada yang disimpan: ${reason}`, en: `It did not work, nothing was saved: ${reason}` },
  );
  preview.prepend(failed);
}

const HEADINGS: Bilingual[] = [
  { id: "Baris", en: "Row" },
  { id: "No", en: "No" },
  { id: "Tanggal", en: "Date" },
  { id: "Kegiatan", en: "Activity" },
  { id: "Hasil", en: "Outcome" },
  { id: "Alasan", en: "Reasons" },
];

/** The count line, the file's own problems, and one table row per spreadsheet row. */
function renderPreview(preview: HTMLElement, plan: ImportPlan, backend: ImportBackend): void {
  preview.replaceChildren();
  const counts = element("p", { class: "pi-counts", "data-import-counts": "" }, countLine(plan.summary));
  preview.append(counts);
  // The same words as `npm run import`.
  const read = howTheFileWasRead(plan.summary);
  if (read) preview.append(element("p", {}, read));
  if (backend.unreadableUnpublished > 0) {
    preview.append(
      element(
        "p",
        {},
        {
          id: `${backend.unreadableUnpublished} usulan yang menunggu tinjauan tidak dapat dibaca; kegiatannya mungkin terhitung baru.`,
          en: `${backend.unreadableUnpublished} proposals awaiting review could not be read; their activities may count as new.`,
        },
      ),
    );
  }
  const problems = fileProblems(plan);
  if (problems.length > 0) {
    const heading = element("h3", { style: "margin:0;font-size:1rem" }, { id: "Masalah pada berkas", en: "Problems with the file" });
    const list = element("ul", { class: "pi-problems", "data-file-problems": "" });
    for (const { problem, error } of problems) list.append(element("li", error ? { class: "pi-error" } : {}, problemLine(problem)));
    preview.append(heading, list);
  }
  if (plan.rows.length === 0) return;

  const wrap = element("div", {
    class: "pi-table-wrap",
    tabindex: "0",
    role: "region",
    "aria-label": "Baris spreadsheet — Spreadsheet rows",
  });
  const table = element("table", { "data-import-rows": "" });
  table.append(
    element(
      "caption",
      {},
      {
        id: "Setiap baris dan apa yang akan terjadi padanya. Baris yang ditolak dan ditahan ditampilkan lebih dulu.",
        en: "Every row and what will happen to it. Refused and kept-back rows are shown first.",
      },
    ),
  );
  const headRow = element("tr");
  for (const heading of HEADINGS)
    headRow.append(element("th", { scope: "col" }, heading.id === heading.en ? heading.id : `${heading.id} / ${heading.en}`));
  const thead = element("thead");
  thead.append(headRow);
  // Thousands of rows: built off-document in one fragment, inserted once.
  const fragment = document.createDocumentFragment();
  for (const row of previewOrder(plan.rows)) fragment.append(tableRow(row));
  const tbody = element("tbody");
  tbody.append(fragment);
  table.append(thead, tbody);
  wrap.append(table);
  preview.append(wrap);
}

function tableRow(row: RowResult): HTMLTableRowElement {
  const tr = document.createElement("tr");
  tr.dataset.outcome = row.outcome;
  tr.dataset.row = String(row.row);
  const cell = (text: string) => {
    const td = document.createElement("td");
    td.textContent = text;
    tr.append(td);
    return td;
  };
  const th = document.createElement("th");
  th.scope = "row";
  th.textContent = String(row.row);
  tr.append(th);
  cell(row.no ?? "");
  // A refused row's activity may be partial: whatever could be read.
  cell(row.activity?.date ?? "");
  cell(row.activity?.title?.id ?? "");
  const outcome = OUTCOME_WORDS[row.outcome];
  cell(`${outcome.id} — ${outcome.en}`);
  const reasons = document.createElement("td");
  if (row.problems.length === 1) reasons.textContent = problemLine(row.problems[0]!);
  else if (row.problems.length > 1) {
    const list = document.createElement("ul");
    for (const problem of row.problems) {
      const li = document.createElement("li");
      li.textContent = problemLine(problem);
      list.append(li);
    }
    reasons.append(list);
  }
  tr.append(reasons);
  return tr;
}
