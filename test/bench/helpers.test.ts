import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "../../bench/args.ts";
import { pipelineGrowth } from "../../bench/growth.ts";
import { parseResult, RESULT_MARKER } from "../../bench/measure-child.ts";
import { readingLines } from "../../bench/reading-without-javascript.ts";
import { buildSeconds, EDIT_MARKER, withEdit } from "../../bench/rebuild.ts";
import { transferBytes } from "../../bench/site-session.ts";
import { growthExponent, median } from "../../bench/stats.ts";
import { descendants, parentOf } from "../../bench/tree-memory.ts";
import { formatBytes, formatSeconds } from "../../bench/units.ts";
import { failureLine } from "../../bench/report.ts";
import { gzipSync } from "node:zlib";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe("growthExponent", () => {
  it("is 1 when time grows in proportion to size and 2 when it grows with its square", () => {
    expect(growthExponent({ records: 5000, ms: 100 }, { records: 20000, ms: 400 })).toBeCloseTo(1);
    expect(growthExponent({ records: 5000, ms: 100 }, { records: 20000, ms: 1600 })).toBeCloseTo(2);
  });

  it("is taken between 5,000 and 20,000 records only when both were measured", () => {
    expect(pipelineGrowth([{ records: 5000, pipeline: { medianMs: 100 } }])).toBeNull();
    expect(
      pipelineGrowth([
        { records: 1000, pipeline: { medianMs: 1 } },
        { records: 5000, pipeline: { medianMs: 100 } },
        { records: 20000, pipeline: { medianMs: 800 } },
      ])?.exponent,
    ).toBeCloseTo(1.5);
  });
});

describe("parseBenchArgs", () => {
  it("reads the size, the pairs and the output format", () => {
    expect(parseBenchArgs(["--pages", "1000", "--json", "--pairs=5"])).toEqual({
      pages: [1000],
      pairs: 5,
      seed: 1,
      json: true,
      growth: false,
    });
  });

  it("runs 5,000 records in three pairs by default, and three sizes with --growth", () => {
    expect(parseBenchArgs([])).toMatchObject({ pages: [5000], pairs: 3 });
    expect(parseBenchArgs(["--growth"]).pages).toEqual([1000, 5000, 20000]);
  });

  it("refuses unknown options and sizes that are not whole numbers", () => {
    expect(() => parseBenchArgs(["--page", "10"])).toThrow(/unknown option/);
    expect(() => parseBenchArgs(["--pages", "ten"])).toThrow(/whole number/);
  });
});

describe("the child process protocol", () => {
  it("finds the result line among everything else the child printed", () => {
    expect(parseResult(`[11ty] Wrote 3 files\n${RESULT_MARKER}{"maxRssBytes":5}\n`)).toEqual({ maxRssBytes: 5 });
    expect(() => parseResult("nothing here")).toThrow(/no result/);
  });
});

describe("the process tree", () => {
  it("reads a parent from /proc/<pid>/stat even when the command name holds spaces and parentheses", () => {
    expect(parentOf("4321 (my (odd) cmd) S 1200 4321 4321 0 -1")).toBe(1200);
  });

  it("collects a process and all its descendants, nothing else", () => {
    expect(
      descendants(
        10,
        new Map([
          [11, 10],
          [12, 11],
          [13, 1],
          [14, 10],
        ]),
      ).sort(),
    ).toEqual([10, 11, 12, 14]);
  });
});

describe("the rebuild measurement", () => {
  it("adds a marked sentence at the end of a Markdown entry's body", () => {
    const edited = withEdit("---\ntitle: x\n---\n## A\n\nB.\n");
    expect(edited).toBe(`---\ntitle: x\n---\n## A\n\nB.\n\nKalimat ${EDIT_MARKER} ditambahkan.\n`);
  });

  it("reads Eleventy's build times from its output", () => {
    expect(
      buildSeconds("[11ty] Copied 4 Wrote 96 files in 2.37 seconds (24.7ms each, v3.1.8)\n[11ty] Wrote 1 file in 0.5 seconds"),
    ).toEqual([2.37, 0.5]);
  });
});

describe("what a page and a search weigh", () => {
  it("counts files that are gzip data already as they are, and gzips the others", () => {
    const text = Buffer.from("pagefind ".repeat(500));
    const gzipped = gzipSync(text);
    expect(transferBytes(gzipped)).toBe(gzipped.byteLength);
    expect(transferBytes(text)).toBe(gzipSync(text).byteLength);
  });

  it("reads only lines long enough to be text, not labels", () => {
    expect(readingLines("Modul\n  Sebuah paragraf yang cukup panjang untuk dibaca oleh relawan.  \nCari")).toEqual([
      "Sebuah paragraf yang cukup panjang untuk dibaca oleh relawan.",
    ]);
  });

  it("writes bytes and seconds the way the report prints them", () => {
    expect(formatBytes(150 * 1024)).toBe("150.0 KB");
    expect(formatBytes(2.1 * 1024 * 1024)).toBe("2.10 MB");
    expect(formatBytes(1_317_027_840)).toBe("1,256 MB");
    expect(formatSeconds(47_419)).toBe("47.4 s");
    expect(formatSeconds(612_000)).toBe("612 s (10.2 min)");
  });
});

describe("failureLine", () => {
  it("picks V8's out-of-memory line out of a child's output", () => {
    expect(
      failureLine(
        "bench/run-pipeline.ts failed (exit 134):\n[11ty] Writing …\n<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n",
      ),
    ).toBe("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
  });
});
