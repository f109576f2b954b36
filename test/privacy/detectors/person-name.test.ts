import { describe, expect, it } from "vitest";
import { detectPersonNames } from "../../../lib/privacy/detectors/person-name.ts";
import { found } from "./found.ts";

describe("detectPersonNames", () => {
  it("finds names after honorifics", () => {
    expect(found(detectPersonNames, "Pak Rahmat Hidayat dan Bu Sri datang.")).toEqual(["Rahmat Hidayat", "Sri"]);
    expect(found(detectPersonNames, "Menurut Ustadz Hanafi, pemuda itu berubah.")).toEqual(["Hanafi"]);
    expect(found(detectPersonNames, "Sdri. Kartika dan Hj. Maimunah")).toEqual(["Kartika", "Maimunah"]);
    expect(found(detectPersonNames, "Mas Bayu, Mbak Yuni, Kak Nadia")).toEqual(["Bayu", "Yuni", "Nadia"]);
    expect(found(detectPersonNames, "Ust. Hasan dan Ustaz Ridwan")).toEqual(["Hasan", "Ridwan"]);
  });

  it("finds the name after chained honorifics and initials", () => {
    expect(found(detectPersonNames, "Pak Haji Mahmud")).toEqual(["Mahmud"]);
    expect(found(detectPersonNames, "Bapak H. Abdul Somad")).toEqual(["Abdul Somad"]);
    expect(found(detectPersonNames, "Ibu Siti N. Aisyah")).toEqual(["Siti N. Aisyah"]);
  });

  it("points cueStart at the honorific and the span at the name only", () => {
    const [finding] = detectPersonNames("Kata Pak Rahmat tadi");
    expect(finding).toEqual({ kind: "person-name", start: 9, end: 15, cueStart: 5 });
  });

  it("finds lower-case names as typed in chat transcripts", () => {
    expect(found(detectPersonNames, "pak rahmat bilang besok")).toEqual(["rahmat"]);
    expect(found(detectPersonNames, "[19.02] mbak yuni: anaknya jarang pulang")).toEqual(["yuni"]);
    expect(found(detectPersonNames, "Pak rahmat udah datang")).toEqual(["rahmat"]);
  });

  it("finds aliases and nicknames", () => {
    expect(found(detectPersonNames, "Fajar alias Codet")).toEqual(["Codet"]);
    expect(found(detectPersonNames, "Sdr. Agus, a.k.a. Gepeng, dirujuk")).toEqual(["Agus", "Gepeng"]);
    expect(found(detectPersonNames, "dipanggil 'Gondrong' oleh anak-anak")).toEqual(["Gondrong"]);
    expect(found(detectPersonNames, "nicknamed Kribo by friends")).toEqual(["Kribo"]);
    expect(found(detectPersonNames, "alias ucok")).toEqual(["ucok"]);
    expect(found(detectPersonNames, "Pemuda bernama Fajar datang")).toEqual(["Fajar"]);
  });

  it("finds patronymics with the person's own name before them", () => {
    expect(found(detectPersonNames, "Yang datang Muhammad Iqbal bin Sulaiman, sepupunya.")).toEqual(["Muhammad Iqbal bin Sulaiman"]);
    expect(found(detectPersonNames, "Kemudian Ahmad bin Yusuf pulang")).toEqual(["Ahmad bin Yusuf"]);
    expect(found(detectPersonNames, "Siti Aminah binti Kosim")).toEqual(["Siti Aminah binti Kosim"]);
  });

  it("leaves honorifics used as common nouns alone", () => {
    for (const text of [
      "ibu-ibu PKK dan bapak-bapak pengurus masjid",
      "Bapak/Ibu sekalian, selamat pagi.",
      "Terima kasih, Pak. Sampai jumpa, Bu.",
      "Sang ibu memilih tidak hadir.",
      "ibu melihat perubahan pada anaknya",
      "ibu dari laki-laki itu",
      "Peran Ibu Dalam Keluarga",
      "Menurut Bapak, apa yang perlu dilakukan?",
      "Mas dan Mbak relawan membagikan brosur.",
      "Pak Ustadz led the prayer",
    ]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
  });

  it("leaves a lone initial alone", () => {
    expect(detectPersonNames("Ibu S. (35) dan anaknya")).toEqual([]);
  });

  it("leaves ordinary uses of alias words alone", () => {
    expect(detectPersonNames("dia dipanggil ke kantor kelurahan")).toEqual([]);
    expect(detectPersonNames("panggilan telepon masuk")).toEqual([]);
    expect(detectPersonNames("the bin was full")).toEqual([]);
    expect(detectPersonNames("naik haji tahun depan")).toEqual([]);
  });
});
