import { describe, expect, it } from "vitest";
import { detectNik, plausibleNik } from "../../../lib/privacy/detectors/nik.ts";
import { found } from "./found.ts";

// Invented numbers: kecamatan code 99 does not exist in Kota Tangerang Selatan.
describe("detectNik", () => {
  it("finds a NIK written as sixteen plain digits", () => {
    expect(found(detectNik, "NIK pelapor 3674991507909001 sudah dicatat.")).toEqual(["3674991507909001"]);
  });

  it("finds a NIK grouped by spaces, dots or dashes", () => {
    expect(found(detectNik, "3674 9915 0790 9001")).toEqual(["3674 9915 0790 9001"]);
    expect(found(detectNik, "3674.99.150790.9001")).toEqual(["3674.99.150790.9001"]);
    expect(found(detectNik, "3674-99-150790-9001")).toEqual(["3674-99-150790-9001"]);
  });

  it("finds a woman's NIK, whose day has 40 added", () => {
    expect(detectNik("3674995507909002")).toMatchObject([{ kind: "nik" }]);
    expect(plausibleNik("3674995507909002")).toBe(true);
  });

  it("finds a NIK right after a year without swallowing the year", () => {
    expect(found(detectNik, "tahun 2023 3674991507909001")).toEqual(["3674991507909001"]);
  });

  it("reports a KK number as kk when the words before it say so", () => {
    expect(detectNik("No. KK: 3674 9901 0120 9002")).toMatchObject([{ kind: "kk" }]);
    expect(detectNik("nomor kartu keluarga 3674990101209002")).toMatchObject([{ kind: "kk" }]);
    expect(detectNik("Family card 3603990202159003")).toMatchObject([{ kind: "kk" }]);
  });

  it("labels each number by its nearest label when a NIK and a KK share a line", () => {
    expect(detectNik("NIK 3674991507909001, KK 3674990101209002").map((f) => f.kind)).toEqual(["nik", "kk"]);
  });

  it("reports sixteen digits announced as a NIK even when their structure is wrong", () => {
    expect(found(detectNik, "NIK: 1234567890123456")).toEqual(["1234567890123456"]);
  });

  it("leaves sixteen digits without a NIK structure or label alone", () => {
    expect(detectNik("Nomor rekening 1234567890123456")).toEqual([]);
    expect(detectNik("9999991507909001")).toEqual([]);
  });

  it("rejects impossible days and months", () => {
    expect(plausibleNik("3674993507909001")).toBe(false); // day 35
    expect(plausibleNik("3674991513909001")).toBe(false); // month 13
    expect(plausibleNik("3674991507900000")).toBe(false); // serial 0000
  });

  it("does not read fifteen or seventeen digits as a NIK", () => {
    expect(detectNik("367499150790900")).toEqual([]);
    expect(detectNik("36749915079090011")).toEqual([]);
  });

  it("does not join years, counts or the decree number into a NIK", () => {
    expect(detectNik("2019 2020 2021 2022")).toEqual([]);
    expect(detectNik("Keputusan 339.05/Kep.173-Huk/2023, 42 peserta, 83%")).toEqual([]);
  });
});
