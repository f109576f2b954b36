/**
 * `--growth`: the sizes it runs and the exponent it derives from them.
 */
import { LIMITS } from "./budgets.ts";
import { growthExponent } from "./stats.ts";

/** 1,000 shows the fixed costs; the exponent is taken between the two larger sizes. */
export const GROWTH_SIZES = [1_000, LIMITS.growthExponent.from, LIMITS.growthExponent.to] as const;

export interface Growth {
  from: number;
  to: number;
  /** Median pipeline time at each size, milliseconds. */
  fromMs: number;
  toMs: number;
  exponent: number;
}

/**
 * The growth of the pipeline's median time between the budget's two sizes, or null when
 * either was not measured.
 * @example pipelineGrowth([{ records: 5000, pipeline: { medianMs: 100 } }, { records: 20000, pipeline: { medianMs: 400 } }])?.exponent // 1
 */
export function pipelineGrowth(reports: readonly { records: number; pipeline: { medianMs: number } }[]): Growth | null {
  const { from, to } = LIMITS.growthExponent;
  const small = reports.find((report) => report.records === from);
  const large = reports.find((report) => report.records === to);
  if (!small || !large) return null;
  return {
    from,
    to,
    fromMs: small.pipeline.medianMs,
    toMs: large.pipeline.medianMs,
    exponent: growthExponent({ records: from, ms: small.pipeline.medianMs }, { records: to, ms: large.pipeline.medianMs }),
  };
}
