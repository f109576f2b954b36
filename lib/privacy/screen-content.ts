import { CONTENT_TYPES, type ContentTypeName } from "../content/content-types.ts";
import type { Entry, LoadedContent, Problem } from "../content/entry.ts";
import { locateContentFile } from "../content/locate-content-file.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";
import { KIND_LABELS } from "./kind-labels.ts";
import { screenFile, type FileFinding } from "./screen-file.ts";

/**
 * Screens kept by a long-running process (the dev server) between checks: a file whose text
 * and allow-list are exactly those screened before is not screened again.
 */
export type ScreenedFiles = Map<string, ScreenedFile>;

/** One file as screened: its text, the allow-list it was screened with (as JSON), what was found. */
export interface ScreenedFile {
  text: string;
  allowList: string;
  findings: FileFinding[];
}

/** An exception a reviewer wrote into a content file for one finding. */
interface PrivacyException {
  fingerprint: string;
  kind: string;
}

/**
 * Fields the project writes, not editors: content fingerprints (hex digests whose digit runs can
 * look like a NIK or a phone number). They hold no text anyone wrote.
 */
const MACHINE_FIELDS = [/^source\.hash$/, /^privacyExceptions\.\d+\.fingerprint$/];

/** Editors' content types: everything they write is screened, project data is not. */
const SCREENED_TYPES = new Set<ContentTypeName>(
  CONTENT_TYPES.filter((type) => type.editorial && type.folder.startsWith("content/")).map((type) => type.name),
);

/**
 * Whether the screen reads this file (a path relative to the project): an editor's content file.
 * @example isScreenedContentFile("content/case-studies/id/x.md") // true
 */
export function isScreenedContentFile(file: string): boolean {
  const location = locateContentFile(file);
  return location.ok && SCREENED_TYPES.has(location.type.name);
}

/**
 * Screens every editor-written content file for personal data, as text: front matter, the
 * Markdown body with its HTML comments and unused link definitions, every JSON string. Each
 * finding is a problem naming file, field, line, kind and a masked value — never the value —
 * with the fingerprint a reviewer can list in the file's `privacyExceptions` if the finding is
 * not personal data after all. Exceptions that match no finding are reported as stale. With
 * `remembered` (see ScreenedFiles), unchanged files reuse their earlier findings.
 * @example screenContent(loadContent(root), allowList) // Problem[]
 */
export function screenContent(loaded: LoadedContent, allowList: PrivacyAllowList, remembered?: ScreenedFiles): Problem[] {
  const problems: Problem[] = [];
  const entries = new Map(loaded.entries.map((entry) => [entry.file, entry]));
  const allowListKey = remembered ? JSON.stringify(allowList) : "";
  const findingsIn = (file: string, text: string) => {
    const earlier = remembered?.get(file);
    if (earlier && earlier.text === text && earlier.allowList === allowListKey) return earlier.findings;
    const findings = screenFile(file, text, allowList);
    remembered?.set(file, { text, allowList: allowListKey, findings });
    return findings;
  };
  for (const file of remembered?.keys() ?? []) if (!loaded.sources.has(file)) remembered?.delete(file);
  for (const [file, source] of loaded.sources) {
    if (!SCREENED_TYPES.has(source.key.type)) continue;
    const exceptions = exceptionsOf(entries.get(file));
    const allowed = new Set(exceptions.map((exception) => exception.fingerprint));
    const used = new Set<string>();
    for (const finding of findingsIn(file, source.text)) {
      if (allowed.has(finding.fingerprint)) {
        used.add(finding.fingerprint);
        continue;
      }
      const field = source.fieldAt(finding.line);
      if (field && MACHINE_FIELDS.some((pattern) => pattern.test(field))) continue;
      const label = KIND_LABELS[finding.kind];
      problems.push({
        file,
        ...(field ? { field } : {}),
        line: finding.line,
        message: {
          en: `looks like personal data (${label.en}) at column ${finding.column}: ${finding.masked}. Remove it or write it so that nobody can be identified. If a reviewer confirms it is not personal data, add an exception with fingerprint ${finding.fingerprint}.`,
          id: `tampak seperti data pribadi (${label.id}) di kolom ${finding.column}: ${finding.masked}. Hapus atau tulis ulang agar tidak ada orang yang dapat dikenali. Jika peninjau memastikan ini bukan data pribadi, tambahkan pengecualian dengan sidik ${finding.fingerprint}.`,
        },
      });
    }
    exceptions.forEach((exception, index) => {
      if (used.has(exception.fingerprint)) return;
      problems.push({
        file,
        field: `privacyExceptions.${index}`,
        message: {
          en: `matches no finding in this file (fingerprint ${exception.fingerprint}); remove the stale exception`,
          id: `tidak cocok dengan temuan mana pun di berkas ini (sidik ${exception.fingerprint}); hapus pengecualian yang usang ini`,
        },
      });
    });
  }
  return problems;
}

function exceptionsOf(entry: Entry | undefined): PrivacyException[] {
  const list = entry?.data.privacyExceptions;
  return Array.isArray(list) ? (list.filter((item) => typeof item?.fingerprint === "string") as PrivacyException[]) : [];
}

/**
 * Every fingerprint reviewers allowed anywhere in the content: the screen of the built site
 * lets these through, because the reviewed text is published as it is.
 * @example allowedFingerprints(loaded).has("3fa94c0d12be")
 */
export function allowedFingerprints(loaded: LoadedContent): Set<string> {
  return new Set(loaded.entries.flatMap((entry) => exceptionsOf(entry).map((exception) => exception.fingerprint)));
}
