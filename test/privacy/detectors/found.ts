import type { Detector } from "../../../lib/privacy/finding.ts";

/** The text of every span a detector reports, in order; for readable expectations. */
export function found(detect: Detector, text: string): string[] {
  return detect(text)
    .sort((a, b) => a.start - b.start)
    .map((finding) => text.slice(finding.start, finding.end));
}
