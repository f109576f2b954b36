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

  it("reads the name after chains of honorifics, in any case", () => {
    expect(found(detectPersonNames, "mpok ida: kemarin pak haji darmawan dateng ke rumah")).toEqual(["ida", "darmawan"]);
    expect(found(detectPersonNames, "bu hajjah siti tadi telpon")).toEqual(["siti"]);
    expect(found(detectPersonNames, "Pak Kyai Haji Abdul Karim memimpin doa.")).toEqual(["Abdul Karim"]);
    expect(found(detectPersonNames, "Bapak KH. Ahmad Dahlan dan KH Ahmad Fauzi")).toEqual(["Ahmad Dahlan", "Ahmad Fauzi"]);
    expect(found(detectPersonNames, "Bu Hj. Siti Aminah, Nyai Hj. Khadijah, Pak Dr. Hendra Wijaya")).toEqual([
      "Siti Aminah",
      "Khadijah",
      "Hendra Wijaya",
    ]);
    expect(found(detectPersonNames, "pak ustadz rahmat udah di masjid")).toEqual(["rahmat"]);
  });

  it("stops a chain that has no name after it", () => {
    for (const text of ["Pak Haji datang", "Bu Hajjah sudah pulang.", "pak haji dan bu hajjah ikut mengantar", "Pak Kyai sudah sepuh."]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
    // A title that is also a given name is the name when nothing follows it.
    expect(found(detectPersonNames, "Kata Bu Ning tadi")).toEqual(["Ning"]);
  });

  it("finds names after the forms of address used in Indonesia", () => {
    expect(found(detectPersonNames, "Gus Farhan, Ning Zahra, Mbah Surip dan Kang Asep")).toEqual(["Farhan", "Zahra", "Surip", "Asep"]);
    expect(found(detectPersonNames, "Om Herman, Tante Yuli, Bang Ucok, Abang Rizal, Teteh Rina, Teh Euis, Cak Nun")).toEqual([
      "Herman",
      "Yuli",
      "Ucok",
      "Rizal",
      "Rina",
      "Euis",
      "Nun",
    ]);
    expect(found(detectPersonNames, "Uda Rizal dan Uni Mega, Kakak Laila dan adik Fikri, kak Dewi dan dik Sari")).toEqual([
      "Rizal",
      "Mega",
      "Laila",
      "Fikri",
      "Dewi",
      "Sari",
    ]);
    expect(found(detectPersonNames, "Saudara Ridwan Hakim, Saudari Lestari, Nyonya Tan, Ny. Wulan, Tuan Hasan")).toEqual([
      "Ridwan Hakim",
      "Lestari",
      "Tan",
      "Wulan",
      "Hasan",
    ]);
    expect(found(detectPersonNames, "Bpk. Suparman, Bp. Darto, Ibu Sri, Abah Udin, Pakde Harjo, Bude Sumi")).toEqual([
      "Suparman",
      "Darto",
      "Sri",
      "Udin",
      "Harjo",
      "Sumi",
    ]);
    expect(found(detectPersonNames, "om budi udah pulang, tante lina di rumah, mbah minah sakit")).toEqual(["budi", "lina", "minah"]);
    expect(found(detectPersonNames, "Almarhum Haji Rahmat, alm. Budi Santoso, mendiang Sri, Ust Hasan")).toEqual([
      "Rahmat",
      "Budi Santoso",
      "Sri",
      "Hasan",
    ]);
  });

  it("finds names after English titles and kinship words", () => {
    expect(found(detectPersonNames, "Mr. Smith, Mrs Jones, Ms. Rina, Miss Dewi, Dr. Hendra, dr. Siti")).toEqual([
      "Smith",
      "Jones",
      "Rina",
      "Dewi",
      "Hendra",
      "Siti",
    ]);
    expect(found(detectPersonNames, "Brother Yusuf and Sister Aminah, Uncle Bambang and Aunt Sri")).toEqual([
      "Yusuf",
      "Aminah",
      "Bambang",
      "Sri",
    ]);
    expect(found(detectPersonNames, "her brother Arif came home")).toEqual(["Arif"]);
  });

  it("needs a capitalised name after forms of address that are also ordinary words", () => {
    for (const text of [
      "naik haji tahun depan",
      "kakak kelas dan adik tingkat ikut lomba",
      "Kelurahan menjadi tuan rumah acara.",
      "saudara kandung dan saudara sepupu",
      "Teh manis dan kue disajikan.",
      "minum teh hangat bersama warga",
      "Uda makan? uda sampai belum?",
      "bu uda sampe",
      "ning omah",
      "dr Jakarta ke Bogor",
      "I miss the meeting",
      "Kakek nenek yang merawat cucu",
      "Om, tante, terima kasih sudah datang.",
      "Dik, jangan lupa isi formulir.",
      "KK masih atas nama almarhum ayahnya.",
      "Ibu sambung anak itu hadir; makasih mbak cantik",
    ]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
  });

  it("leaves forms of address after a determiner alone: a sound, a relation, a noun", () => {
    for (const text of [
      "There was a loud bang near the mosque.",
      "He hit the table with a bang.",
      "The Sister City agreement was signed.",
      "A sister organisation in Depok shared its modules.",
      "Brother and sister came together.",
      "Her Brother, who returned from Syria, lives nearby.",
      "My brother lives in Bogor.",
      "The uncle visits several times.",
      "our brother Muslims",
      "seorang kakak bernama",
    ]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
  });

  it("leaves chat words after lower-case honorifics alone", () => {
    for (const text of [
      "[19.02] Koordinator: bapak ibu, rapat besok jam 8 ya",
      "pak ustadz ngisi tausiyah jam 7",
      "pak haji nanya kapan kerja bakti",
      "mas, nanti nyari konsumsi ya; bu, udah nelpon pak rt?",
      "ok pak siap, makasih bu",
    ]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
  });

  it("reads the whole speaker label of a chat line, also after forms of address that need capitals elsewhere", () => {
    expect(found(detectPersonNames, "[19.02] om budi santoso: besok ya")).toEqual(["budi santoso"]);
    expect(found(detectPersonNames, "[21.05] bapak ahmad fauzi: sudah saya sampaikan ke pak rt")).toEqual(["ahmad fauzi"]);
    expect(found(detectPersonNames, "08/11/24 21.14 - kang asep: siap")).toEqual(["asep"]);
    expect(found(detectPersonNames, "teh rina: aku otw\nning aisyah: oke\n- gus ali: siap")).toEqual(["rina", "aisyah", "ali"]);
  });

  it("does not read a label where there is none", () => {
    expect(detectPersonNames("teh Botol dingin")).toEqual([]);
    expect(detectPersonNames("kemarin kang asep: datang")).toEqual([]);
    expect(detectPersonNames("kakak kelas bilang: besok libur")).toEqual([]);
  });

  it("finds names of several words, with initials, Arabic articles and punctuation after them", () => {
    expect(found(detectPersonNames, "Sepupunya, Mbak Ratna Dewi Lestari, ikut mendampingi.")).toEqual(["Ratna Dewi Lestari"]);
    expect(found(detectPersonNames, "Sdr. Agus Salim, 24, dirujuk; (Pak Darto). Mas Bayu! Mbak Yuni?")).toEqual([
      "Agus Salim",
      "Darto",
      "Bayu",
      "Yuni",
    ]);
    expect(found(detectPersonNames, "Ustadz Abu Fulan al-Indunisi hadir")).toEqual(["Abu Fulan al-Indunisi"]);
    expect(found(detectPersonNames, "Pak Rahmat Bu Sri")).toEqual(["Rahmat", "Sri"]);
    expect(found(detectPersonNames, "Pak Budi Santoso SH")).toEqual(["Budi Santoso"]);
  });

  it("does not read acronyms or title-case verbs and nouns as names", () => {
    expect(found(detectPersonNames, "Bapak Ibu Guru SDN Setu 02")).toEqual(["Guru"]);
    expect(found(detectPersonNames, "Pak RT Rahmat")).toEqual(["Rahmat"]);
    for (const text of [
      "Pak RT menjelaskan jadwal",
      "Pak SDN",
      "## Ketika Om atau Tante Menjadi Wali Anak",
      "Peran Ibu Mencegah Kekerasan",
      "Mengapa Kakek Nenek Penting?",
    ]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
    // Names that merely look like derived words still count.
    expect(found(detectPersonNames, "Pak Setiawan, Bu Megawati, Pak Abdullah, Bu Melati")).toEqual([
      "Setiawan",
      "Megawati",
      "Abdullah",
      "Melati",
    ]);
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

  it("finds aliases after Indonesian cues", () => {
    expect(found(detectPersonNames, "Ia biasa dipanggil ucok oleh temannya.")).toEqual(["ucok"]);
    expect(found(detectPersonNames, "pemuda yang akrab disapa Bimo itu; yang biasa disapa didi")).toEqual(["Bimo", "didi"]);
    expect(found(detectPersonNames, "nama panggilannya codet; panggilannya Jenggot; sapaan akrabnya Didi")).toEqual([
      "codet",
      "Jenggot",
      "Didi",
    ]);
    expect(found(detectPersonNames, "nama samarannya 'Ummu Salamah'; ia memakai nama samaran Abu Bakar")).toEqual([
      "Ummu Salamah",
      "Abu Bakar",
    ]);
    expect(found(detectPersonNames, "Pria itu menyebut dirinya Abu Jundi, lalu mengaku sebagai Abu Mus'ab.")).toEqual([
      "Abu Jundi",
      "Abu Mus'ab",
    ]);
    expect(found(detectPersonNames, "Pemuda yang dikenal sebagai Abu Hamzah itu; dikenal di kalangan jamaah sebagai Ustadz Farid")).toEqual(
      ["Abu Hamzah", "Farid"],
    );
    expect(found(detectPersonNames, "Warga menyebut pemuda itu dengan panggilan Jenggot. Ia dijuluki Si Kancil.")).toEqual([
      "Jenggot",
      "Kancil",
    ]);
    expect(found(detectPersonNames, "Pria yang mengaku bernama Hendra; nama aslinya Budi; alias si Codet")).toEqual([
      "Hendra",
      "Budi",
      "Codet",
    ]);
    expect(found(detectPersonNames, "Nama: Siti Rahmawati, usia 34")).toEqual(["Siti Rahmawati"]);
  });

  it("finds aliases after English cues", () => {
    expect(found(detectPersonNames, "The man, who calls himself 'Abu Fulan', runs a group.")).toEqual(["Abu Fulan"]);
    expect(found(detectPersonNames, "She calls herself “Ummu Salamah” online; he called himself Abu Hamzah.")).toEqual([
      "Ummu Salamah",
      "Abu Hamzah",
    ]);
    expect(found(detectPersonNames, "the youth known as Abu Fulan; known to friends as Kribo")).toEqual(["Abu Fulan", "Kribo"]);
    expect(found(detectPersonNames, "He goes by Bimo online; goes by the name of Jalu; a.k.a. Gepeng; aka bimo")).toEqual([
      "Bimo",
      "Jalu",
      "Gepeng",
      "bimo",
    ]);
    expect(found(detectPersonNames, "registered under the name Rudi Hartono, whose real name is Joko Susilo")).toEqual([
      "Rudi Hartono",
      "Joko Susilo",
    ]);
    expect(found(detectPersonNames, "The recruiter introduced himself as Ahmad Zaki; his nickname is Kribo.")).toEqual([
      "Ahmad Zaki",
      "Kribo",
    ]);
  });

  it("finds an alias in quotes, as a kunya and in capitals after a strong cue", () => {
    expect(found(detectPersonNames, 'dia dipanggil "Bonyok" di tongkrongan')).toEqual(["Bonyok"]);
    expect(found(detectPersonNames, "alias abu fulan; alias ummu syifa")).toEqual(["abu fulan", "ummu syifa"]);
    expect(found(detectPersonNames, "Budi alias BOLANG ditangkap; Nama: BUDI SANTOSO")).toEqual(["BOLANG", "BUDI SANTOSO"]);
  });

  it("finds a capitalised kunya as a name on its own, and not the lower-case word", () => {
    expect(found(detectPersonNames, "Istri kedua pelaku, Ummu Aisyah, tidak mau diwawancarai; Abu Dzar juga.")).toEqual([
      "Ummu Aisyah",
      "Abu Dzar",
    ]);
    expect(found(detectPersonNames, "alias Abu Fulan")).toEqual(["Abu Fulan"]);
    for (const text of ["Abu vulkanik tidak sampai ke sini.", "Warna abu-abu dipilih.", "Abu", "abu Fulan"]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
  });

  it("finds an alias announced after it", () => {
    expect(found(detectPersonNames, "Ucok, begitu ia biasa disapa, mulai menjauh.")).toEqual(["Ucok"]);
    expect(found(detectPersonNames, "Kemudian Didi, sapaan akrabnya, pulang.")).toEqual(["Didi"]);
    expect(found(detectPersonNames, "'Abu Fulan', as he calls himself, posted again.")).toEqual(["Abu Fulan"]);
    expect(detectPersonNames("Warga, begitu ia disapa, ramah.")).toEqual([]);
  });

  it("leaves descriptions, things and ordinary words after weak alias cues alone", () => {
    for (const text of [
      "dikenal sebagai sosok pendiam",
      'dikenal sebagai "kampung narkoba"',
      "julukan negatif itu menyakitkan",
      "Anak itu mendapat julukan kasar dari teman sekelas.",
      "Time goes by quickly.",
      "known as a hard worker",
      "He calls himself a victim.",
      "menyebut dirinya korban",
      "Warga biasa dipanggil untuk kerja bakti.",
      "Ia akrab disapa oleh anak-anak.",
      "A WhatsApp group named Kajian Sunnah spread the video.",
      "The programme, known as Kampung Tangguh, started in 2019.",
      "Program itu dikenal sebagai Kampung Tangguh Nusantara.",
      "Kegiatan ini dikenal warga sebagai Jumat Berkah.",
      "The approach is known as Personal Dialogue.",
      "Metode ini dikenal sebagai Pendekatan Personal.",
      "kelompok yang dikenal sebagai JAD",
      "Budi (nama samaran) bercerita",
      "Nama kegiatan: Workshop Penyegaran",
      "Nama: tidak dicatat",
      "a.k.a. the team",
    ]) {
      expect(detectPersonNames(text), text).toEqual([]);
    }
  });

  it("leaves ordinary uses of alias words alone", () => {
    expect(detectPersonNames("dia dipanggil ke kantor kelurahan")).toEqual([]);
    expect(detectPersonNames("panggilan telepon masuk")).toEqual([]);
    expect(detectPersonNames("the bin was full")).toEqual([]);
    expect(detectPersonNames("naik haji tahun depan")).toEqual([]);
  });
});
