/**
 * Line chart for a quantity over time (participants per month): a line through the points,
 * each point also marked, so a single month still shows and print in black and white reads.
 */
import { coordinate, niceCeiling, scaleMax, svgFrame, type ChartText } from "./svg.ts";
import { axisLabels, valueGrid } from "./time-axis.ts";

export interface Point {
  label: string;
  value: number;
}

export interface LineChartOptions extends ChartText {
  points: readonly Point[];
  /** Axis values in the reader's locale. */
  formatValue: (value: number) => string;
}

const WIDTH = 400;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 190;

/**
 * @example
 * lineChart({ id: "participants", title: "…", description: "…", formatValue: String,
 *   points: [{ label: "Jan 2024", value: 30 }, { label: "Feb 2024", value: 45 }] })
 */
export function lineChart(options: LineChartOptions): string {
  const { points } = options;
  const top = niceCeiling(scaleMax(points.map((point) => point.value)));
  const y = (value: number) => BOTTOM - (Math.max(0, value) / top) * (BOTTOM - TOP);
  // One point sits in the middle; several spread from edge to edge.
  const x = (index: number) =>
    points.length <= 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + ((WIDTH - LEFT - RIGHT) * index) / (points.length - 1);
  const coordinates = points.map((point, index) => `${coordinate(x(index))},${coordinate(y(point.value))}`);
  const line = points.length > 1 ? `<polyline class="chart__line" fill="none" points="${coordinates.join(" ")}"/>` : "";
  const marks = points
    .map((point, index) => `<circle class="chart__point" cx="${coordinate(x(index))}" cy="${coordinate(y(point.value))}" r="3"/>`)
    .join("");
  const body =
    valueGrid(top, y, LEFT, WIDTH - RIGHT, options.formatValue) +
    line +
    marks +
    axisLabels(
      points.map((point) => point.label),
      x,
      BOTTOM + 20,
    );
  return svgFrame(options, WIDTH, HEIGHT, body, "chart chart--line");
}
