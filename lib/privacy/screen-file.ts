import type { PrivacyAllowList } from "../types/content.generated.ts";
import type { FindingKind } from "./finding.ts";
import { positionsIn } from "./normalise-text.ts";
import { screenText, type ScreenFinding, type ScreenOptions } from "./screen-text.ts";
import { csvSegments, jsonSegments, type TextSegment } from "./text-segments.ts";

/** A finding in a file: where it is and what kind, masked. Never the value. */
export interface FileFinding {
  line: number;
  column: number;
  kind: FindingKind;
  masked: string;
  fingerprint: string;
}

/**
 * Screens the text of a file, read the way its format is read: every string and number of a
 * JSON file (a file that is not valid JSON is screened as plain text), every cell of a CSV file,
 * and any other file (Markdown, text, HTML) as a whole, front matter and comments included.
 * Lines and columns point into the file.
 * @example screenFile("notes.md", text, allowList) // [{ line: 3, column: 12, kind: "phone", masked: "08••••••••90", … }]
 */
export function screenFile(fileName: string, text: string, allowList: PrivacyAllowList, options: ScreenOptions = {}): FileFinding[] {
  const segments = segmentsOf(fileName, text);
  const strip = ({ kind, line, column, masked, fingerprint }: FileFinding) => ({ line, column, kind, masked, fingerprint });
  if (!segments) return screenText(text, allowList, options).map(strip);
  const position = positionsIn(text);
  const findings: FileFinding[] = [];
  for (const segment of segments) {
    for (const finding of screenSegment(segment.text, allowList, options)) {
      const offset = segment.starts[finding.offset] ?? segment.starts.at(-1) ?? 0;
      findings.push({ ...position(offset), kind: finding.kind, masked: finding.masked, fingerprint: finding.fingerprint });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

// The same short strings come back in file after file (JSON keys, a section's name, a filter
// value: 7,126 distinct among 105,750 strings of 2,000 search-index fragments), and screening a
// string costs about the same however short it is. The screen is a function of the string, the
// allow-list and the allowed fingerprints alone, so a short string's findings are kept and
// reused while those two objects live.
const SHORT_SEGMENT = 256;
const MAX_REMEMBERED = 100_000;
const NO_FINGERPRINTS = new Set<string>();
const rememberedSegments = new WeakMap<PrivacyAllowList, WeakMap<ReadonlySet<string>, Map<string, ScreenFinding[]>>>();

function screenSegment(text: string, allowList: PrivacyAllowList, options: ScreenOptions): ScreenFinding[] {
  if (text.length > SHORT_SEGMENT) return screenText(text, allowList, options);
  let byFingerprints = rememberedSegments.get(allowList);
  if (!byFingerprints) rememberedSegments.set(allowList, (byFingerprints = new WeakMap()));
  const fingerprints = options.allowedFingerprints ?? NO_FINGERPRINTS;
  let remembered = byFingerprints.get(fingerprints);
  if (!remembered || remembered.size >= MAX_REMEMBERED) byFingerprints.set(fingerprints, (remembered = new Map()));
  let findings = remembered.get(text);
  if (!findings) remembered.set(text, (findings = screenText(text, allowList, options)));
  return findings;
}

/** The parts of a file screened one by one; undefined when the file is screened as one text. */
function segmentsOf(fileName: string, text: string): TextSegment[] | undefined {
  const extension = fileName.toLowerCase().split(".").at(-1);
  if (extension === "json") {
    try {
      JSON.parse(text);
      return jsonSegments(text);
    } catch {
      return undefined;
    }
  }
  if (extension === "csv") return csvSegments(text);
  return undefined;
}
