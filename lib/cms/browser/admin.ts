/// <reference lib="dom" />
/**
 * The admin page's own code, bundled by lib/cms/bundle-admin-script.ts into
 * /admin/pustaka-cms.js and loaded after Decap: the pre-save guard and the preview styles.
 */
import { CONTENT_TYPES } from "../../content/content-types.ts";
import { renderMarkdown } from "../../markdown/render-markdown.ts";
import type { PrivacyAllowList } from "../../types/content.generated.ts";
import { NO_UPLOADS_LIBRARY } from "../no-uploads-library.ts";
import { guardEntry, guardMessage, type FieldLabels, type Validate } from "../pre-save-guard.ts";
import { withProposedFields, type DecapEntry } from "./activity-proposals.ts";
import { withoutBlankFields } from "./blank-fields.ts";
import { withSharedStepFacts, type StepsEntry } from "./shared-step-facts.ts";
import { blockSave } from "./blocked-save.ts";
import { DECAP_LOCALE_ID } from "./decap-locale-id.ts";
import "./entry-address-change.ts";
import { installNarrowScreenLayout } from "./narrow-screen.ts";
import { showBlocked } from "./save-blocked-panel.ts";
import { registerQuietRelationWidget } from "./quiet-relation-widget.ts";
import { registerSiteStatusWidget } from "./site-status-widget.ts";
import { overlay, saveModeOf, toolbarWords } from "./toolbar-words.ts";
import "./spreadsheet-import.ts";
// Virtual modules, provided by the bundler: the pre-compiled validators and the allow-list.
// @ts-expect-error resolved by the esbuild plugin in bundle-admin-script.ts
import * as compiled from "pustaka:validators";
// @ts-expect-error resolved by the esbuild plugin in bundle-admin-script.ts
import allowList from "pustaka:allow-list";
// @ts-expect-error resolved by the esbuild plugin in bundle-admin-script.ts
import labels from "pustaka:field-labels";

interface ImmutableLike extends DecapEntry<ImmutableLike>, StepsEntry<ImmutableLike> {}
interface Widget {
  control: unknown;
  preview?: unknown;
  schema?: unknown;
}
interface Cms {
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => unknown }): void;
  registerPreviewStyle(url: string): void;
  getWidget(name: string): Widget | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  registerLocale(locale: string, phrases: object): void;
  getLocale(locale: string): object | undefined;
  registerMediaLibrary(library: { name: string; init: () => { show(): void; hide(): void; enableStandalone(): boolean } }): void;
  init(options?: { config?: Record<string, unknown> }): void;
}

const cms = (window as unknown as { CMS: Cms }).CMS;
// A one-column editor on a phone; in place before Decap first renders.
installNarrowScreenLayout();
// React's createElement, which Decap puts on window for custom previews.
const h = (window as unknown as { h: (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => unknown }).h;
const validators = Object.fromEntries(CONTENT_TYPES.map((type, index) => [type.name, (compiled as Record<string, Validate>)[`v${index}`]]));

cms.registerEventListener({
  name: "preSave",
  handler: (event) => {
    const edited = event.entry;
    // What the form may leave empty is proposed first (an activity's forum, type, pillar,
    // title), and what is entered once is copied (a case study's step stages and periods into
    // English), so the guard checks the data that will be written.
    const entry = withSharedStepFacts(withProposedFields(withoutBlankFields(edited)));
    const plain = entry.toJS() as {
      collection: string;
      data: Record<string, unknown>;
      i18n?: Record<string, { data?: Record<string, unknown> }>;
    };
    const problems = guardEntry(plain, validators, allowList as PrivacyAllowList);
    // Decap shows the thrown message and writes nothing.
    if (problems.length > 0) {
      const message = guardMessage(problems, (labels as Record<string, FieldLabels>)[plain.collection]);
      showBlocked(message);
      blockSave(message);
    }
    showBlocked(undefined);
    // Returning nothing keeps the entry as it is; returned data (Immutable, as Decap's) replaces
    // it. Either way what was checked is what is written. Returned data reaches only the default
    // language: Decap 3.16 writes the entry it handed the hook in `event` (decap-cms-core
    // lib/registry.js, invokeEvent), so the English copy (i18n) goes back there.
    event.entry = entry;
    return entry === edited ? undefined : entry.get("data");
  },
});

// Typing a year into a date field: Chromium reports every keystroke as a complete date
// ("0002-10-01" after the first digit of 2024), Decap 3.16's datetime widget parses it at once
// and JavaScript turns year 2 into 1902, so typing 2024 left 1904 in the field. Decap never sees
// a date whose year is still being typed (below 1000); the finished year goes through as usual.
for (const type of ["input", "change"]) {
  document.addEventListener(
    type,
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === "date" && /^0\d{3}-/.test(target.value)) event.stopImmediatePropagation();
    },
    // Capturing on the document runs before React's listeners on its root element.
    true,
  );
}

