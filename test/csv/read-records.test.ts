import { describe, expect, it } from "vitest";
import { CsvFileError } from "../../lib/csv/bilingual-error.ts";
import { detectDelimiter } from "../../lib/csv/detect-delimiter.ts";
import { recognisedHeadings } from "../../lib/csv/header-map.ts";
import { isBlankRecord, readRecords } from "../../lib/csv/read-records.ts";

const SEMICOLON_WITH_DECIMAL_COMMAS =
  "Tanggal;Judul;Catatan\n2024-11-04;Sosialisasi;durasi 2,5 jam, 1,5 km, 3,5 RW\n2024-11-05;Rapat;biaya 1,5 juta, 2,5 jam\n";

describe("detecting the delimiter", () => {
  it("is not fooled by decimal commas in the notes of a semicolon file", () => {
    expect(detectDelimiter(SEMICOLON_WITH_DECIMAL_COMMAS, recognisedHeadings)).toBe(";");
  });

  it("prefers the delimiter under which the rows keep the header's width, even when commas outnumber semicolons", () => {
    const text = "Tanggal;Catatan\n2024-11-04;a,b,c,d,e\n2024-11-05;a,b\n2024-11-06;a,b,c\n";
    expect(detectDelimiter(text, () => 0)).toBe(";");
  });

  it("finds tabs and commas, respecting quoted cells that hold other delimiters", () => {
    expect(detectDelimiter('Tanggal\tJudul\n2024-11-04\t"a; b, c"\n', recognisedHeadings)).toBe("\t");
    expect(detectDelimiter('Tanggal,Judul,Catatan\n2024-11-04,"a; b; c","x;y"\n2024-11-05,b,"1;2;3"\n', recognisedHeadings)).toBe(",");
  });

  it("refuses a file whose first row has no columns at all", () => {
    expect(() => detectDelimiter("just one heading\nvalue\n", recognisedHeadings)).toThrow(CsvFileError);
  });
});

describe("reading records", () => {
  it("keeps quoted line breaks inside a cell and numbers rows as the spreadsheet does", () => {
    const records = readRecords('a;b\r\n1;"x\r\ny"\r\n\r\n;;\r\n3;4\r\n', ";");
    expect(records.map((r) => [r.row, r.line, r.cells])).toEqual([
      [1, 1, ["a", "b"]],
      [2, 2, ["1", "x\ny"]],
      [3, 4, [""]],
      [4, 5, ["", "", ""]],
      [5, 6, ["3", "4"]],
    ]);
    expect(records.filter(isBlankRecord).length).toBe(2);
  });

  it("keeps every cell as text: 007 stays 007 and 1.200 stays 1.200", () => {
    expect(readRecords("a,b\n007,1.200\n", ",")[1]!.cells).toEqual(["007", "1.200"]);
  });

  it("refuses an unterminated quote instead of reading the rest of the file as one cell", () => {
    expect(() => readRecords('a;b\n1;"never closed\n2;3\n', ";")).toThrow(/never closed|tidak pernah ditutup/);
  });
});
