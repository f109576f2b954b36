/**
 * The options of `npm run bench -- --pages N [--json] [--growth] [--pairs K] [--seed S]`.
 */
import { GROWTH_SIZES } from "./growth.ts";

export interface BenchOptions {
  /** The sizes to run, in order: N, or with --growth 1,000, 5,000 and 20,000. */
  pages: number[];
  pairs: number;
  seed: number;
  json: boolean;
  growth: boolean;
}

/** Without --pages: the size most budgets are set at. */
export const DEFAULT_PAGES = 5_000;
/** At least three interleaved pairs: one pair's ratio alone is too much at the mercy of a busy machine. */
export const DEFAULT_PAIRS = 3;

const USAGE = "usage: npm run bench -- --pages N [--json] [--growth] [--pairs K] [--seed S]";

/**
 * @example parseBenchArgs(["--pages", "1000", "--json"]) // { pages: [1000], pairs: 3, seed: 1, json: true, growth: false }
 * @example parseBenchArgs(["--growth"]).pages // [1000, 5000, 20000]
 */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { pages: [DEFAULT_PAGES], pairs: DEFAULT_PAIRS, seed: 1, json: false, growth: false };
  const whole = (flag: string, value: string | undefined, min: number) => {
    const n = Number(value?.replaceAll(/[,_]/g, ""));
    if (!Number.isInteger(n) || n < min)
      throw new Error(`${flag} needs a whole number of at least ${min}, not ${value ?? "nothing"}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes("=") ? (arg.split("=", 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === "--pages") options.pages = [whole(flag, value(), 5)];
    else if (flag === "--pairs") options.pairs = whole(flag, value(), 1);
    else if (flag === "--seed") options.seed = whole(flag, value(), 0);
    else if (flag === "--json") options.json = true;
    else if (flag === "--growth") options.growth = true;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (options.growth) options.pages = [...GROWTH_SIZES];
  return options;
}
