/**
 * Horizontal bar chart: one row per category, its label above the bar and its value at the
 * end. Labels above rather than beside the bars because kelurahan, forum and objective names
 * are long and the chart must stay legible on a 360 px phone.
 */
import { coordinate, escapeXml, scaleMax, shorten, svgFrame, type ChartText } from "./svg.ts";

export interface Bar {
  label: string;
  /** The length of the bar; null draws no bar (a count hidden by suppression has no value). */
  value: number | null;
  /** What is written at the end of the bar, already in the reader's locale ("1.250", "<5"). */
  valueText: string;
}

export interface BarChartOptions extends ChartText {
  bars: readonly Bar[];
  /** The value of a full-width bar; by default the largest value (e.g. 100 for percentages). */
  max?: number;
}

const WIDTH = 400;
const ROW = 44;
const BAR = 16;
const LABEL_CHARACTERS = 52;
/** Room at the end of the longest bar for its value. */
const VALUE_ROOM = 56;

/**
 * @example
 * barChart({ id: "by-pillar", title: "Activities by pillar", description: "…",
 *   bars: [{ label: "Awareness", value: 12, valueText: "12" }] })
 * // '<svg … role="img" aria-labelledby="by-pillar-title by-pillar-desc">…</svg>'
 */
export function barChart(options: BarChartOptions): string {
  const max = options.max !== undefined && options.max > 0 ? options.max : scaleMax(options.bars.map((bar) => bar.value ?? 0));
  const track = WIDTH - VALUE_ROOM;
  const rows = options.bars.map((bar, index) => {
    const top = index * ROW;
    const length = bar.value === null ? 0 : (Math.min(Math.max(bar.value, 0), max) / max) * track;
    const barTop = top + 22;
    // Line breaks between the texts: the last privacy gate reads the page as text, and "Pertemuan
    // RT/RW" followed on the same line by a count of 7 would read as the address "RW 7".
    return (
      `<g class="chart__row">\n` +
      `<text class="chart__label" x="0" y="${coordinate(top + 15)}">${escapeXml(shorten(bar.label, LABEL_CHARACTERS))}</text>\n` +
      (bar.value === null
        ? ""
        : `<rect class="chart__bar" x="0" y="${coordinate(barTop)}" width="${coordinate(length)}" height="${BAR}"/>\n`) +
      `<text class="chart__value${bar.value === null ? " chart__value--mark" : ""}" x="${coordinate(length + 6)}" y="${coordinate(barTop + 13)}">${escapeXml(bar.valueText)}</text>\n` +
      `</g>`
    );
  });
  // An empty chart keeps a small, valid drawing area rather than a zero-height image.
  const height = Math.max(ROW, options.bars.length * ROW);
  return svgFrame(options, WIDTH, height, rows.join("\n"), "chart chart--bars");
}
