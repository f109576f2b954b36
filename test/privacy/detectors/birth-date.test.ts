import { describe, expect, it } from "vitest";
import { detectBirthDates } from "../../../lib/privacy/detectors/birth-date.ts";
import { found } from "./found.ts";

describe("detectBirthDates", () => {
  it("finds full dates after Indonesian birth words, in words or numbers", () => {
    expect(found(detectBirthDates, "Anak itu lahir pada 3 Januari 2009 di Tangerang.")).toEqual(["3 Januari 2009"]);
    expect(found(detectBirthDates, "Tgl. lahir: 14-08-2006")).toEqual(["14-08-2006"]);
    expect(found(detectBirthDates, "tanggal lahir 05/08/2001")).toEqual(["05/08/2001"]);
    expect(found(detectBirthDates, "ttl: Serang, 21/11/1998")).toEqual(["21/11/1998"]);
    expect(found(detectBirthDates, "kelahiran 9 Agt 1988")).toEqual(["9 Agt 1988"]);
  });

  it("finds full dates after English birth words", () => {
    expect(found(detectBirthDates, "Date of birth: 7 June 2007")).toEqual(["7 June 2007"]);
    expect(found(detectBirthDates, "She was born on March 21, 1994 in Bogor.")).toEqual(["March 21, 1994"]);
    expect(found(detectBirthDates, "DOB 1999-02-28")).toEqual(["1999-02-28"]);
    expect(found(detectBirthDates, "born 5th August 2001")).toEqual(["5th August 2001"]);
  });

  it("leaves dates of public events alone", () => {
    expect(detectBirthDates("Workshop penyegaran digelar pada 4 November 2024.")).toEqual([]);
    expect(detectBirthDates("Kegiatan 2024-11-04 sampai 2024-11-06.")).toEqual([]);
  });

  it("leaves a birth year or a day without a year alone", () => {
    expect(detectBirthDates("lahir tahun 1990")).toEqual([]);
    expect(detectBirthDates("born in the early 2000s")).toEqual([]);
    expect(detectBirthDates("ulang tahunnya 12 Maret")).toEqual([]);
  });

  it("does not carry a birth word across a sentence or to a later date", () => {
    expect(detectBirthDates("Ia lahir di Jakarta. Pada 4 November 2024 tim datang.")).toEqual([]);
    expect(found(detectBirthDates, "lahir 3 Mei 1992, menikah 4 Juni 2015")).toEqual(["3 Mei 1992"]);
  });
});
