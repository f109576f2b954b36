import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/bar-chart.ts";
import { columnChart } from "../../lib/charts/column-chart.ts";
import { lineChart } from "../../lib/charts/line-chart.ts";
import { coordinate, escapeXml, niceCeiling, shorten } from "../../lib/charts/svg.ts";
import { labelStep } from "../../lib/charts/time-axis.ts";

const HOSTILE = `<script>alert(1)</script> "onload=alert(1) & 'x'`;
const text = { id: "c", title: "Judul", description: "Deskripsi" };
const widths = (svg: string) => [...svg.matchAll(/<rect class="chart__bar"[^>]* width="([\d.]+)"/g)].map((match) => Number(match[1]));
const heights = (svg: string) => [...svg.matchAll(/<rect class="chart__bar"[^>]* height="([\d.]+)"/g)].map((match) => Number(match[1]));

/** Every chart kind, drawn from the same labelled values. */
const charts = (items: { label: string; value: number }[], chartText = text) => ({
  bar: barChart({ ...chartText, bars: items.map((item) => ({ ...item, valueText: String(item.value) })) }),
  column: columnChart({ ...chartText, columns: items, formatValue: String }),
  line: lineChart({ ...chartText, points: items, formatValue: String }),
});

describe("the chart helpers", () => {
  it("escape every character that could end a text or an attribute", () => {
    expect(escapeXml(`<a href="x" onload='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onload=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("never write NaN or Infinity as a coordinate", () => {
    expect([Number.NaN, Infinity, -Infinity, -0.01].map(coordinate)).toEqual(["0", "0", "0", "0"]);
  });

  it("round the top of a scale up to a round number", () => {
    expect([0, 1, 3, 7, 12, 37, 230, 500].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 50, 250, 500]);
  });

  it("shorten long labels with an ellipsis and leave short ones alone", () => {
    expect(shorten("Pertemuan RT/RW bulanan", 10)).toBe("Pertemuan…");
    expect(shorten("Arisan", 10)).toBe("Arisan");
  });

  it("write at most five labels under a time axis", () => {
    expect([1, 5, 6, 24, 100].map((count) => Math.ceil(count / labelStep(count)))).toEqual([1, 5, 3, 5, 5]);
  });
});

describe("the bar chart", () => {
  it("draws bars proportional to their values, the largest at full length", () => {
    const svg = barChart({ ...text, bars: [10, 5, 0, 20].map((value) => ({ label: `v${value}`, value, valueText: String(value) })) });
    const [ten, five, zero, twenty] = widths(svg) as [number, number, number, number];
    expect(twenty).toBeGreaterThan(0);
    expect(ten / twenty).toBeCloseTo(0.5, 2);
    expect(five / twenty).toBeCloseTo(0.25, 2);
    expect(zero).toBe(0);
  });

  it("scales to a fixed maximum when given one (percentages)", () => {
    const svg = barChart({
      ...text,
      max: 100,
      bars: [
        { label: "a", value: 50, valueText: "50%" },
        { label: "b", value: 100, valueText: "100%" },
      ],
    });
    const [half, full] = widths(svg) as [number, number];
    expect(half / full).toBeCloseTo(0.5, 2);
  });

  it("draws no bar for a hidden count and writes its mark instead", () => {
    const svg = barChart({
      ...text,
      bars: [
        { label: "Jombang", value: null, valueText: "<5" },
        { label: "Muncul", value: 8, valueText: "8" },
      ],
    });
    expect(widths(svg)).toHaveLength(1);
    expect(svg).toContain(">&lt;5</text>");
    expect(svg).toContain("chart__value--mark");
  });

  it("draws a single value at full length", () => {
    expect(widths(barChart({ ...text, bars: [{ label: "a", value: 3, valueText: "3" }] }))[0]).toBeGreaterThan(300);
  });
});

describe("the column chart", () => {
  it("draws columns proportional to their values against a round scale", () => {
    const svg = columnChart({ ...text, formatValue: String, columns: [4, 8, 2].map((value, i) => ({ label: `m${i}`, value })) });
    const [four, eight, two] = heights(svg) as [number, number, number];
    expect(four / eight).toBeCloseTo(0.5, 1);
    expect(two / eight).toBeCloseTo(0.25, 1);
    expect(svg).toContain(">10</text>"); // the scale's top: 8 rounded up
  });

  it("leaves a month with no activity without a column", () => {
    expect(
      heights(
        columnChart({
          ...text,
          formatValue: String,
          columns: [
            { label: "a", value: 0 },
            { label: "b", value: 2 },
          ],
        }),
      ),
    ).toHaveLength(1);
  });
});

describe("the line chart", () => {
  it("marks every point, and draws a line only between two or more", () => {
    const one = lineChart({ ...text, formatValue: String, points: [{ label: "Jan", value: 5 }] });
    expect(one.match(/<circle /g)).toHaveLength(1);
    expect(one).not.toContain("<polyline");
    const three = lineChart({ ...text, formatValue: String, points: [1, 2, 3].map((value) => ({ label: `${value}`, value })) });
    expect(three.match(/<circle /g)).toHaveLength(3);
    expect(three).toContain("<polyline");
  });
});

describe("every chart", () => {
  it("is an image named by its own title and description", () => {
    for (const [kind, svg] of Object.entries(charts([{ label: "a", value: 1 }]))) {
      expect(svg, kind).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
      expect(svg, kind).toContain('<title id="c-title">Judul</title>');
      expect(svg, kind).toContain('<desc id="c-desc">Deskripsi</desc>');
      expect(svg, kind).not.toMatch(/style=/);
    }
  });

  it("keeps hostile labels, titles and descriptions as text", () => {
    const hostile = { id: `x" onload="alert(1)`, title: HOSTILE, description: HOSTILE };
    for (const [kind, svg] of Object.entries(
      charts(
        [
          { label: HOSTILE, value: 2 },
          { label: "b", value: 1 },
        ],
        hostile,
      ),
    )) {
      expect(svg, kind).not.toContain("<script");
      expect(svg, kind).toContain("&lt;script&gt;");
      // Read back as XML: one svg, no script, no event handler, the hostile text intact as text.
      const $ = load(svg, { xml: true });
      expect($("svg").length, kind).toBe(1);
      expect($("script").length, kind).toBe(0);
      const attributes = $("*")
        .toArray()
        .flatMap((element) => Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {}));
      expect(
        attributes.filter((name) => name.startsWith("on")),
        kind,
      ).toEqual([]);
      expect($("title").text(), kind).toBe(HOSTILE);
      expect($("svg").attr("aria-labelledby"), kind).toBe(`${hostile.id}-title ${hostile.id}-desc`);
    }
  });

  it("has no NaN or Infinity for empty data, all zeros or a single value", () => {
    for (const items of [
      [],
      [
        { label: "a", value: 0 },
        { label: "b", value: 0 },
      ],
      [{ label: "a", value: 7 }],
    ]) {
      for (const [kind, svg] of Object.entries(charts(items))) {
        expect(svg, `${kind} ${items.length}`).not.toMatch(/NaN|Infinity|undefined/);
        expect(svg, kind).toMatch(/viewBox="0 0 \d+ \d+"/);
      }
    }
  });
});
