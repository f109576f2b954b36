// `npm run pii -- [--json] FILE...`: screens text, Markdown, JSON or CSV files for personal
// data. Prints file:line:column, the kind and a masked value for each finding (with --json, a
// JSON array of {file, line, column, kind, masked}). Exit 1 when anything is found, 0 when
// clean, 2 when a file cannot be read. The full value is never printed.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AllowListError, loadAllowList } from "../lib/privacy/load-allow-list.ts";
import { screenFile } from "../lib/privacy/screen-file.ts";

const USAGE = "usage: npm run pii -- [--json] FILE... — cara pakai: npm run pii -- [--json] BERKAS...";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const args = process.argv.slice(2);
const json = args.includes("--json");
const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--json");
const files = args.filter((arg) => !arg.startsWith("--"));
if (unknown.length > 0 || files.length === 0) {
  console.error(
    unknown.length > 0
      ? `unknown option ${unknown.join(", ")} — opsi tidak dikenal ${unknown.join(", ")}`
      : "no file given — tidak ada berkas",
  );
  console.error(USAGE);
  process.exit(2);
}

let allowList;
try {
  allowList = loadAllowList(root);
} catch (error) {
  if (!(error instanceof AllowListError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const results: { file: string; line: number; column: number; kind: string; masked: string }[] = [];
let unreadable = 0;
for (const file of files) {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error("not a file"), { code: "EISDIR" });
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    unreadable++;
    const code = (error as { code?: string }).code;
    const [why, alasan] =
      code === "ENOENT"
        ? ["does not exist", "tidak ada"]
        : code === "EISDIR"
          ? ["is not a file", "bukan berkas"]
          : code === "ERR_ENCODING_INVALID_ENCODED_DATA" || error instanceof TypeError
            ? ["is not UTF-8 text", "bukan teks UTF-8"]
            : [`cannot be read (${code ?? "unknown error"})`, `tidak dapat dibaca (${code ?? "galat tak dikenal"})`];
    console.error(`${file}: ${why} — ${file}: ${alasan}`);
    continue;
  }
  for (const finding of screenFile(file, text, allowList)) {
    results.push({ file, line: finding.line, column: finding.column, kind: finding.kind, masked: finding.masked });
  }
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) console.log(`${r.file}:${r.line}:${r.column}: ${r.kind} ${r.masked}`);
  const screened = files.length - unreadable;
  const inFiles = new Set(results.map((r) => r.file)).size;
  // "✓" only when every file was screened: an unreadable file is not a clean one.
  const clean = unreadable === 0 ? "✓" : "·";
  console.log(
    results.length === 0
      ? `${clean} no personal data found in ${screened} file${screened === 1 ? "" : "s"} — tidak ditemukan data pribadi di ${screened} berkas`
      : `✗ ${results.length} possible personal data in ${inFiles} file${inFiles === 1 ? "" : "s"} — ${results.length} kemungkinan data pribadi di ${inFiles} berkas`,
  );
  if (unreadable > 0)
    console.error(`✗ ${unreadable} file${unreadable === 1 ? "" : "s"} could not be screened — ${unreadable} berkas tidak dapat diperiksa`);
}
process.exitCode = unreadable > 0 ? 2 : results.length > 0 ? 1 : 0;