// A Markdown body is previewed exactly as the site renders it: the site's own renderer
// (lib/markdown/render-markdown.ts: raw HTML shown as text, `#` demoted to <h2>, unsafe links
// and other sites' images dropped) inside the site's `prose` block, not Decap's renderer. Its
// output is safe to insert as it is, which is what the site does too. The editing control stays Decap's.
const markdown = cms.getWidget("markdown");
if (markdown) {
  const preview = ({ value }: { value?: unknown }) =>
    h("div", {
      className: "prose",
      "data-preview": "site-markdown",
      dangerouslySetInnerHTML: { __html: renderMarkdown(typeof value === "string" ? value : "") },
    });
  cms.registerWidget("markdown", markdown.control, preview, markdown.schema);
}
// Nothing is uploaded through the CMS: the media library named in config.yml offers nothing and
// asks Decap for no Media tab (enableStandalone), instead of a tab that can only stay empty.
cms.registerMediaLibrary({
  name: NO_UPLOADS_LIBRARY,
  init: () => ({ show: () => undefined, hide: () => undefined, enableStandalone: () => false }),
});

// A choice is previewed by its words ("Sosialisasi — Awareness session"), not its stored code:
// the labels are the select's own options, generated from the site's dictionaries.
const select = cms.getWidget("select");
if (select)
  cms.registerWidget(
    "select",
    select.control,
    ({ value, field }: { value?: unknown; field?: ImmutableLike }) => h("p", { "data-preview": "choice" }, choiceWords(value, field)),
    select.schema,
  );

// Fields the CMS fills in itself (an activity's source) have nothing to preview; Decap would
// print "No preview for widget 'hidden'." in the page.
const hidden = cms.getWidget("hidden");
if (hidden) cms.registerWidget("hidden", hidden.control, () => null, hidden.schema);

// The field that decides whether an entry is shown, with the answer to "on the site? if not,
// what is missing?" under it. Its preview is the choice's words (a Draft box previews nothing).
const createClass = (window as unknown as { createClass: (spec: Record<string, unknown>) => unknown }).createClass;
registerQuietRelationWidget(cms, createClass, h);
registerSiteStatusWidget(cms, createClass, h, ({ value, field }: { value?: unknown; field?: ImmutableLike }) =>
  typeof value === "string" ? h("p", { "data-preview": "choice" }, choiceWords(value, field)) : null,
);

// The preview pane uses the site's own stylesheet (its hashed address is put into the page by the build).
const stylesheet = document.querySelector<HTMLMetaElement>('meta[name="site-stylesheet"]')?.content;
if (stylesheet) cms.registerPreviewStyle(stylesheet);

/**
 * The interface language: Indonesian (config.yml), or English for staff who prefer it —
 * /admin/?lang=en, remembered in this browser until /admin/?lang=id. Decap reads `locale` once,
 * when it starts, so the choice is made here, before init; it changes Decap's own words only,
 * not the content's languages.
 */
function interfaceLanguage(): "id" | "en" {
  const KEY = "pustaka-cms-lang";
  const asked = new URLSearchParams(window.location.search).get("lang");
  try {
    if (asked === "en") window.localStorage.setItem(KEY, "en");
    else if (asked === "id") window.localStorage.removeItem(KEY);
    return window.localStorage.getItem(KEY) === "en" ? "en" : "id";
  } catch {
    // Storage refused (a locked-down browser): the address alone decides.
    return asked === "en" ? "en" : "id";
  }
}

/**
 * Decap's words, in Indonesian (admin/config.yml says `locale: id`) and English, with "publish"
 * said as what it does in this configuration (toolbar-words.ts): "Simpan" where a save writes the
 * file (`npm start`'s fs mode), "Terapkan" where a reviewed change is merged. Registered before
 * Decap first renders (manual-init.js keeps it waiting). The configuration is the file Decap
 * itself reads next; without it, the production (workflow) words.
 */
async function registerLocales(): Promise<void> {
  const text = await fetch("config.yml", { cache: "no-store" })
    .then((response) => (response.ok ? response.text() : ""))
    .catch(() => "");
  const mode = text ? saveModeOf(text) : "workflow";
  cms.registerLocale("id", overlay(DECAP_LOCALE_ID, toolbarWords(mode, "id")));
  const english = cms.getLocale("en");
  if (english) cms.registerLocale("en", overlay(english as Parameters<typeof overlay>[0], toolbarWords(mode, "en")));
}

// Everything is registered: start Decap (manual-init.js kept it from starting on load). Should
// manual-init.js not have run, Decap started itself and must not be started twice.
if ((window as unknown as { CMS_MANUAL_INIT?: boolean }).CMS_MANUAL_INIT) {
  // A config given to init is merged over config.yml; without one Decap uses config.yml alone.
  void registerLocales().then(() => cms.init(interfaceLanguage() === "en" ? { config: { locale: "en" } } : undefined));
} else {
  cms.registerLocale("id", DECAP_LOCALE_ID);
}

/** The labels of a select's chosen value or values, from its options; an unknown value as it is. */
function choiceWords(value: unknown, field: ImmutableLike | undefined): string {
  const options = ((field?.toJS() as { options?: ({ label: string; value: string } | string)[] } | undefined)?.options ?? []).map(
    (option) => (typeof option === "string" ? { label: option, value: option } : option),
  );
  const chosen = value && typeof (value as ImmutableLike).toJS === "function" ? (value as ImmutableLike).toJS() : value;
  const values = (Array.isArray(chosen) ? chosen : [chosen]).filter((item) => item !== undefined && item !== null && item !== "");
  return values.map((item) => options.find((option) => option.value === item)?.label ?? String(item)).join(", ");
}
