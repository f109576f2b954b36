import { describe, expect, it } from "vitest";
import { runCheck } from "../../lib/build/check-content.ts";
import type { Entry } from "../../lib/content/entry.ts";
import { isPublished } from "../../lib/content/publication.ts";
import { whyNotOnTheSite } from "../../lib/content/site-visibility.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const entries = runCheck(REPO_ROOT).entries as Entry[];
const caseStudy = entries.find((entry) => entry.type === "case-study" && entry.data.status === "published")!.data;
const reasons = (type: Entry["type"], data: Record<string, unknown>) => whyNotOnTheSite(type, data).map((reason) => reason.en);

describe("whether an entry is on the site, and why not", () => {
  it("agrees with the build for every sample entry, and for each one turned into a draft", () => {
    for (const entry of entries) {
      expect(whyNotOnTheSite(entry.type, entry.data).length === 0, entry.file).toBe(isPublished(entry));
      const drafted = { ...entry, data: entry.type === "case-study" ? { ...entry.data, status: "draft" } : { ...entry.data, draft: true } };
      expect(whyNotOnTheSite(drafted.type, drafted.data).length === 0, `${entry.file} as a draft`).toBe(isPublished(drafted));
    }
  });

  it("lists everything a case study still needs for the site at once, not one refusal at a time", () => {
    const started = { ...caseStudy, status: "draft", steps: [{ stage: "recorded", period: "2024", note: "…" }], anonymisation: { namesRemoved: true } };
    expect(reasons("case-study", started)).toEqual([
      'status: Draft (not on the site); choose "Show on the site" once everything below is complete',
      'the case is not resolved yet: no step at the "Resolved" stage',
      "anonymisation review: 3 of the 4 boxes not ticked",
      "the reviewer's role is empty (the second person who reviews it)",
      "the review date is empty",
    ]);
  });

  it("names only the status when a reviewed, resolved case study is still in review", () => {
    expect(reasons("case-study", { ...caseStudy, status: "in-review" })).toEqual([
      'status: Awaiting the anonymisation review (not on the site); choose "Show on the site" once everything below is complete',
    ]);
  });

  it("says in Indonesian too why an activity kept back by the import is not shown", () => {
    expect(whyNotOnTheSite("activity", { draft: true })).toEqual([
      { id: "ditandai Draf: hapus centang Draf untuk menampilkannya", en: "marked as a draft: untick Draft to show it" },
      { id: "pilar belum dipilih", en: "no pillar chosen yet" },
    ]);
  });

  it("never shows raw case statistics", () => {
    expect(reasons("case-stats", {})).toHaveLength(1);
  });
});
