import { describe, expect, it } from "vitest";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenText } from "../../lib/privacy/screen-text.ts";
import type { PrivacyAllowList } from "../../lib/types/content.generated.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

// How trainers write: groups called by an honorific, forums named after their RT or RW, and
// long-deceased scholars and heroes quoted by title and name. None of it is personal data; a
// private person written the same way still is.
const allowList = loadAllowList(REPO_ROOT);
const flagged = (text: string, list: PrivacyAllowList = allowList) =>
  screenText(text, list).map((finding) => `${finding.kind} ${text.slice(finding.offset, finding.end)}`);

describe("training text", () => {
  it("a group called by an honorific as a plain noun is not a name", () => {
    for (const text of [
      "Terima kasih kepada para Ibu dan Bapak peserta yang sudah hadir.",
      "Bapak-bapak RT diminta mengumpulkan jadwal ronda; ibu-ibu pengajian menyiapkan konsumsi.",
      "Silakan lapor ke Pak RT; Bu Lurah membuka pelatihan.",
      "Ustaz dan ustazah di majelis, para kiai dan bu nyai pesantren diundang.",
      "Haji dan hajjah di kampung itu dihormati; Pak Haji menjadi imam.",
      "Bapak Ibu Jamaah sekalian, mari kita buka dengan doa.",
      "Kiai Pesantren dan Santri diajak berdialog.",
      "Ibu Bhayangkari, Ibu Persit dan ibu-ibu Dasawisma ikut kampanye damai.",
      "Pak Tani dan Bu Tani juga menjadi sasaran sosialisasi.",
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it("a role followed by the field it serves is a role, not a name", () => {
    for (const text of [
      "Bapak Ibu Tokoh Masyarakat dan Tokoh Agama duduk di depan.",
      "Ibu Penyuluh Agama dan Bapak Ibu Pengurus Masjid menerima modul.",
      "Pak Guru Ngaji, Bu Guru Kelas dan Ibu Pengajar Tahfidz mengamati siswa.",
      "Pak Satpam Kompleks, Pak Sopir Angkot dan Bapak Pembina Upacara hadir.",
      "Bu Kepsek, Pak Bhabin, Pak Kadus dan Bu Jumantik menandatangani kesepakatan.",
      "Pak Kyai Sepuh berpesan agar anak muda tidak mudah terprovokasi.",
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it("a role before listed names leaves nothing to report, though no one entry spans them all", () => {
    expect(flagged("Bapak Ibu Relawan Tim Tangguh Pondok Aren dipersilakan maju.")).toEqual([]);
  });

  it("a forum named after its RT or RW is not an address", () => {
    for (const text of [
      "Forum Warga RW 05 rapat setiap bulan.",
      "Kelompok Dasawisma RT 02 membantu pendataan.",
      "Grup WhatsApp RT 03 dipakai untuk informasi.",
      "Jadwal ronda RT 06 diubah.",
      "Bank Sampah RW 04 dikelola ibu-ibu PKK.",
      "Tim Tangguh RW 08 melapor.",
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it("an RT and RW pair, a home nearby or a unit's office is still an address", () => {
    expect(flagged("Majelis taklim RT 04 RW 02 mengadakan kajian.")).toEqual(["address RT 04 RW 02"]);
    expect(flagged("Forum warga di rumah ketua, RT 03.")).toEqual(["address RT 03"]);
    expect(flagged("Keluarga itu baru pindah, kini ikut ronda RT 06.")).toEqual(["address RT 06"]);
    expect(flagged("Remaja itu anak Ketua RW 05.")).toEqual(["address RW 05"]);
    expect(flagged("Pak Ahmad Fauzi warga RT 03/RW 05")).toEqual(["person-name Ahmad Fauzi", "address RT 03/RW 05"]);
  });

  it("a long-deceased scholar or national hero quoted by title and name is not flagged", () => {
    for (const text of [
      "Kutipan KH. Hasyim Asy'ari tentang cinta tanah air, juga ditulis K.H. Hasyim Asy’ari.",
      "KH. Ahmad Dahlan mendirikan Muhammadiyah; Nyai Ahmad Dahlan mendirikan Aisyiyah.",
      "Gus Dur, K.H. Abdurrahman Wahid, dikenal sebagai Bapak Pluralisme.",
      "Ir. Soekarno dan Drs. Mohammad Hatta memproklamasikan kemerdekaan.",
      "Prof. Dr. Hamka, H. Agus Salim dan Dr. Soetomo dikutip dalam modul.",
      "Buya Hamka, Ki Hajar Dewantara, R.A. Kartini, Bung Hatta dan Cut Nyak Dhien.",
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it("a historical figure is let through by the reviewed list, not by a rule", () => {
    const withoutFigures = { ...allowList, historicalFigures: [] };
    expect(flagged("KH. Ahmad Dahlan mendirikan Muhammadiyah.", withoutFigures)).toEqual(["person-name Ahmad Dahlan"]);
    expect(flagged("Gus Dur dikenal luas.", withoutFigures)).toEqual(["person-name Dur"]);
  });

  it("a private person after Pak is still flagged", () => {
    expect(flagged("Kata Pak Rahmat tadi pagi.")).toEqual(["person-name Rahmat"]);
    expect(flagged("Ibu Siti di Jl. Melati No. 4")).toEqual(["person-name Siti", "address Jl. Melati No. 4"]);
    expect(flagged("Pak RT Rahmat sudah dihubungi.")).toEqual(["person-name Rahmat"]);
  });

  it("a private person after a role and its field is still flagged", () => {
    expect(flagged("Pak Guru Agama Budi Santoso mengenal keluarga itu.")).toEqual(["person-name Budi Santoso"]);
    expect(flagged("Tokoh agama setempat, Ustazah Nurhayati, datang.")).toEqual(["person-name Nurhayati"]);
    expect(flagged("Pak Tani Budiman dan Bu Jumantik Sari ikut rapat.")).toEqual(["person-name Budiman", "person-name Sari"]);
  });

  it("a name after a scholar's title is flagged unless that form of a figure is listed", () => {
    expect(flagged("KH. Abdul Karim menolak didatangi petugas.")).toEqual(["person-name Abdul Karim"]);
    expect(flagged("Gus Ahmad memimpin pengajian itu.")).toEqual(["person-name Ahmad"]);
    // A first name alone is not a listed form, whoever it may recall.
    expect(flagged("Kyai Hasyim ikut dimintai keterangan.")).toEqual(["person-name Hasyim"]);
  });

  it("a living namesake of a historical figure is still flagged after an everyday honorific", () => {
    expect(flagged("Pak Ahmad Dahlan, ayah remaja itu, bekerja sebagai sopir.")).toEqual(["person-name Ahmad Dahlan"]);
    expect(flagged("Bu Kartini, tetangga korban, menyimpan fotokopi KTP.")).toEqual(["person-name Kartini"]);
  });
});
