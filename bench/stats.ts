/**
 * The few statistics the benchmark reports: medians (robust to one slow run caused by the
 * machine rather than the build) and the growth exponent between two sizes.
 */

/**
 * The middle value; the mean of the two middle values for an even count.
 * @example median([3, 1, 2]) // 2
 * @example median([4, 1, 2, 3]) // 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * How time grows with size between two measurements: t ∝ N^exponent, so 1 is linear and 2
 * quadratic. From 5,000 to 20,000 records it is log(t20000 / t5000) / log(4).
 * @example growthExponent({ records: 5000, ms: 100_000 }, { records: 20000, ms: 400_000 }) // 1
 * @example growthExponent({ records: 5000, ms: 100_000 }, { records: 20000, ms: 800_000 }) // 1.5
 */
export function growthExponent(small: { records: number; ms: number }, large: { records: number; ms: number }): number {
  if (!(small.records > 0 && large.records > small.records && small.ms > 0 && large.ms > 0)) {
    throw new Error("growth needs two sizes, the second larger, and positive times");
  }
  return Math.log(large.ms / small.ms) / Math.log(large.records / small.records);
}
