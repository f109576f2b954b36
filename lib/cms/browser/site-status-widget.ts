/// <reference lib="dom" />
/**
 * The `site-status` widget: the field that decides whether an entry is shown (a case study's
 * status, a Draft tick box), drawn by Decap's own select or boolean control, with the answer to
 * "is this on the site, and if not, what is missing?" under it, kept up to date as the editor
 * types. The answer is lib/content/site-visibility.ts, the build's own rules. The field comes
 * first in the form (lib/cms/site-status-field.ts), so the answer is the first thing an editor reads.
 */
import { CONTENT_TYPES } from "../../content/content-types.ts";
import { whyNotOnTheSite } from "../../content/site-visibility.ts";
import { SITE_STATUS_WIDGET } from "../site-status-field.ts";
import { innerRef, PASS_THROUGH } from "./control-wrapper.ts";

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}
interface Widget {
  control: unknown;
  preview?: unknown;
  schema?: unknown;
}
export interface WidgetRegistry {
  getWidget(name: string): Widget | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
}
interface ControlProps {
  field: ImmutableLike;
  getEntry?: () => ImmutableLike | undefined;
  /** Decap's configuration, a plain object in Decap 3. */
  config?: { publish_mode?: string; i18n?: { default_locale?: string } };
  locale?: string;
  isFieldDuplicate?: (field: ImmutableLike) => boolean;
}
type CreateElement = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

// Edits reach Decap's store in React's own handlers, which run before these bubble to the document.
const EDITS = ["input", "change", "click", "keyup"] as const;

/**
 * Registers the widget; `preview` draws the field in the preview pane (the choice's words).
 * @example registerSiteStatusWidget(CMS, window.createClass, window.h, choicePreview)
 */
export function registerSiteStatusWidget(cms: WidgetRegistry, createClass: CreateClass, h: CreateElement, preview: unknown): void {
  const select = cms.getWidget("select");
  const boolean = cms.getWidget("boolean");
  if (!select || !boolean) return;
  const control = createClass({
    // Validity passes through from Decap's control; redrawn whenever Decap hands new props, as
    // the answer depends on every field, not only this one.
    ...PASS_THROUGH,
    componentDidMount(this: { refresh?: () => void; forceUpdate(): void }) {
      this.refresh = () => window.requestAnimationFrame(() => this.forceUpdate());
      for (const type of EDITS) document.addEventListener(type, this.refresh);
    },
    componentWillUnmount(this: { refresh?: () => void }) {
      for (const type of EDITS) if (this.refresh) document.removeEventListener(type, this.refresh);
    },
    render(this: { props: ControlProps }) {
      const base = this.props.field.get("options") ? select : boolean;
      return h("div", null, h(base.control, { ...this.props, ...innerRef(base.control, this) }), answer(this.props, h));
    },
  });
  cms.registerWidget(SITE_STATUS_WIDGET, control, preview);
}

/** The answer for the language pane this control is in; none in a pane that only copies the field. */
function answer(props: ControlProps, h: CreateElement): unknown {
  const entry = props.getEntry?.();
  if (!entry || props.isFieldDuplicate?.(props.field)) return null;
  const collection = String(entry.get("collection"));
  const type = CONTENT_TYPES.find((candidate) => candidate.folder.split("/").at(-1) === collection);
  if (!type) return null;
  const defaultLocale = props.config?.i18n?.default_locale ?? "id";
  const path = !props.locale || props.locale === defaultLocale ? ["data"] : ["i18n", props.locale, "data"];
  const data = ((entry.getIn(path) as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
  const reasons = whyNotOnTheSite(type.name, data);
  const reviewed = props.config?.publish_mode === "editorial_workflow";
  const heading =
    reasons.length > 0
      ? "Belum tampil di situs. Yang masih kurang: — Not on the site. Still missing:"
      : reviewed
        ? "Tampil di situs setelah perubahan ini diterapkan (Alur kerja → Siap diterapkan → Terapkan). — On the site once this change is applied (Workflow → Ready to apply → Apply)."
        : "Tampil di situs setelah disimpan. — On the site once saved.";
  return h(
    "div",
    {
      role: "status",
      lang: "id",
      "data-site-status": reasons.length > 0 ? "not-shown" : "shown",
      style: {
        margin: "0.5rem 0 0",
        padding: "0.6rem 0.8rem",
        borderRadius: "5px",
        border: `2px solid ${reasons.length > 0 ? "#b45309" : "#15803d"}`,
        background: reasons.length > 0 ? "#fffbeb" : "#f0fdf4",
        color: "#1f2937",
        font: "14px/1.45 system-ui, sans-serif",
      },
    },
    h("strong", null, heading),
    reasons.length > 0
      ? h(
          "ul",
          { style: { margin: "0.3rem 0 0", paddingLeft: "1.2rem" } },
          ...reasons.map((reason) => h("li", { key: reason.en }, `${reason.id} — ${reason.en}`)),
        )
      : null,
  );
}
