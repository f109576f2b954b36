import { describe, expect, it } from "vitest";
import { detectPhones, phoneDigits } from "../../../lib/privacy/detectors/phone.ts";
import { found } from "./found.ts";

describe("detectPhones", () => {
  it("finds mobile numbers starting 08, 62 or +62 with any separators", () => {
    expect(found(detectPhones, "hubungi 0812-3456-7890")).toEqual(["0812-3456-7890"]);
    expect(found(detectPhones, "0812.3456.7890 / 0813 1122 3344")).toEqual(["0812.3456.7890", "0813 1122 3344"]);
    expect(found(detectPhones, "+62 812 3456 7890")).toEqual(["+62 812 3456 7890"]);
    expect(found(detectPhones, "WA 62 813 5555 0101.")).toEqual(["62 813 5555 0101"]);
    expect(found(detectPhones, "+6281234567890")).toEqual(["+6281234567890"]);
    expect(found(detectPhones, "(0812) 3456-7890")).toEqual(["(0812) 3456-7890"]);
  });

  it("finds landlines with an area code", () => {
    expect(found(detectPhones, "Telepon (021) 7470 1234.")).toEqual(["(021) 7470 1234"]);
    expect(found(detectPhones, "0251-8312-456")).toEqual(["0251-8312-456"]);
    expect(found(detectPhones, "+62 21 7470 1234")).toEqual(["+62 21 7470 1234"]);
  });

  it("finds digits announced as a phone number even without the leading zero", () => {
    expect(found(detectPhones, "tel. 7470 1234")).toEqual(["7470 1234"]);
    expect(found(detectPhones, "WA: 812 3456 7890")).toEqual(["812 3456 7890"]);
  });

  it("finds numbers read out in Indonesian words", () => {
    const text = "Nomornya nol delapan lima enam, satu dua tiga empat, lima enam tujuh delapan.";
    expect(found(detectPhones, text)).toEqual(["nol delapan lima enam, satu dua tiga empat, lima enam tujuh delapan"]);
  });

  it("finds numbers read out in English words, with double and triple", () => {
    expect(found(detectPhones, "zero eight one one, double two three three, four four five five")).toHaveLength(1);
    expect(phoneDigits("zero eight one one double two three")).toBe("0811223");
  });

  it("finds numbers mixing digit groups and words", () => {
    expect(found(detectPhones, "0812 tiga empat lima enam tujuh delapan sembilan")).toHaveLength(1);
  });

  it("leaves dates, times, years, money and counts alone", () => {
    for (const text of [
      "Acara tanggal 17-08-2024 diikuti 300 warga.",
      "pukul 07.30–09.00 WIB",
      "Tahun 2019–2024",
      "Rp 2.500.000 untuk 3 kegiatan",
      "339.05/Kep.173-Huk/2023",
      "Kode pos 15418.",
      "ada 62 peserta di 2024",
      "ISBN 978-602-1234-56-7",
    ]) {
      expect(detectPhones(text), text).toEqual([]);
    }
  });

  it("does not read a short count in words as a phone number", () => {
    expect(detectPhones("satu, dua, tiga langkah saat khawatir")).toEqual([]);
    expect(detectPhones("one two three four")).toEqual([]);
  });

  it("ignores words that are properties of every object, such as constructor", () => {
    expect(detectPhones("constructor toString valueOf")).toEqual([]);
  });
});
