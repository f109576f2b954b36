/**
 * The admin page's spreadsheet import, without a browser: what the preview says about each row
 * and exactly what reaches Decap's backend, for a real plan of a messy teams' sheet.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { existingActivitiesFrom } from "../../lib/csv/existing-activities.ts";
import { planImport, type ImportPlan } from "../../lib/csv/plan-import.ts";
import { ALLOW_LIST_FILE } from "../../lib/privacy/load-allow-list.ts";
import { compileValidators } from "../../lib/schema/validator.ts";
import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";
import {
  commitMessage,
  countLine,
  fileProblems,
  isActivitiesList,
  OUTCOME_WORDS,
  previewOrder,
  problemLine,
  savedMessage,
  saveLabel,
  savePayload,
  slugOf,
  storedFilesFrom,
} from "../../lib/cms/browser/spreadsheet-import-payload.ts";
import { howTheFileWasRead } from "../../lib/csv/import-summary.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const validators = compileValidators();
const allowList = JSON.parse(readFileSync(path.join(REPO_ROOT, ALLOW_LIST_FILE), "utf8")) as PrivacyAllowList;
const sheet = readFileSync(path.join(REPO_ROOT, "test/fixtures/csv/tim-tangguh-cms-upload.csv"));

function plan(bytes: Uint8Array, stored: Array<{ name: string; text: string }> = []): ImportPlan {
  return planImport(bytes, { today: "2025-01-15", validate: validators.activity, allowList, existing: existingActivitiesFrom(stored) });
}

describe("the save payload", () => {
  const first = plan(sheet);

  it("holds every new file, added and kept back, in one persistEntry call", () => {
    const payload = savePayload(first.files, { useWorkflow: false });
    expect(payload.entry.assets).toEqual([]);
    expect(payload.entry.dataFiles).toHaveLength(3);
    for (const [i, dataFile] of payload.entry.dataFiles.entries()) {
      expect(dataFile.path).toBe(first.files[i]!.file);
      expect(dataFile.raw).toBe(first.files[i]!.text);
      expect(dataFile.path).toMatch(/^content\/activities\/\d{4}-\d{2}-\d{2}-[a-z-]+-[0-9a-f]{8}\.json$/);
      expect(`content/activities/${dataFile.slug}.json`).toBe(dataFile.path);
    }
    expect(payload.options).toEqual({
      newEntry: true,
      commitMessage: "Impor spreadsheet kegiatan: 3 kegiatan (1 draf) — Import activity spreadsheet: 3 activities (1 drafts)",
      collectionName: "activities",
      useWorkflow: false,
      status: "draft",
    });
    expect(savePayload(first.files, { useWorkflow: true }).options.useWorkflow).toBe(true);
    // Kept back = a draft in the file itself.
    const drafts = payload.entry.dataFiles.filter((file) => JSON.parse(file.raw).draft === true);
    expect(drafts).toHaveLength(1);
    expect(JSON.parse(drafts[0]!.raw)).not.toHaveProperty("pillar");
  });

  it("refuses to hand the backend a path outside the activities folder", () => {
    expect(() => savePayload([{ file: "content/pages/id/x.md", text: "" }], { useWorkflow: false })).toThrow(/Not an activity file/);
    expect(() => savePayload([{ file: "content/activities/../../x.json", text: "" }], { useWorkflow: false })).toThrow(
      /Not an activity file/,
    );
  });

  it("re-reading what was saved, as the backend lists it, makes the same sheet add nothing", () => {
    const listed = first.files.map(({ file, text }) => ({ data: text, file: { path: file } }));
    const stored = storedFilesFrom([
      ...listed,
      { data: null, file: { path: "content/activities/broken.json" } },
      { data: "{}", file: { path: "content/pages/id/x.md" } },
    ]);
    expect(stored).toHaveLength(4);
    expect(stored[3]).toBe("broken.json");
    const again = planImport(sheet, {
      today: "2025-01-15",
      validate: validators.activity,
      allowList,
      existing: existingActivitiesFrom(stored),
    });
    expect(again.files).toEqual([]);
    expect(again.rows.filter((row) => row.outcome !== "blank" && row.outcome !== "refuse").map((row) => row.outcome)).toEqual([
      "already-there",
      "already-there",
      "already-there",
    ]);
    expect(saveLabel(again.files.length)).toEqual({ id: "Tidak ada yang perlu disimpan", en: "Nothing to save" });
  });
});

describe("the preview's words", () => {
  const first = plan(sheet);

  it("gives every row's outcome, refused and kept-back rows first, with each reason, row and the sheet's No", () => {
    const ordered = previewOrder(first.rows);
    expect(ordered.map((row) => [row.no, row.outcome])).toEqual([
      ["4", "refuse"],
      ["5", "refuse"],
      ["3", "keep-back"],
      ["1", "add"],
      ["2", "add"],
      [null, "blank"],
    ]);
    const phone = ordered[0]!;
    expect(problemLine(phone.problems[0]!)).toMatch(
      /^baris 5 \(No 4\), I \(Keterangan\): tampak seperti data pribadi \(nomor telepon\): 08•+90\..* — row 5 \(No 4\), I \(Keterangan\): looks like personal data \(phone number\): 08•+90\./,
    );
    expect(problemLine(phone.problems[0]!)).not.toContain("3456");
    expect(problemLine(ordered[1]!.problems[0]!)).toBe(
      'baris 7 (No 5), B (Tanggal): "31/04/2024" bukan tanggal yang benar: April 2024 hanya 30 hari — row 7 (No 5), B (Tanggal): "31/04/2024" is not a real date: April 2024 has 30 days',
    );
    expect(OUTCOME_WORDS["keep-back"]).toEqual({ id: "ditahan untuk ditinjau (draf)", en: "kept back for review (draft)" });
    expect(OUTCOME_WORDS.add.id).toBe("akan ditambahkan");
    expect(OUTCOME_WORDS["already-there"].en).toBe("already there");
    expect(OUTCOME_WORDS.refuse).toEqual({ id: "ditolak", en: "refused" });
  });

  it("counts every row, says how the file was read and what the button saves", () => {
    expect(countLine(first.summary)).toEqual({
      id: "6 baris dibaca: 2 akan ditambahkan, 1 ditahan sebagai draf, 0 sudah ada, 2 ditolak, 1 kosong",
      en: "6 rows read: 2 will be added, 1 kept back as drafts, 0 already there, 2 refused, 1 blank",
    });
    expect(howTheFileWasRead(first.summary)).toEqual({
      id: "dibaca sebagai UTF-8 (BOM), pemisah kolom titik koma",
      en: "read as UTF-8 (BOM), columns separated by semicolons",
    });
    expect(saveLabel(3)).toEqual({ id: "Simpan 3 kegiatan", en: "Save 3 activities" });
    expect(saveLabel(1).en).toBe("Save 1 activity");
    expect(fileProblems(first)).toEqual([]);
  });

  it("lists the file's own problems: missing columns, unreadable bytes", () => {
    const wrong = plan(new TextEncoder().encode("Nama;Alamat\r\nBu Siti;Jl. Mawar\r\n"));
    const problems = fileProblems(wrong);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every(({ error }) => error)).toBe(true);
    expect(problems.at(-1)!.problem.message.id).toMatch(/^tidak ada yang diimpor/);
    const mixed = plan(Uint8Array.from([...new TextEncoder().encode("Tanggal;Kelurahan\r\n"), 0xff, 0xfe, 0x00, 0x81, 0x0d, 0x0a]));
    expect(fileProblems(mixed).length + mixed.summary.rejected).toBeGreaterThan(0);
  });

  it("says what was saved and that the site rebuilds (or, with the workflow, after review)", () => {
    expect(savedMessage(2, 1, false).id).toMatch(/^Tersimpan: 2 kegiatan ditambahkan, 1 ditahan sebagai draf.*Situs sedang dibangun ulang/);
    expect(savedMessage(2, 0, false).en).toMatch(/^Saved: 2 activities added\. The site is rebuilding/);
    expect(savedMessage(1, 0, true).en).toMatch(/Workflow tab; the site rebuilds once it is reviewed and published/);
    expect(commitMessage(1, 0)).toBe("Impor spreadsheet kegiatan: 1 kegiatan — Import activity spreadsheet: 1 activity");
  });
});

describe("routes and names", () => {
  it("shows the import on the Activities list only", () => {
    expect(isActivitiesList("#/collections/activities")).toBe(true);
    expect(isActivitiesList("#/collections/activities/")).toBe(true);
    expect(isActivitiesList("#/collections/activities/filter/x")).toBe(true);
    expect(isActivitiesList("#/collections/activities/new")).toBe(false);
    expect(isActivitiesList("#/collections/activities/entries/2024-11-14-muncul-x")).toBe(false);
    expect(isActivitiesList("#/collections/activities-old")).toBe(false);
    expect(isActivitiesList("#/collections/case-studies")).toBe(false);
    expect(slugOf("content/activities/2024-11-04-jombang-1a2b3c4d.json")).toBe("2024-11-04-jombang-1a2b3c4d");
  });
});
