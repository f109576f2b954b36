/**
 * The horizontal axis shared by the column and line charts: evenly spaced points in time, with
 * only every n-th label written so that labels never overlap, however many months there are.
 */
import { coordinate, escapeXml } from "./svg.ts";

/** At most this many labels fit under a 400-unit-wide chart at the chart's font size. */
const MAX_LABELS = 5;

/**
 * Every how many points a label is written.
 * @example labelStep(24) // 5
 * @example labelStep(3) // 1
 */
export function labelStep(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_LABELS));
}

/**
 * The labels under the axis, centred on their points; `centre(i)` gives point i's x.
 * @example axisLabels(["Jan 2024", "Feb 2024"], (i) => 20 + i * 40, 200)
 */
export function axisLabels(labels: readonly string[], centre: (index: number) => number, y: number): string {
  const step = labelStep(labels.length);
  return labels
    .map((label, index) =>
      index % step === 0
        ? `<text class="chart__axis-label" x="${coordinate(centre(index))}" y="${coordinate(y)}" text-anchor="middle">${escapeXml(label)}</text>`
        : "",
    )
    .join("\n");
}

/**
 * Horizontal grid lines with their values at the left: 0, half and the top of the scale.
 * @example valueGrid(40, (v) => 180 - v * 4, 40, 400, String)
 */
export function valueGrid(
  top: number,
  y: (value: number) => number,
  left: number,
  right: number,
  format: (value: number) => string,
): string {
  return [0, top / 2, top]
    .map(
      (value) =>
        `<line class="chart__grid" x1="${coordinate(left)}" x2="${coordinate(right)}" y1="${coordinate(y(value))}" y2="${coordinate(y(value))}"/>` +
        `<text class="chart__axis-label" x="${coordinate(left - 4)}" y="${coordinate(y(value) + 4)}" text-anchor="end">${escapeXml(format(value))}</text>`,
    )
    .join("\n");
}
