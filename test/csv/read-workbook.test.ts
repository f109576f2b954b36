import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CsvFileError } from "../../lib/csv/bilingual-error.ts";
import { planImport } from "../../lib/csv/plan-import.ts";
import { isWorkbook, spreadsheetAsCsv } from "../../lib/csv/read-workbook.ts";
import { compileValidators } from "../../lib/schema/validator.ts";
import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, "test/fixtures/csv", name));
const validators = compileValidators();
const allowList = JSON.parse(readFileSync(path.join(REPO_ROOT, "data/privacy/allow-list.json"), "utf8")) as PrivacyAllowList;
const plan = (bytes: Uint8Array, workbook = false) =>
  planImport(bytes, {
    today: "2025-06-30",
    validate: validators.activity,
    allowList,
    existing: { hashes: new Set(), names: new Set() },
    workbook,
  });

describe("reading an Excel workbook", () => {
  it("imports a real .xlsx exactly as the same sheet saved as CSV: date cells, numbers and text dates alike", async () => {
    const workbook = fixture("tim-tangguh-template.xlsx");
    expect(isWorkbook(workbook)).toBe(true);
    const sheet = await spreadsheetAsCsv(workbook);
    expect(sheet.workbook).toBe(true);
    const fromWorkbook = plan(sheet.bytes, true);
    const fromCsv = plan(fixture("tim-tangguh-template.csv"));
    expect(fromWorkbook.files).toEqual(fromCsv.files);
    expect(fromWorkbook.rows.map((row) => [row.no, row.outcome])).toEqual(fromCsv.rows.map((row) => [row.no, row.outcome]));
    expect(fromWorkbook.summary).toMatchObject({ imported: 4, keptBack: 2, rejected: 5, blank: 1, workbook: true });
  });

  it("passes a CSV file through untouched", async () => {
    const csv = fixture("tim-tangguh-template.csv");
    expect(await spreadsheetAsCsv(csv)).toEqual({ bytes: csv, workbook: false });
  });

  it("refuses an old .xls file and a damaged workbook with what to do instead, in both languages", async () => {
    const xls = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0);
    await expect(spreadsheetAsCsv(xls)).rejects.toMatchObject({
      bilingual: {
        en: expect.stringContaining("save it as .xlsx or as CSV"),
        id: expect.stringContaining("simpan sebagai .xlsx atau CSV"),
      },
    });
    const damaged = fixture("tim-tangguh-template.xlsx").subarray(0, 2000);
    await expect(spreadsheetAsCsv(damaged)).rejects.toBeInstanceOf(CsvFileError);
  });
});
