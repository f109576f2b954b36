import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import type { FindingKind } from "./finding.ts";
import { INDEX_FILE, indexFileText } from "../search/decompress-index.ts";
import { htmlText } from "./html-text.ts";
import { screenFile } from "./screen-file.ts";

export interface SiteFinding {
  /** Path inside the built site, with forward slashes. */
  file: string;
  line: number;
  column: number;
  kind: FindingKind;
  masked: string;
}

/** Files that carry text readers or search engines see; styles and images carry none of ours. */
const SCREENED_EXTENSIONS = new Set([".html", ".xml", ".txt", ".json", ".csv"]);

/**
 * The text of a built file as the screen reads it, or null for files that carry none of ours.
 * Pagefind's index files are compressed: they are decompressed here, because the index holds
 * page text (fragments) and words (the word index joins "0812-3456-7890" into one word) that
 * must be screened like the pages themselves. Line numbers then point into the decompressed text.
 * @example screenedText("pagefind/fragment/id_1.pf_fragment", bytes) // '{"url":"/id/…","content":"…"}'
 */
export function screenedText(fileName: string, bytes: Buffer): string | null {
  if (INDEX_FILE.test(fileName)) return indexFileText(fileName, bytes);
  const extension = path.extname(fileName).toLowerCase();
  if (!SCREENED_EXTENSIONS.has(extension)) return null;
  const raw = bytes.toString("utf8");
  return extension === ".html" || extension === ".xml" ? htmlText(raw) : raw;
}

/**
 * The last gate: screens every text file of a built site for personal data, as a reader would
 * see it (page text, link targets, image descriptions), and the search index as a search would
 * show it (decompressed), so that nothing identifying can be published even if it slipped
 * past the check — through a template, a dictionary, a data file, search keywords or a bug.
 * Findings a reviewer allowed in the content (by fingerprint) pass.
 * @example screenSite("_site.tmp-1", allowList, new Set()) // [] when the site is clean
 */
export function screenSite(siteDir: string, allowList: PrivacyAllowList, allowedFingerprints: ReadonlySet<string>): SiteFinding[] {
  const findings: SiteFinding[] = [];
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (!INDEX_FILE.test(entry.name) && !SCREENED_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(siteDir, absolute).split(path.sep).join("/");
    const text = screenedText(entry.name, readFileSync(absolute));
    if (text === null) continue;
    // A fragment is JSON: screened as JSON (each string on its own), like data files.
    const screenedName = /\.pf_fragment$/i.test(entry.name) ? `${entry.name}.json` : entry.name;
    for (const finding of screenFile(screenedName, text, allowList, { allowedFingerprints })) {
      findings.push({ file, line: finding.line, column: finding.column, kind: finding.kind, masked: finding.masked });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
