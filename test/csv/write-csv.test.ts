import { describe, expect, it } from "vitest";
import { stripFormulaGuard } from "../../lib/csv/cell-text.ts";
import { neutraliseCell } from "../../lib/csv/neutralise-cell.ts";
import { readRecords } from "../../lib/csv/read-records.ts";
import { toCsv } from "../../lib/csv/write-csv.ts";

describe("neutralising formula cells", () => {
  it("prefixes every cell starting with = + - @ TAB or CR", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseCell("Sosialisasi = edukasi")).toBe("Sosialisasi = edukasi");
  });

  it("prefixes each line of a multi-line cell, whatever the line break", () => {
    expect(neutraliseCell('Catatan\n=HYPERLINK("http://x")')).toBe('Catatan\n\'=HYPERLINK("http://x")');
    expect(neutraliseCell("a\r\n+1\r@2")).toBe("a\r\n'+1\r'@2");
  });

  it("adds one more apostrophe to a line that already starts with some, so the importer restores it exactly", () => {
    for (const value of ["'=1", "''=1", "=1", "a\n'-b", "'biasa", "-\n-\n-"]) {
      expect(stripFormulaGuard(neutraliseCell(value))).toBe(value);
      expect(stripFormulaGuard(stripFormulaGuard(neutraliseCell(neutraliseCell(value))))).toBe(value);
    }
  });
});

describe("writing CSV", () => {
  it("starts with a byte-order mark, ends records with CRLF and quotes what needs quoting", () => {
    const csv = toCsv(
      ["Judul", "Catatan"],
      [
        ["a;b", 'kata "kutip"\nbaris 2'],
        [" spasi", "-1"],
      ],
      ";",
    );
    expect(csv.startsWith("\uFEFFJudul;Catatan\r\n")).toBe(true);
    expect(csv).toContain('"a;b";"kata ""kutip""\nbaris 2"\r\n');
    expect(csv).toContain('" spasi";\'-1\r\n');
  });

  it("neutralises headings too", () => {
    expect(toCsv(["=cmd|' /C calc'!A0"], [])).toContain("'=cmd");
  });

  it("reads back cell for cell with either delimiter", () => {
    const rows = [["2024-11-04", "a,b;c", "x\ny", "=1"]];
    for (const delimiter of [",", ";", "\t"] as const) {
      const records = readRecords(toCsv(["a", "b", "c", "d"], rows, delimiter).slice(1), delimiter);
      expect(records[1]!.cells.map(stripFormulaGuard)).toEqual(rows[0]);
    }
  });
});
