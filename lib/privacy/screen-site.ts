import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import type { FindingKind } from "./finding.ts";
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
 * The last gate: screens every text file of a built site for personal data, as a reader would
 * see it (page text, link targets, image descriptions), so that nothing identifying can be
 * published even if it slipped past the check — through a template, a dictionary, a data
 * file, or a bug. Findings a reviewer allowed in the content (by fingerprint) pass.
 * @example screenSite("_site.tmp-1", allowList, new Set()) // [] when the site is clean
 */
export function screenSite(siteDir: string, allowList: PrivacyAllowList, allowedFingerprints: ReadonlySet<string>): SiteFinding[] {
  const findings: SiteFinding[] = [];
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SCREENED_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(siteDir, absolute).split(path.sep).join("/");
    const raw = readFileSync(absolute, "utf8");
    const text = /\.(html|xml)$/i.test(entry.name) ? htmlText(raw) : raw;
    for (const finding of screenFile(entry.name, text, allowList, { allowedFingerprints })) {
      findings.push({ file, line: finding.line, column: finding.column, kind: finding.kind, masked: finding.masked });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
