/**
 * What every chart shares: escaping, the accessible frame (role="img" with <title> and <desc>
 * named by aria-labelledby) and number hygiene. Charts are built as strings at build time, so
 * every piece of text that reaches the markup goes through escapeXml here — labels come from
 * content and dictionaries, and a title like `<script>` must stay text.
 */

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for SVG (XML) content and attribute values alike.
 * @example escapeXml('"onload=<script>') // "&quot;onload=&lt;script&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

/**
 * A coordinate as written into the SVG: rounded to 0.1, and never NaN or Infinity (which would
 * make the browser drop the element silently) — a broken computation draws at 0 instead.
 * @example coordinate(12.345) // "12.3"
 * @example coordinate(Number.NaN) // "0"
 */
export function coordinate(value: number): string {
  if (!Number.isFinite(value)) return "0";
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/**
 * The largest of the values, at least 1, so that dividing by it is always safe.
 * @example scaleMax([0, 0]) // 1
 * @example scaleMax([3, 12]) // 12
 */
export function scaleMax(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value) && value > 0);
  return finite.length === 0 ? 1 : Math.max(...finite);
}

/**
 * A round number at or above `max` for an axis (1, 2, 2.5, 5 × a power of ten).
 * @example niceCeiling(37) // 40
 * @example niceCeiling(0) // 1
 */
export function niceCeiling(max: number): number {
  if (!Number.isFinite(max) || max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export interface ChartText {
  /** Unique on the page: the ids of <title> and <desc> derive from it. */
  id: string;
  /** Short name of the chart (becomes <title>). */
  title: string;
  /** What the chart shows, in a sentence or two (becomes <desc>). */
  description: string;
}

/**
 * Wraps chart content in an accessible <svg>: role="img" and aria-labelledby naming its own
 * <title> and <desc>, so screen readers announce it as one image with a description (the data
 * table beside it carries the numbers). Sized by viewBox only; CSS makes it fluid.
 * @example svgFrame({ id: "c", title: "T", description: "D" }, 400, 100, "<rect …/>")
 */
export function svgFrame(text: ChartText, width: number, height: number, body: string, className = "chart"): string {
  const id = escapeXml(text.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(className)}" viewBox="0 0 ${coordinate(width)} ${coordinate(height)}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">` +
    `<title id="${id}-title">${escapeXml(text.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(text.description)}</desc>\n` +
    body +
    `</svg>`
  );
}

/**
 * A label cut to `max` characters with an ellipsis: SVG text does not wrap, and the full text
 * is in the table beside the chart.
 * @example shorten("Pertemuan RT/RW bulanan", 10) // "Pertemuan…"
 */
export function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, Math.max(1, max - 1))
        .join("")
        .trimEnd()}…`;
}
