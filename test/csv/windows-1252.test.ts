import { describe, expect, it } from "vitest";
import { decodeWindows1252, encodeWindows1252, Windows1252Error } from "../../lib/csv/windows-1252.ts";

describe("the Windows-1252 code page", () => {
  it("maps 0x80–0x9F to the typographic characters Excel writes, not to control characters", () => {
    const text = decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x8a, 0x9f));
    expect(text).toBe("€…‘’“”–—™ŠŸ");
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  });

  it("maps 0xA0–0xFF like Latin-1 and ASCII unchanged", () => {
    expect(decodeWindows1252(Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0xa0, 0xff))).toBe("Café \u00a0ÿ");
  });

  it("refuses the five bytes the code page leaves undefined, with their offset", () => {
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
      expect(() => decodeWindows1252(Uint8Array.of(0x41, byte))).toThrow(Windows1252Error);
    }
  });

  it("encodes and decodes every defined character back to itself", () => {
    const text = "Rp 5.000 – “oké” … € ™";
    expect(decodeWindows1252(encodeWindows1252(text)!)).toBe(text);
    expect(encodeWindows1252("ĕ")).toBeUndefined();
  });

  it("decodes long files (beyond the argument limit of String.fromCharCode)", () => {
    const bytes = new Uint8Array(200_000).fill(0x93);
    expect(decodeWindows1252(bytes)).toBe("“".repeat(200_000));
  });
});
