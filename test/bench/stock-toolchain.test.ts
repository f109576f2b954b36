import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../../lib/content/project-paths.ts";
import { commonestWord, words } from "../../bench/common-word.ts";
import { maxOrNull, pairOrder, peakPerCommand, summarizePairs, type RunPair } from "../../bench/pairs.ts";
import { precacheUrls } from "../../bench/precache-weight.ts";
import { lighterWay } from "../../bench/stock-search-weight.ts";
import { PAGEFIND_CLI, pagefindCommand, STOCK_SCRIPT, stockRun } from "../../bench/stock-toolchain.ts";

describe("the stock run's commands", () => {
  it("runs the project's own Pagefind command line over the built site, with no other option", () => {
    expect(PAGEFIND_CLI).toBe(path.join(PROJECT_DIR, "node_modules/.bin/pagefind"));
    expect(pagefindCommand("/tmp/w/stock-out")).toEqual({ command: PAGEFIND_CLI, args: ["--site", "/tmp/w/stock-out"] });
  });

  it("starts one child script for both steps, outside the project so Eleventy sees none of its files", () => {
    const run = stockRun({ input: "/tmp/w/bare", output: "/tmp/w/stock-out", work: "/tmp/w" });
    expect(run).toEqual({ script: STOCK_SCRIPT, args: ["/tmp/w/bare", "/tmp/w/stock-out"], cwd: "/tmp/w" });
    expect(run.script).toBe("bench/run-stock.ts");
  });
});

const pair = (stockMs: number, pipelineMs: number, changes: Partial<RunPair> = {}): RunPair => ({
  order: "stock first",
  stockMs,
  stockEleventyMs: stockMs / 2,
  stockPagefindMs: stockMs / 2,
  pipelineMs,
  ratio: pipelineMs / stockMs,
  stockPeakBytes: 100,
  pipelinePeakBytes: 150,
  stockPeakByCommand: { node: 60, pagefind_extend: 40 },
  pipelinePeakByCommand: { node: 90, pagefind_extend: 60 },
  pipelineNodePeakBytes: 90,
  ...changes,
});

describe("the pairs", () => {
  it("alternate their order, the stock toolchain first in the first pair", () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual(["stock first", "pipeline first", "stock first", "pipeline first"]);
  });

  it("are judged on the median of their ratios, not the ratio of the medians", () => {
    // Ratios 3, 1.5 and 1.2: median 1.5. The medians (10 s and 20 s) would give 2.
    const summary = summarizePairs([pair(10_000, 30_000), pair(20_000, 30_000), pair(5_000, 6_000)]);
    expect(summary.medianRatio).toBe(1.5);
    expect(summary.stock.medianMs).toBe(10_000);
    expect(summary.pipeline.medianMs).toBe(30_000);
    expect(summary.stock.medianEleventyMs).toBe(5_000);
    expect(summary.stock.medianPagefindMs).toBe(5_000);
  });

  it("take each side's largest peak over the runs, and their ratio", () => {
    const summary = summarizePairs([
      pair(1, 1, { stockPeakBytes: 200, pipelinePeakBytes: 250 }),
      pair(1, 1, { stockPeakBytes: 150, pipelinePeakBytes: 400 }),
    ]);
    expect(summary.stock.peakBytes).toBe(200);
    expect(summary.pipeline.peakBytes).toBe(400);
    expect(summary.peakRatio).toBe(2);
  });

  it("leave a peak unknown when any run could not be sampled, rather than taking it for zero", () => {
    expect(maxOrNull([1, null, 3])).toBeNull();
    expect(maxOrNull([1, 3])).toBe(3);
    expect(summarizePairs([pair(1, 1, { stockPeakBytes: null })]).peakRatio).toBeNull();
  });

  it("keep the largest peak of each process name", () => {
    expect(
      peakPerCommand([
        { node: 5, esbuild: 1 },
        { node: 3, pagefind_extend: 9 },
      ]),
    ).toEqual({ node: 5, esbuild: 1, pagefind_extend: 9 });
  });

  it("cannot be summarised when there are none", () => {
    expect(() => summarizePairs([])).toThrow();
  });
});

describe("the word on nearly every page", () => {
  it("splits words as Pagefind does, lower-cased, letters and digits", () => {
    expect(words("Warga, RT-05 dan kader: Ibu!")).toEqual(["warga", "rt", "05", "dan", "kader", "ibu"]);
  });

  it("is the word on the most pages, counted once per page, ties to the alphabetically first", () => {
    expect(commonestWord(["dan dan dan warga", "warga kader", "warga dan"])).toEqual({ word: "warga", pages: 3, of: 3 });
    expect(commonestWord(["b a", "a b"])).toEqual({ word: "a", pages: 2, of: 2 });
    expect(commonestWord([])).toBeNull();
  });
});

describe("the offline download", () => {
  it("reads the precache list at the start of the built service worker", () => {
    const worker =
      'self.PRECACHE = {"lang":"id","version":"ab12","urls":["/assets/a.css","/id/"]};\nself.addEventListener("install", () => {});\n';
    expect(precacheUrls(worker)).toEqual(["/assets/a.css", "/id/"]);
    expect(() => precacheUrls("self.addEventListener();")).toThrow(/no precache list/);
  });
});

describe("bare Pagefind's first search", () => {
  it("is compared by its lighter way, its API or its default UI", () => {
    const api = { bytes: 200, transferBytes: 90, files: 8 };
    const ui = { bytes: 300, transferBytes: 120, files: 10 };
    expect(lighterWay({ term: "x", api, ui })).toBe(api);
    expect(lighterWay({ term: "x", api: ui, ui: api })).toBe(api);
  });
});
