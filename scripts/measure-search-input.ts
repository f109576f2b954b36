// npm run measure:search-input [-- --pages N] [--rounds K]: what each thing the pipeline adds
// to the pages Pagefind reads costs it, in indexing time and index bytes. Prints figures.
//
// The synthetic corpus of `npm run bench` (N records, default 1,000) is built once by the real
// pipeline (lib/build/build-site.ts). Then Pagefind's own CLI indexes copies of the same built
// pages with one addition taken out at a time — the facets, metadata and sort keys
// (templates/components/search-data.njk), the glossary keyword line (lib/site/search-keywords.ts),
// both — and bare Eleventy's pages of the same Markdown (the stock toolchain's input). The
// variants run in turn, K rounds (default 3), so a busy machine slows them alike; the medians are
// printed with each variant's time relative to the pages as built. Last, the pipeline's own way
// (every page through Pagefind's Node API, lib/search/index-site.ts) against the CLI reading the
// same files.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { buildBare } from "../bench/bare-eleventy.ts";
import { writeSyntheticCorpus } from "../bench/synthetic-corpus.ts";
import { buildSite } from "../lib/build/build-site.ts";
import { indexSite } from "../lib/search/index-site.ts";

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const records = option("--pages", 1000);
const rounds = option("--rounds", 3);
const PAGEFIND = path.resolve("node_modules/.bin/pagefind");

const FACETS = /<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/g;
const KEYWORDS = /<p hidden data-pagefind-weight="0\.5" data-search-keywords>[^<]*<\/p>/g;

const workspace = mkdtempSync(path.join(tmpdir(), "pustaka-search-input-"));
const corpus = writeSyntheticCorpus({ records, seed: 1, dir: workspace });
const built = path.join(workspace, "built");
await buildSite({ root: corpus.root, outDir: built });
const bareOut = path.join(workspace, "bare-out");
await buildBare({ input: corpus.bareInput, output: bareOut });

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html") && !file.startsWith("admin"));

/** A copy of the built pages (HTML only) with `strip` applied to each. */
function variant(name: string, strip: (html: string) => string): string {
  const dir = path.join(workspace, name);
  for (const file of htmlFiles(built)) {
    const target = path.join(dir, file);
    cpSync(path.join(built, file), target);
    writeFileSync(target, strip(readFileSync(target, "utf8")));
  }
  return dir;
}

const folderBytes = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);

async function pagefindCli(site: string): Promise<{ seconds: number; bytes: number }> {
  const output = path.join(site, "pagefind");
  rmSync(output, { recursive: true, force: true });
  const start = performance.now();
  await run(PAGEFIND, ["--site", site, "--output-path", output, "--exclude-selectors", "nav"], { maxBuffer: 64 * 1024 * 1024 });
  return { seconds: (performance.now() - start) / 1000, bytes: folderBytes(output) };
}

const variants: [string, string][] = [
  ["pages as built", variant("as-built", (html) => html)],
  ["without facets, metadata, sort keys", variant("no-facets", (html) => html.replace(FACETS, ""))],
  ["without the glossary keyword line", variant("no-keywords", (html) => html.replace(KEYWORDS, ""))],
  ["without both", variant("neither", (html) => html.replace(FACETS, "").replace(KEYWORDS, ""))],
  ["bare Eleventy's pages (stock)", bareOut],
];

const times = new Map<string, number[]>(variants.map(([name]) => [name, []]));
const sizes = new Map<string, number>();
for (let round = 0; round < rounds; round += 1) {
  // Each round in a different order, so no variant always runs first or last.
  const order = round % 2 === 0 ? variants : [...variants].reverse();
  for (const [name, dir] of order) {
    const { seconds, bytes } = await pagefindCli(dir);
    times.get(name)!.push(seconds);
    sizes.set(name, bytes);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const reference = median(times.get("pages as built")!);
console.log(
  `npm run measure:search-input — ${records} records (${corpus.counts.modules} modules, ${corpus.counts.caseStudies} case studies, ${corpus.counts.activities} activities), ${rounds} rounds, Pagefind CLI`,
);
console.log(`${"pages Pagefind reads".padEnd(40)} ${"median".padStart(8)} ${"vs built".padStart(9)} ${"index".padStart(9)}`);
for (const [name] of variants) {
  const seconds = median(times.get(name)!);
  console.log(
    `${name.padEnd(40)} ${`${seconds.toFixed(2)} s`.padStart(8)} ${`${((seconds / reference) * 100).toFixed(0)}%`.padStart(9)} ${`${(sizes.get(name)! / 1024 / 1024).toFixed(1)} MB`.padStart(9)}`,
  );
}

// The pipeline hands every page to Pagefind's Node API as Eleventy writes it; here the same
// pages, all at once, against the CLI reading the files (both on the pages as built).
const asBuilt = path.join(workspace, "as-built");
const pages = htmlFiles(asBuilt).map((file) => ({
  url: `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, ""),
  content: readFileSync(path.join(asBuilt, file), "utf8"),
}));
const apiStart = performance.now();
await indexSite(path.join(workspace, "api-out"), pages);
const apiSeconds = (performance.now() - apiStart) / 1000;
const cli = await pagefindCli(asBuilt);
console.log(
  `the same pages through the Node API (addHTMLFile, one by one): ${apiSeconds.toFixed(2)} s; the CLI reading the files: ${cli.seconds.toFixed(2)} s`,
);
rmSync(workspace, { recursive: true, force: true });
