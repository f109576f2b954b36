import { describe, expect, it } from "vitest";
import {
  firstSearchBudget,
  firstSearchRatioBudget,
  growthBudget,
  judgeReports,
  memoryRatioBudget,
  modulePageBudget,
  offlineDownloadBudget,
  peakMemoryBudget,
  pipelineRatioBudget,
  rebuildBudget,
  type SizeFigures,
} from "../../bench/budgets.ts";
import { formatBudgets } from "../../bench/report.ts";
import { GB, KB, MB } from "../../bench/units.ts";

const size = (records: number, changes: Partial<SizeFigures> = {}): SizeFigures => ({
  records,
  medianRatio: 1.4,
  htmlPagesPerLanguage: { id: records },
  pipeline: { medianMs: 100_000, peakBytes: GB },
  stock: { peakBytes: GB },
  firstSearch: [{ term: "arisan", ours: { bytes: 200 * KB, transferBytes: 120 * KB }, stock: { lighter: { transferBytes: 115 * KB } } }],
  offline: [{ lang: "id", bytes: 3 * MB, transferBytes: 1.5 * MB, files: 150 }],
  modulePage: { heaviest: { totalGzipBytes: 12 * KB }, pages: 20, pagesWithScripts: 0, reading: { reads: true } },
  rebuild: { rebuildMs: 10_000 },
  ...changes,
});

describe("the pipeline ratio budget", () => {
  it("passes at 1.5× the stock toolchain and fails above it, at 5,000 records", () => {
    expect(pipelineRatioBudget(1.5, 5000).verdict).toBe("PASS");
    expect(pipelineRatioBudget(1.51, 5000).verdict).toBe("FAIL");
    expect(pipelineRatioBudget(1.5, 5000).label).toContain("stock toolchain (bare Eleventy + Pagefind CLI)");
  });

  it("says whether the stretch goal of 1.2× is met, without letting it change the verdict", () => {
    expect(pipelineRatioBudget(1.2, 5000)).toMatchObject({ verdict: "PASS", measured: expect.stringContaining("stretch 1.2× met") });
    expect(pipelineRatioBudget(1.3, 5000)).toMatchObject({ verdict: "PASS", measured: expect.stringContaining("stretch 1.2× not met") });
  });

  it("gives no verdict at another size, but says what the figure would give", () => {
    const budget = pipelineRatioBudget(2.3, 1000);
    expect(budget.verdict).toBe("n/a");
    expect(budget.note).toContain("would fail");
    expect(budget.measured).toContain("N = 1,000");
  });
});

describe("the growth budget", () => {
  it("passes up to an exponent of 1.1 and is not judged without --growth", () => {
    expect(growthBudget(1.1).verdict).toBe("PASS");
    expect(growthBudget(1.11).verdict).toBe("FAIL");
    expect(growthBudget(null)).toMatchObject({ verdict: "n/a", note: "run with --growth" });
  });
});

describe("the peak memory budgets", () => {
  it("is judged at 20,000 records against 4 GB, and says so when memory could not be sampled", () => {
    expect(peakMemoryBudget(4 * GB, 20000).verdict).toBe("PASS");
    expect(peakMemoryBudget(4 * GB + 1, 20000).verdict).toBe("FAIL");
    expect(peakMemoryBudget(5 * GB, 5000).verdict).toBe("n/a");
    expect(peakMemoryBudget(null, 20000).verdict).toBe("n/a");
  });

  it("lets the pipeline's process tree peak at 1.5× the stock toolchain's at 5,000 records", () => {
    expect(memoryRatioBudget(3 * GB, 2 * GB, 5000)).toMatchObject({ verdict: "PASS", measured: expect.stringContaining("1.50×") });
    expect(memoryRatioBudget(3 * GB + 1, 2 * GB, 5000).verdict).toBe("FAIL");
    expect(memoryRatioBudget(GB, GB, 1000).verdict).toBe("n/a");
    expect(memoryRatioBudget(GB, null, 5000)).toMatchObject({ verdict: "n/a", measured: "not measured" });
  });
});

