/**
 * Decap's relation widget, without the false "Perubahan belum disimpan" (unsaved changes).
 * When an entry opens, Decap 3.16's relation control sends the value it was given straight back
 * through onChange, to store the chosen entries' details for the preview
 * (node_modules/decap-cms-widget-relation/src/RelationControl.js, `triggerInitialOnChange`), and
 * Decap counts that as an edit. A case study then read "unsaved changes" the moment it
 * was opened, asked before leaving, and in the review workflow refused to change the change's
 * status until saved again. Here a change that sets the value the field already holds is not
 * passed on; choosing or removing an entry is, as before. The preview shows the stored values.
 */
import { innerRef, PASS_THROUGH } from "./control-wrapper.ts";
import type { WidgetRegistry } from "./site-status-widget.ts";

type CreateElement = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;
interface RelationProps {
  value?: unknown;
  onChange(value: unknown, metadata?: unknown): void;
}

/** Plain data of a value Decap may hold as Immutable or as plain data. */
const plain = (value: unknown) =>
  value && typeof (value as { toJS?: unknown }).toJS === "function" ? (value as { toJS(): unknown }).toJS() : value;

/**
 * Whether `next` is the value the field holds already (the same entries in the same order).
 * @example sameValue(List(["a", "b"]), ["a", "b"]) // true
 */
export function sameValue(next: unknown, held: unknown): boolean {
  return JSON.stringify(plain(next) ?? null) === JSON.stringify(plain(held) ?? null);
}

/** @example registerQuietRelationWidget(CMS, window.createClass, window.h) */
export function registerQuietRelationWidget(cms: WidgetRegistry, createClass: CreateClass, h: CreateElement): void {
  const relation = cms.getWidget("relation");
  if (!relation) return;
  const control = createClass({
    ...PASS_THROUGH,
    render(this: { props: RelationProps }) {
      const onChange = (value: unknown, metadata?: unknown) => {
        if (!sameValue(value, this.props.value)) this.props.onChange(value, metadata);
      };
      return h(relation.control, { ...this.props, onChange, ...innerRef(relation.control, this) });
    },
  });
  cms.registerWidget("relation", control, relation.preview, relation.schema);
}
