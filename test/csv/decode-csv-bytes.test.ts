import { describe, expect, it } from "vitest";
import { CsvFileError } from "../../lib/csv/bilingual-error.ts";
import { decodeCsvBytes } from "../../lib/csv/decode-csv-bytes.ts";
import { encodeWindows1252 } from "../../lib/csv/windows-1252.ts";

const TEXT = "Judul;Catatan\nSosialisasi “aman” – café;Rp 5.000 €\n";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  if (order === "le") return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

function refusal(bytes: Uint8Array): CsvFileError {
  try {
    decodeCsvBytes(bytes);
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("decoding the bytes of a CSV file", () => {
  it("reads UTF-8 with and without a byte-order mark, dropping the mark", () => {
    expect(decodeCsvBytes(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
    expect(decodeCsvBytes(Buffer.from(`\uFEFF${TEXT}`))).toEqual({ text: TEXT, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 little- and big-endian when a byte-order mark says which", () => {
    expect(decodeCsvBytes(utf16(TEXT, "le"))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeCsvBytes(utf16(TEXT, "be"))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads Windows-1252 with the real code page: curly quotes, dashes and € survive", () => {
    const decoded = decodeCsvBytes(encodeWindows1252(TEXT)!);
    expect(decoded).toEqual({ text: TEXT, encoding: "windows-1252" });
  });

  it("never produces U+FFFD or C1 control characters for any of the encodings", () => {
    for (const bytes of [Buffer.from(TEXT), utf16(TEXT, "le"), utf16(TEXT, "be"), encodeWindows1252(TEXT)!]) {
      expect(decodeCsvBytes(bytes).text).not.toMatch(/[\uFFFD\u0080-\u009F]/);
    }
  });

  it("refuses a file that mixes UTF-8 and Windows-1252, naming the line, instead of garbling either part", () => {
    const mixed = Buffer.concat([Buffer.from("a;b\nkafe “ok”;1\n"), encodeWindows1252("caf\u00e9;2\n")!]);
    const error = refusal(mixed);
    expect(error.line).toBe(3);
    expect(error.bilingual.en).toContain("mixes UTF-8");
    expect(error.bilingual.id).toContain("mencampur UTF-8");
  });

  it("refuses bytes that mean nothing in Windows-1252", () => {
    expect(refusal(Uint8Array.of(0x61, 0x0a, 0x62, 0x81)).bilingual.en).toContain("neither UTF-8 nor Windows-1252");
  });

  it("refuses UTF-16 without a byte-order mark, broken UTF-16 and a broken file behind a UTF-8 mark", () => {
    expect(refusal(Buffer.from(TEXT, "utf16le")).bilingual.en).toContain("UTF-16 without a byte-order mark");
    expect(refusal(utf16(TEXT, "le").subarray(0, 9)).bilingual.en).toContain("odd number of bytes");
    expect(refusal(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0xe9)).bilingual.en).toContain("not valid UTF-8");
  });

  it("tells the volunteer how to save the file again, in both languages", () => {
    const error = refusal(Uint8Array.of(0x81));
    expect(error.bilingual.en).toContain("CSV UTF-8");
    expect(error.bilingual.id).toContain("Simpan ulang");
  });
});