describe("the module page budget", () => {
  const page = { totalGzipBytes: 20 * KB, readsWithoutJavaScript: true, pagesWithScripts: 0, pages: 10 };

  it("passes at 20 KB gzipped when the page reads without JavaScript", () => {
    expect(modulePageBudget(page).verdict).toBe("PASS");
  });

  it("fails when the page is heavier or needs JavaScript to be read", () => {
    expect(modulePageBudget({ ...page, totalGzipBytes: 20 * KB + 1 }).verdict).toBe("FAIL");
    expect(modulePageBudget({ ...page, readsWithoutJavaScript: false }).verdict).toBe("FAIL");
  });

  it("lets a page carry a script that reading does not need, and says it does", () => {
    const budget = modulePageBudget({ ...page, pagesWithScripts: 10 });
    expect(budget.verdict).toBe("PASS");
    expect(budget.measured).toContain("<script> on 10 of 10");
  });
});

describe("the first search budgets", () => {
  it("is judged on the compressed bytes at 5,000 records and names the bytes as stored too", () => {
    const budget = firstSearchBudget({ term: "atau", transferBytes: 150 * KB, bytes: 210 * KB }, 5000, 4026);
    expect(budget.verdict).toBe("PASS");
    expect(budget.measured).toContain("210.0 KB as stored");
    expect(budget.measured).toContain('heaviest term "atau"');
    expect(budget.measured).toContain("4,026 pages per language");
    expect(firstSearchBudget({ term: "atau", transferBytes: 150 * KB + 1, bytes: 0 }, 5000, 4026).verdict).toBe("FAIL");
    expect(firstSearchBudget({ term: "atau", transferBytes: 10, bytes: 10 }, 1000, 800).verdict).toBe("n/a");
  });

  it("holds every term to 1.1× bare Pagefind, judged on the term with the largest ratio", () => {
    const terms = [
      { term: "arisan", oursBytes: 110, stockBytes: 100 },
      { term: "atau", oursBytes: 300, stockBytes: 290 },
    ];
    expect(firstSearchRatioBudget(terms, 5000)).toMatchObject({ verdict: "PASS", measured: expect.stringContaining('1.10× for "arisan"') });
    const worse = firstSearchRatioBudget([...terms, { term: "radikalisme", oursBytes: 112, stockBytes: 100 }], 5000);
    expect(worse).toMatchObject({ verdict: "FAIL", measured: expect.stringContaining('"radikalisme"') });
    expect(firstSearchRatioBudget(terms, 1000).verdict).toBe("n/a");
    expect(firstSearchRatioBudget(null, 5000).measured).toBe("not measured");
  });
});

describe("the offline download budget", () => {
  it("allows 2 MB per language as a compressing host sends it, at 5,000 records", () => {
    const lang = { lang: "id", bytes: 5 * MB, transferBytes: 2 * MB, files: 200 };
    expect(offlineDownloadBudget(lang, 5000)).toMatchObject({
      verdict: "PASS",
      measured: expect.stringContaining("5.00 MB as stored, 200 files"),
    });
    expect(offlineDownloadBudget({ ...lang, transferBytes: 2 * MB + 1 }, 5000).verdict).toBe("FAIL");
    expect(offlineDownloadBudget(lang, 1000).verdict).toBe("n/a");
    expect(offlineDownloadBudget(null, 5000).verdict).toBe("n/a");
  });
});

describe("the rebuild budget", () => {
  it("passes at a fifth of a full build, at any size, naming the size", () => {
    expect(rebuildBudget(20_000, 100_000, 1000)).toMatchObject({ verdict: "PASS", measured: expect.stringContaining("N = 1,000") });
    expect(rebuildBudget(20_001, 100_000, 5000).verdict).toBe("FAIL");
    expect(rebuildBudget(null, 100_000, 5000).verdict).toBe("n/a");
  });

  it("names when search finds the edit, without letting it change the verdict", () => {
    const budget = rebuildBudget(10_000, 100_000, 5000, undefined, 40_000);
    expect(budget.verdict).toBe("PASS");
    expect(budget.measured).toContain("search finds the edit after 40.0 s (0.40×)");
  });
});

