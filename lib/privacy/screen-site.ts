import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import type { FindingKind } from "./finding.ts";
import { INDEX_FILE, indexFileText } from "../search/decompress-index.ts";
import { asWrittenDate } from "./joined-dates.ts";
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
 * must be screened like the pages themselves; a word that is a date joined up is read as the
 * date it was written as (joined-dates.ts). Line numbers then point into the decompressed text.
 * @example screenedText("pagefind/fragment/id_1.pf_fragment", bytes) // '{"url":"/id/…","content":"…"}'
 */
export function screenedText(fileName: string, bytes: Buffer): string | null {
  if (/\.pf_index$/i.test(fileName)) return indexFileText(fileName, bytes).split("\n").map(asWrittenDate).join("\n");
  if (INDEX_FILE.test(fileName)) return indexFileText(fileName, bytes);
  const extension = path.extname(fileName).toLowerCase();
  if (!SCREENED_EXTENSIONS.has(extension)) return null;
  const raw = bytes.toString("utf8");
  return extension === ".html" || extension === ".xml" ? htmlText(raw) : raw;
}

/** Names the bytes of a built file, to tell whether what was screened is what was written. */
export function contentHash(bytes: string | Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Screens one built file (its path inside the site, its bytes); [] for files that carry none of our text.
 * @example screenBuiltFile("id/index.html", html, allowList, new Set()) // [] when the page is clean
 */
export function screenBuiltFile(
  file: string,
  bytes: Buffer,
  allowList: PrivacyAllowList,
  allowedFingerprints: ReadonlySet<string>,
): SiteFinding[] {
  const name = path.posix.basename(file);
  const text = screenedText(name, bytes);
  if (text === null) return [];
  // A fragment is JSON: screened as JSON (each string on its own), like data files.
  const screenedName = /\.pf_fragment$/i.test(name) ? `${name}.json` : name;
  return screenFile(screenedName, text, allowList, { allowedFingerprints }).map((finding) => ({
    file,
    line: finding.line,
    column: finding.column,
    kind: finding.kind,
    masked: finding.masked,
  }));
}

/** Files screened before they were written (lib/privacy/render-time-screen.ts), with what was found. */
export interface EarlierScreen {
  /** Path inside the site → hash of the bytes that were screened. */
  screened: ReadonlyMap<string, string>;
  findings: readonly SiteFinding[];
}

/**
 * Two earlier screens as one (of different files: for a file in both, the second's hash counts).
 * @example joinScreens(await screenPagesLeft(…), indexedAhead).screened.size
 */
export function joinScreens(first: EarlierScreen, second: EarlierScreen): EarlierScreen {
  return { screened: new Map([...first.screened, ...second.screened]), findings: [...first.findings, ...second.findings] };
}

/** A built file the last gate must screen: its path inside the site, where it is, its bytes. */
export interface FileToScreen {
  file: string;
  absolute: string;
  bytes: Buffer;
}

/** What the last gate has to do: files to screen, and findings of files screened earlier and unchanged. */
export interface SiteScreenPlan {
  toScreen: FileToScreen[];
  reusedFindings: SiteFinding[];
}

/**
 * Reads every text file of a built site and sorts it: screened earlier with exactly these
 * bytes (its earlier findings stand), or to be screened now.
 * @example planSiteScreen("_site.tmp-1").toScreen.length // every text file when nothing was screened earlier
 */
export function planSiteScreen(siteDir: string, earlier?: EarlierScreen): SiteScreenPlan {
  const toScreen: FileToScreen[] = [];
  const reused = new Set<string>();
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (!INDEX_FILE.test(entry.name) && !SCREENED_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(siteDir, absolute).split(path.sep).join("/");
    const bytes = readFileSync(absolute);
    const hash = earlier?.screened.get(file);
    if (hash !== undefined && hash === contentHash(bytes)) reused.add(file);
    else toScreen.push({ file, absolute, bytes });
  }
  return { toScreen, reusedFindings: (earlier?.findings ?? []).filter((finding) => reused.has(finding.file)) };
}

/** Findings in the order the gate reports them: by file, then line. */
export function inReportOrder(findings: SiteFinding[]): SiteFinding[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * The last gate: screens every text file of a built site for personal data, as a reader would
 * see it (page text, link targets, image descriptions), and the search index as a search would
 * show it (decompressed), so that nothing identifying can be published even if it slipped
 * past the check — through a template, a dictionary, a data file, search keywords or a bug.
 * Findings a reviewer allowed in the content (by fingerprint) pass.
 * A file already screened while the site was rendered (`earlier`) is not screened again when its
 * bytes on disk are exactly those that were screened; any other file, or a file changed since,
 * is screened here. `npm run build` runs the same gate on two cores (screen-site-on-two-cores.ts).
 * @example screenSite("_site.tmp-1", allowList, new Set()) // [] when the site is clean
 */
export function screenSite(
  siteDir: string,
  allowList: PrivacyAllowList,
  allowedFingerprints: ReadonlySet<string>,
  earlier?: EarlierScreen,
): SiteFinding[] {
  const { toScreen, reusedFindings } = planSiteScreen(siteDir, earlier);
  const findings = toScreen.flatMap(({ file, bytes }) => screenBuiltFile(file, bytes, allowList, allowedFingerprints));
  return inReportOrder([...findings, ...reusedFindings]);
}
