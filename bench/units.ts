/**
 * How the benchmark writes its figures. KB, MB and GB are powers of 1,024 here, as in
 * `npm run bench:search`, so its figures and these compare directly.
 */

export const KB = 1024;
export const MB = 1024 * KB;
export const GB = 1024 * MB;

/**
 * Two decimals from 1 to 10 MB, where budgets of a few megabytes are judged.
 * @example formatBytes(153_600) // "150.0 KB"
 * @example formatBytes(2_202_009) // "2.10 MB"
 * @example formatBytes(1_317_027_840) // "1,256 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < 10 * MB) return `${(bytes / MB).toFixed(2)} MB`;
  if (bytes < 10 * GB) return `${Math.round(bytes / MB).toLocaleString("en")} MB`;
  return `${(bytes / GB).toFixed(1)} GB`;
}

/**
 * @example formatSeconds(47_419) // "47.4 s"
 * @example formatSeconds(612_000) // "612 s (10.2 min)"
 */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 100) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  return `${Math.round(seconds)} s${seconds >= 120 ? ` (${(seconds / 60).toFixed(1)} min)` : ""}`;
}

/**
 * @example formatCount(20000) // "20,000"
 */
export function formatCount(n: number): string {
  return n.toLocaleString("en");
}

/**
 * @example formatRatio(1.4567) // "1.46×"
 */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}
