// `npm run export -- [--out DIR] [--delimiter ";"]`: write into DIR (default exports/) the CSV
// files the site offers under /data/ — the activities in Indonesian (kegiatan.csv, `;`) and in
// English (activities.csv, `,`), action-plan.csv and case-statistics.csv (suppressed, as the
// site shows them) — UTF-8 with BOM, formula-safe, byte for byte the site's files unless
// --delimiter picks one separator for all. Refuses while `npm run check` finds problems (exit 1),
// like the build.
import path from "node:path";
import { formatProblems, runCheck, summarise } from "../lib/build/check-content.ts";
import type { Delimiter } from "../lib/csv/read-records.ts";
import { writeFileAtomically } from "../lib/csv/write-file-atomically.ts";
import { csvText, publishedTables } from "../lib/site/download-tables.ts";
import { createSiteContext } from "../lib/site/site-context.ts";

const USAGE = 'usage: npm run export -- [--out DIR] [--delimiter ";"] — cara pakai: npm run export -- [--out FOLDER] [--delimiter ";"]';
const DELIMITERS: Record<string, Delimiter> = { ",": ",", ";": ";", tab: "\t", "\t": "\t" };

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let out = "exports";
// Unless given, each file keeps its own: `;` for the Indonesian one, as Indonesian Excel expects.
let delimiter: Delimiter | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
  const value = () => inline ?? args[++i] ?? fail(`${name} needs a value — ${name} memerlukan nilai`);
  if (name === "--out") out = value();
  else if (name === "--delimiter") {
    const given = value();
    delimiter =
      DELIMITERS[given] ?? fail(`the delimiter must be "," ";" or tab, not ${JSON.stringify(given)} — pemisah harus "," ";" atau tab`);
  } else fail(`unknown argument ${arg} — argumen tidak dikenal ${arg}`);
}

const root = process.cwd();
const result = runCheck(root);
if (!result.ok) {
  for (const line of formatProblems(result.problems)) console.error(line);
  console.error(summarise(result));
  console.error("✗ nothing exported: fix the content first — tidak ada yang diekspor: perbaiki konten dulu");
  process.exit(1);
}
const context = createSiteContext(result);
// Each file once: a table with bilingual headings is the same file in both languages.
const tables = new Map(
  publishedTables(context)
    .flatMap(({ csv }) => Object.values(csv))
    .map((table) => [table.name, table]),
);
for (const table of tables.values()) {
  const file = path.resolve(root, out, table.name);
  writeFileAtomically(file, csvText(table, delimiter));
  const shown = path.relative(root, file).startsWith("..") ? file : path.relative(root, file);
  console.log(`✓ ${shown}: ${table.rows.length} rows — ${table.rows.length} baris`);
}
