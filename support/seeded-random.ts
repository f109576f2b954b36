/**
 * A small seeded random generator (mulberry32) so that property tests run the same tables on
 * every machine and a failure can be replayed.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
}

/**
 * @example const random = seededRandom(42); random.int(1, 6) // the same on every run
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/**
 * A case count skewed small, the way case numbers per kelurahan and concern are: often 0,
 * often below k, sometimes larger.
 * @example smallCount(random, 5) // 0, 3, 1, 12, 0, 4, …
 */
export function smallCount(random: Random, k: number): number {
  const u = random.next();
  if (u < 0.3) return 0;
  if (u < 0.7) return random.int(1, k - 1);
  return random.int(k, k + 15);
}