describe("judgeReports", () => {
  it("judges each budget on the size it is set at", () => {
    const budgets = judgeReports(
      [size(1000, { medianRatio: 9 }), size(5000), size(20000, { pipeline: { medianMs: 400_000, peakBytes: 5 * GB } })],
      1,
    );
    expect(Object.fromEntries(budgets.map((budget) => [budget.id, budget.verdict]))).toEqual({
      "pipeline-ratio": "PASS",
      "memory-ratio": "PASS",
      "peak-memory": "FAIL",
      growth: "PASS",
      "first-search-ratio": "PASS",
      "first-search": "PASS",
      "offline-download": "PASS",
      "module-page": "PASS",
      rebuild: "PASS",
    });
  });

  it("compares each term's first search with bare Pagefind's, and the heaviest with 150 KB", () => {
    const firstSearch = [
      { term: "arisan", ours: { bytes: 200 * KB, transferBytes: 120 * KB }, stock: { lighter: { transferBytes: 115 * KB } } },
      { term: "atau", ours: { bytes: 220 * KB, transferBytes: 160 * KB }, stock: { lighter: { transferBytes: 130 * KB } } },
    ];
    const budgets = judgeReports([size(5000, { firstSearch })], null);
    expect(budgets.find((budget) => budget.id === "first-search-ratio")).toMatchObject({
      verdict: "FAIL",
      measured: expect.stringContaining('"atau"'),
    });
    expect(budgets.find((budget) => budget.id === "first-search")).toMatchObject({
      verdict: "FAIL",
      measured: expect.stringContaining('"atau"'),
    });
  });

  it("judges the memory ratio on the peaks of both process trees", () => {
    const budgets = judgeReports([size(5000, { pipeline: { medianMs: 1, peakBytes: 4 * GB }, stock: { peakBytes: 2 * GB } })], null);
    expect(budgets.find((budget) => budget.id === "memory-ratio")).toMatchObject({
      verdict: "FAIL",
      measured: expect.stringContaining("2.00×"),
    });
  });

  it("falls back to the largest size measured and marks size-bound budgets n/a", () => {
    const budgets = judgeReports([size(1000, { rebuild: null })], null);
    expect(Object.fromEntries(budgets.map((budget) => [budget.id, budget.verdict]))).toEqual({
      "pipeline-ratio": "n/a",
      "memory-ratio": "n/a",
      "peak-memory": "n/a",
      growth: "n/a",
      "first-search-ratio": "n/a",
      "first-search": "n/a",
      "offline-download": "n/a",
      "module-page": "PASS",
      rebuild: "n/a",
    });
  });

  it("prints a failed budget so that it cannot be missed", () => {
    const lines = formatBudgets(judgeReports([size(5000, { medianRatio: 2.4 })], null));
    expect(lines.find((line) => line.includes("stock toolchain (bare Eleventy"))).toMatch(/^FAIL ✗/);
  });
});

describe("a size the pipeline could not finish", () => {
  const crash = { records: 20000, error: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" };

  it("fails the budgets set at that size and leaves the others to the sizes that finished", () => {
    const budgets = judgeReports([size(1000), size(5000)], null, [crash]);
    expect(Object.fromEntries(budgets.map((budget) => [budget.id, budget.verdict]))).toMatchObject({
      "pipeline-ratio": "PASS",
      "memory-ratio": "PASS",
      growth: "FAIL",
      "peak-memory": "FAIL",
      "first-search": "PASS",
      "offline-download": "PASS",
    });
    expect(budgets.find((budget) => budget.id === "peak-memory")).toMatchObject({
      measured: "did not finish at N = 20,000",
      note: crash.error,
    });
  });

  it("still gives a verdict when no size finished at all", () => {
    const budgets = judgeReports([], null, [crash]);
    expect(budgets.find((budget) => budget.id === "peak-memory")?.verdict).toBe("FAIL");
    expect(budgets.find((budget) => budget.id === "module-page")?.verdict).toBe("n/a");
  });
});
