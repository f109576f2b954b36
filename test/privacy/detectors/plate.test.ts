import { describe, expect, it } from "vitest";
import { detectPlates } from "../../../lib/privacy/detectors/plate.ts";
import { found } from "./found.ts";

describe("detectPlates", () => {
  it("finds plates with spaces, dashes or none", () => {
    expect(found(detectPlates, "motor B 4821 KTX warna hitam")).toEqual(["B 4821 KTX"]);
    expect(found(detectPlates, "mobil B1234XYZ")).toEqual(["B1234XYZ"]);
    expect(found(detectPlates, "A 12 BC")).toEqual(["A 12 BC"]);
    expect(found(detectPlates, "B-1234-ABC")).toEqual(["B-1234-ABC"]);
    expect(found(detectPlates, "berpelat D 1987 AB")).toEqual(["D 1987 AB"]);
  });

  it("finds a full plate typed in lower case", () => {
    expect(found(detectPlates, "platnya b 1234 xyz")).toEqual(["b 1234 xyz"]);
  });

  it("leaves abbreviations, regulations and summits alone", () => {
    for (const text of [
      "kotak P3K",
      "K3L",
      "KTT G20 KTT",
      "PP 71 Tahun 2019",
      "UU 27 Tahun 2022",
      "SMP 3 Pamulang",
      "B 12",
      "Q3 2024",
      "a 360 px phone",
      "a 404 per folder",
    ]) {
      expect(detectPlates(text), text).toEqual([]);
    }
  });
});
