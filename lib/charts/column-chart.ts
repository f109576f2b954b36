/**
 * Vertical column chart for counts over time (activities per month): time runs left to right,
 * as readers expect, with a value scale at the left and thinned labels under the columns.
 */
import { coordinate, niceCeiling, scaleMax, svgFrame, type ChartText } from "./svg.ts";
import { axisLabels, valueGrid } from "./time-axis.ts";

export interface Column {
  /** Shown under the axis (possibly thinned out); the table beside the chart has every one. */
  label: string;
  value: number;
}

export interface ColumnChartOptions extends ChartText {
  columns: readonly Column[];
  /** Axis values in the reader's locale, e.g. (n) => formatNumberIn(n, "id"). */
  formatValue: (value: number) => string;
}

const WIDTH = 400;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 190;

/**
 * @example
 * columnChart({ id: "by-month", title: "…", description: "…", formatValue: String,
 *   columns: [{ label: "Jan 2024", value: 3 }, { label: "Feb 2024", value: 0 }] })
 */
export function columnChart(options: ColumnChartOptions): string {
  const top = niceCeiling(scaleMax(options.columns.map((column) => column.value)));
  const y = (value: number) => BOTTOM - (Math.max(0, value) / top) * (BOTTOM - TOP);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, options.columns.length);
  const barWidth = Math.max(1, slot * 0.7);
  const centre = (index: number) => LEFT + slot * index + slot / 2;
  const bars = options.columns
    .map((column, index) =>
      column.value > 0
        ? `<rect class="chart__bar" x="${coordinate(centre(index) - barWidth / 2)}" y="${coordinate(y(column.value))}" width="${coordinate(barWidth)}" height="${coordinate(BOTTOM - y(column.value))}"/>`
        : "",
    )
    .join("");
  const body =
    valueGrid(top, y, LEFT, WIDTH - RIGHT, options.formatValue) +
    bars +
    axisLabels(
      options.columns.map((column) => column.label),
      centre,
      BOTTOM + 20,
    );
  return svgFrame(options, WIDTH, HEIGHT, body, "chart chart--columns");
}
