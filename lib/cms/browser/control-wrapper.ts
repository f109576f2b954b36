/**
 * What a control drawn around one of Decap's own controls keeps of the contract Decap's Widget
 * has with a control (decap-cms-core's EditorControlPane/Widget.js): Widget asks the outermost
 * control for `isValid` (the inner one's min/max checks) and for `shouldComponentUpdate`, so the
 * wrapper passes validity through from the inner control and always lets the inner control
 * decide for itself whether to redraw.
 */
interface InnerControl {
  isValid?: () => unknown;
}
interface Wrapper {
  inner?: InnerControl | null;
}

export const PASS_THROUGH = {
  isValid(this: Wrapper): unknown {
    return this.inner?.isValid ? this.inner.isValid() : true;
  },
  shouldComponentUpdate: () => true,
};

/**
 * The props that let the wrapper reach its inner control: a ref, for a class component (a
 * function component has no instance, hence no isValid, and React refuses it a ref).
 */
export function innerRef(inner: unknown, wrapper: object): { ref?: (control: InnerControl | null) => void } {
  const isClass = typeof inner === "function" && typeof (inner as { prototype?: { render?: unknown } }).prototype?.render === "function";
  return isClass ? { ref: (control) => void ((wrapper as Wrapper).inner = control) } : {};
}
