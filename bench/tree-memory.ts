/**
 * Memory of a process and everything it started, read from Linux's /proc. A build is more than
 * one process: Pagefind runs as its own binary (the `pagefind` npm package starts it and talks
 * to it over pipes) and the CMS bundle runs esbuild's, both at the same time as Node. A
 * process's own peak (process.resourceUsage().maxRSS, or `/usr/bin/time -f %M`, which reports
 * the largest single descendant) misses what they add up to, so the tree is sampled instead:
 * the sum of the resident set sizes of the process and all its descendants, every few
 * milliseconds. A spike shorter than the interval can be missed; shared pages are counted once
 * per process, which slightly over-counts.
 */
import { readdirSync, readFileSync } from "node:fs";

/** What one sample of a process tree holds. */
export interface TreeSample {
  /** Sum of VmRSS over the tree, bytes. */
  totalBytes: number;
  /** VmRSS per command name (node, pagefind_extended, esbuild, …), summed over processes with that name, bytes. */
  byCommand: Record<string, number>;
}

/** The peak of a series of samples. */
export interface TreePeak {
  /** Largest sum over the tree seen in one sample, bytes. */
  totalBytes: number;
  /** Largest value seen per command name (not necessarily in the same sample), bytes. */
  byCommand: Record<string, number>;
  samples: number;
}

/** Whether this machine has a /proc to read (Linux). */
export function canSampleTrees(): boolean {
  try {
    readFileSync("/proc/self/status");
    return true;
  } catch {
    return false;
  }
}

/**
 * The parent of every process, from /proc/<pid>/stat (the command name in parentheses may
 * itself hold spaces and parentheses, so the fields are read after the last ")").
 * @example parentOf("1234 (node) S 1200 1234 …") // 1200
 */
export function parentOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[1]);
}

/**
 * `root` and all its descendants, given each process's parent.
 * @example descendants(10, new Map([[11, 10], [12, 11], [13, 1]])) // [10, 11, 12]
 */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/**
 * One sample of the tree under `root`.
 * @example sampleTree(child.pid).totalBytes
 */
export function sampleTree(root: number): TreeSample {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readText(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), parentOf(stat));
  }
  const sample: TreeSample = { totalBytes: 0, byCommand: {} };
  for (const pid of descendants(root, parents)) {
    const status = readText(`/proc/${pid}/status`);
    const rss = status && /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (!rss) continue;
    const bytes = Number(rss[1]) * 1024;
    const command = /^Name:\s+(.*)$/m.exec(status as string)?.[1] ?? "?";
    sample.totalBytes += bytes;
    sample.byCommand[command] = (sample.byCommand[command] ?? 0) + bytes;
  }
  return sample;
}

/**
 * Samples the tree under `root` every `everyMs` until stopped; returns the peaks.
 * @example const sampler = sampleTreeUntilStopped(child.pid, 50); … const peak = sampler.stop();
 */
export function sampleTreeUntilStopped(root: number, everyMs: number): { stop(): TreePeak } {
  const peak: TreePeak = { totalBytes: 0, byCommand: {}, samples: 0 };
  const take = () => {
    const sample = sampleTree(root);
    if (sample.totalBytes === 0) return;
    peak.samples += 1;
    peak.totalBytes = Math.max(peak.totalBytes, sample.totalBytes);
    for (const [command, bytes] of Object.entries(sample.byCommand))
      peak.byCommand[command] = Math.max(peak.byCommand[command] ?? 0, bytes);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
