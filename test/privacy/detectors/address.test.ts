import { describe, expect, it } from "vitest";
import { detectAddresses } from "../../../lib/privacy/detectors/address.ts";
import { found } from "./found.ts";

describe("detectAddresses", () => {
  it("finds street names after Jl., Jln., Jalan, Gg. and Gang, with or without a house number", () => {
    expect(found(detectAddresses, "tinggal di Jl. Kenanga Raya No. 17, dekat musala")).toEqual(["Jl. Kenanga Raya No. 17"]);
    expect(found(detectAddresses, "Jln. Pahlawan Seribu")).toEqual(["Jln. Pahlawan Seribu"]);
    expect(found(detectAddresses, "alamat Jalan Cempaka No. 8")).toEqual(["Jalan Cempaka No. 8"]);
    expect(found(detectAddresses, "Gang Kelinci No. 4.")).toEqual(["Gang Kelinci No. 4"]);
    expect(found(detectAddresses, "Jl.Raya Pamulang No.12")).toEqual(["Jl.Raya Pamulang No.12"]);
    expect(found(detectAddresses, "Jl. H. Usman No. 3")).toEqual(["Jl. H. Usman No. 3"]);
  });

  it("finds lower-case addresses as typed in chats", () => {
    expect(found(detectAddresses, "alamat: gg. mawar no 3")).toEqual(["gg. mawar no 3"]);
    expect(found(detectAddresses, "di jalan melati nomor 5")).toEqual(["jalan melati nomor 5"]);
  });

  it("finds block and house numbers in housing estates", () => {
    expect(found(detectAddresses, "Perumahan Contoh Blok C2 No. 7")).toEqual(["Blok C2 No. 7"]);
  });

  it("finds RT/RW numbers in their usual forms", () => {
    expect(found(detectAddresses, "RT 004/RW 011")).toEqual(["RT 004/RW 011"]);
    expect(found(detectAddresses, "RT.003/RW.014")).toEqual(["RT.003/RW.014"]);
    expect(found(detectAddresses, "RT 02 RW 07")).toEqual(["RT 02 RW 07"]);
    expect(found(detectAddresses, "rt 3 rw 5")).toEqual(["rt 3 rw 5"]);
    expect(found(detectAddresses, "RT/RW 004/011")).toEqual(["RT/RW 004/011"]);
    expect(found(detectAddresses, "ketua RW 7")).toEqual(["RW 7"]);
  });

  it("reads one RT or RW right after a gathering as the gathering's name, not an address", () => {
    expect(detectAddresses("Arisan ibu-ibu RT 02")).toEqual([]);
    expect(detectAddresses("Posyandu Melati RW 09")).toEqual([]);
    expect(detectAddresses("Sosialisasi di Pertemuan PKK RW 03 bersama kader")).toEqual([]);
    expect(detectAddresses("Sekretariat Karang Taruna RW 07")).toEqual([]);
    expect(detectAddresses("Forum Warga RW 05 rapat setiap bulan")).toEqual([]);
    expect(detectAddresses("Grup WhatsApp RT 03, jadwal ronda RT 06, Bank Sampah RW 04")).toEqual([]);
  });

  it("still finds an RT or RW next to a home, a street, or given as a pair", () => {
    expect(found(detectAddresses, "Arisan di rumah ketua RT 02")).toEqual(["RT 02"]);
    expect(found(detectAddresses, "Pengajian RT 03/RW 05")).toEqual(["RT 03/RW 05"]);
    expect(found(detectAddresses, "Posyandu di Gang Kenanga RW 09")).toContain("RW 09");
    expect(found(detectAddresses, "warga RT 02 yang baru pindah")).toEqual(["RT 02"]);
    expect(found(detectAddresses, "Majelis taklim RT 04 RW 02")).toEqual(["RT 04 RW 02"]);
    expect(found(detectAddresses, "Baru pindah, kini ikut ronda RT 06")).toEqual(["RT 06"]);
  });

  it("leaves RT and RW alone when no number follows", () => {
    expect(detectAddresses("Ketua RT dan ketua RW menandatangani berita acara.")).toEqual([]);
    expect(detectAddresses("Tim tidak mencantumkan nomor RT/RW.")).toEqual([]);
    expect(detectAddresses("dari 54 RT dan 12 RW")).toEqual([]);
    expect(detectAddresses("RT 2024")).toEqual([]);
  });

  it("leaves jalan and gang alone as ordinary words", () => {
    expect(detectAddresses("Warga mencari jalan tengah.")).toEqual([]);
    expect(detectAddresses("pindah ke gang sebelah")).toEqual([]);
    expect(detectAddresses("Jalan keluarnya adalah dialog.")).toEqual([]);
    expect(detectAddresses("jalan-jalan sore")).toEqual([]);
  });
});

describe("detectAddresses and public roads", () => {
  it("does not flag a community walk called Jalan Sehat or Jalan Santai", () => {
    expect(detectAddresses("Jalan Sehat Kebangsaan diikuti 1.500 warga; Jalan Santai RW berikutnya.")).toEqual([]);
  });

  it("does not flag a main road named without a house number, such as a parade route", () => {
    expect(detectAddresses("Pawai melintasi Jalan Raya Puspiptek hingga Jl. Raya Serpong.")).toEqual([]);
  });

  it("still flags a house on a main road", () => {
    expect(detectAddresses("Rumahnya di Jl. Raya Serpong No. 45")).toHaveLength(1);
  });
});
