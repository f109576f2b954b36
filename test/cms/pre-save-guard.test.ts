import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { proposeActivityFields } from "../../lib/activities/propose-activity.ts";
import { sha256Hex } from "../../lib/cms/browser/sha256.ts";
import { buildCmsConfig } from "../../lib/cms/cms-config.ts";
import { fieldLabels, guardEntry, guardMessage } from "../../lib/cms/pre-save-guard.ts";
import { CONTENT_TYPES } from "../../lib/content/content-types.ts";
import { compileValidators } from "../../lib/schema/validator.ts";
import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const validators = compileValidators();
const allowList = JSON.parse(readFileSync(path.join(REPO_ROOT, "data/privacy/allow-list.json"), "utf8")) as PrivacyAllowList;
const activity = () =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, "content/activities/2023-01-21-jombang-sosialisasi-majelis-taklim.json"), "utf8")) as Record<
    string,
    unknown
  >;

describe("the pre-save guard", () => {
  it("lets a valid entry through", () => {
    expect(guardEntry({ collection: "activities", data: activity() }, validators, allowList)).toEqual([]);
  });

  it("blocks a phone number and shows it masked, never in full", () => {
    const data = { ...activity(), notes: { id: "Hubungi 0812-3456-7890 untuk info.", en: "Notes." } };
    const problems = guardEntry({ collection: "activities", data }, validators, allowList);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe("notes.id");
    const message = guardMessage(problems);
    expect(message).toContain("nomor telepon");
    expect(message).toContain("phone number");
    expect(message).not.toContain("3456");
  });

  it("names the field as the form labels it, nested labels included", () => {
    const labels = fieldLabels(buildCmsConfig(REPO_ROOT));
    expect(labels["case-studies"]!["steps.note"]).toBe("Langkah penanganan — Steps taken › Yang dilakukan — What was done");
    const message = guardMessage(
      [
        { language: "en", field: "steps.1.note", message: { id: "alasan", en: "reason" } },
        { field: "lessons.0", message: { id: "a", en: "b" } },
      ],
      labels["case-studies"],
    );
    expect(message.split("\n")[1]).toBe(
      "• [Bahasa Inggris / English] Langkah penanganan — Steps taken › Yang dilakukan — What was done (steps.1.note): alasan — reason",
    );
    expect(message.split("\n")[2]).toBe("• Pelajaran bagi tim lain — Lessons for other teams (lessons.0): a — b");
  });

  it("reports schema errors per field in both languages", () => {
    const data = { ...activity(), date: "2024-02-30" };
    const [problem] = guardEntry({ collection: "activities", data }, validators, allowList);
    expect(problem).toMatchObject({
      field: "date",
      message: { id: expect.stringContaining("TTTT-BB-HH"), en: expect.stringContaining("YYYY-MM-DD") },
    });
  });

  it("checks every language version of a per-language entry and names the language", () => {
    const caseStudy = { title: "Judul", summary: "Ringkasan." };
    const problems = guardEntry(
      {
        collection: "case-studies",
        data: caseStudy,
        i18n: { en: { data: { ...caseStudy, outcome: "Call Pak Rahmat at 0812 3456 7890" } } },
      },
      validators,
      allowList,
    );
    expect(problems.some((p) => p.language === "id" && p.field === "period")).toBe(true);
    expect(problems.some((p) => p.language === "en" && p.field === "outcome" && p.message.en.includes("phone"))).toBe(true);
    expect(guardMessage(problems)).toContain("[Bahasa Inggris / English]");
  });

  it("checks an activity after the form's proposals: the proposed fields pass, a pillar the type leaves open is asked for", () => {
    // What the pre-save hook hands the guard (lib/cms/browser/admin.ts): the proposal first.
    const typed = {
      date: "2024-12-20",
      kelurahan: "muncul",
      venue: "Arisan ibu-ibu PKK Melati",
      participants: { total: 25 },
      source: { kind: "cms" },
    };
    const proposed = (data: Record<string, unknown>) =>
      proposeActivityFields(data as Parameters<typeof proposeActivityFields>[0]) as Record<string, unknown>;
    expect(
      guardEntry({ collection: "activities", data: proposed({ ...typed, activityType: "socialisation" }) }, validators, allowList),
    ).toEqual([]);
    const training = guardEntry(
      { collection: "activities", data: proposed({ ...typed, activityType: "training" }) },
      validators,
      allowList,
    );
    expect(training.map((problem) => problem.field)).toEqual(["pillar"]);
  });

  it("knows every editor-written collection", () => {
    for (const type of CONTENT_TYPES.filter((t) => t.editorial && t.folder.startsWith("content/"))) {
      expect(guardEntry({ collection: type.folder.split("/").at(-1)!, data: {} }, validators, allowList).length, type.name).toBeGreaterThan(
        0,
      );
    }
  });
});

describe("the browser's SHA-256", () => {
  it("gives the same digest as node:crypto, so fingerprints match the check's", () => {
    for (const text of ["", "abc", "phone\u000008123456789", "é".repeat(100), "x".repeat(64)]) {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text).digest("hex"));
    }
  });
});
