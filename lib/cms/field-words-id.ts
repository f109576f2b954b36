/**
 * The CMS form's words in Indonesian, first: every field's label and hint reads
 * "Indonesian — English" (Judul — Title), since the editors are Indonesian staff and the
 * schemas speak English. Keyed by the schemas' own English words (a field's `title` for its
 * label, its `description` for its hint), so a phrase shared by many fields (Reviewer's role,
 * One line of plain text.) is translated once, and an English wording that changes no longer
 * finds its old Indonesian: test/cms/field-words-id.test.ts then fails instead of the form
 * showing a translation of words the schema no longer says. The schemas stay English only:
 * they are the reference for files, `npm run check` and docs/CONTENT-MODEL.md.
 *
 * Indonesian as the editors speak it, using the site's own words where it has them
 * (data/i18n: Langkah penanganan, Jenis kekhawatiran, Tenggat, …), not word for word.
 */

/** A schema title → the label's Indonesian. Same word in both languages (Status) → said once. */
export const LABELS_ID: Readonly<Record<string, string>> = {
  // Shared by several content types.
  Title: "Judul",
  Summary: "Ringkasan",
  Pillar: "Pilar",
  Body: "Isi",
  Draft: "Draf",
  Status: "Status",
  Date: "Tanggal",
  Period: "Periode",
  Kelurahan: "Kelurahan",
  "Bahasa Indonesia": "Bahasa Indonesia",
  English: "Bahasa Inggris",
  "Glossary terms": "Istilah glosarium",
  Sources: "Sumber",
  "Title of the source": "Judul sumber",
  "Web address": "Alamat web",
  "Last review": "Terakhir ditinjau",
  "Reviewer's role": "Peran peninjau",
  "Review date": "Tanggal tinjauan",
  "Reviewed personal-data exceptions": "Pengecualian data pribadi yang sudah ditinjau",
  // "Sidik", as the pre-save guard's messages call it.
  Fingerprint: "Sidik",
  "Kind of finding": "Jenis temuan",
  "Why this is not personal data": "Mengapa ini bukan data pribadi",
  // Training modules.
  "Place in the course": "Urutan modul",
  "Duration (minutes)": "Durasi (menit)",
  "Learning objectives": "Tujuan pembelajaran",
  "Discussion questions": "Pertanyaan diskusi",
  // Case studies.
  "Illustrative (fictional composite)": "Ilustratif (gabungan rekaan)",
  Area: "Wilayah",
  Concern: "Jenis kekhawatiran",
  "Reported by": "Dilaporkan oleh",
  "Steps taken": "Langkah penanganan",
  Stage: "Tahap",
  "What was done": "Yang dilakukan",
  Approaches: "Pendekatan",
  Outcome: "Hasil",
  "Lessons for other teams": "Pelajaran bagi tim lain",
  "Anonymisation review": "Tinjauan anonimisasi",
  "Names, nicknames and aliases removed": "Nama, nama panggilan dan julukan sudah dihapus",
  "Addresses, RT/RW and meeting places generalised": "Alamat, RT/RW dan tempat pertemuan sudah disamarkan",
  "Exact dates replaced by a year or quarter": "Tanggal persis sudah diganti tahun atau triwulan",
  "Telling details (jobs, family make-up, vehicles) altered or left out":
    "Ciri yang mudah dikenali (pekerjaan, susunan keluarga, kendaraan) sudah diubah atau dihapus",
  // Pages.
  "Place in the footer menu": "Urutan di menu bawah halaman",
  // Decrees.
  Number: "Nomor",
  "Full title": "Judul lengkap",
  "Short title": "Judul singkat",
  "Issued by": "Dikeluarkan oleh",
  "Year issued": "Tahun dikeluarkan",
  "Date signed": "Tanggal ditandatangani",
  "Period in force": "Masa berlaku",
  From: "Mulai",
  To: "Sampai",
  "Unofficial summary": "Ringkasan tidak resmi",
  "Legal basis": "Dasar hukum",
  "Parts (diktum)": "Diktum",
  Label: "Sebutan",
  "Official text (Indonesian)": "Naskah resmi (bahasa Indonesia)",
  "English translation": "Terjemahan bahasa Inggris",
  "Link to the pillars": "Kaitan dengan pilar",
  "How it supports this pillar": "Cara mendukung pilar ini",
  // Activities.
  Venue: "Tempat kegiatan",
  "Type of activity": "Jenis kegiatan",
  Forum: "Forum",
  "What happened": "Apa yang terjadi",
  Participants: "Peserta",
  Total: "Jumlah",
  Women: "Perempuan",
  Men: "Laki-laki",
  "Of whom under 25": "Di antaranya di bawah 25 tahun",
  Partners: "Mitra",
  Notes: "Keterangan",
  "Entered through": "Dimasukkan lewat",
  "Content fingerprint": "Sidik isi",
  // Team profiles.
  "Kelurahan name": "Nama kelurahan",
  Kecamatan: "Kecamatan",
  "Year the team was formed": "Tahun tim dibentuk",
  "Year of the kelurahan decree (SK)": "Tahun SK kelurahan",
  "Current focus": "Fokus saat ini",
  Profile: "Profil",
  "Where the team works": "Tempat tim bekerja",
  "Institutional contact": "Kontak lembaga",
  Institution: "Lembaga",
  "How to get in touch": "Cara menghubungi",
  // Action plan.
  "Order in the plan": "Urutan dalam rencana",
  Objective: "Tujuan",
  Indicator: "Indikator",
  Unit: "Satuan",
  Baseline: "Nilai awal",
  Target: "Target",
  "Current value": "Nilai saat ini",
  "Due date": "Tenggat",
  Responsible: "Penanggung jawab",
  Role: "Peran",
  Teams: "Tim",
  "Progress updates": "Catatan kemajuan",
  "Value on that date": "Nilai pada tanggal itu",
  Note: "Catatan",
  // Case statistics.
  Counts: "Hitungan kasus",
  "Number of cases": "Jumlah kasus",
  // Glossary and timeline.
  Term: "Istilah",
  "Written out": "Kepanjangan",
  Definition: "Pengertian",
  "Other forms": "Bentuk lain",
  "Related terms": "Istilah terkait",
  When: "Kapan",
  "Show on the home page": "Tampilkan di beranda",
};

/**
 * A list's title → what one of its items is called, in both languages. Decap counts a list's
 * items with it ("1 langkah — step", else the list's label: "2 langkah penanganan — steps
 * taken") and names the add button after it ("Tambah langkah — step"), both lower-cased.
 */
export const LIST_ITEMS: Readonly<Record<string, { id: string; en: string }>> = {
  "Learning objectives": { id: "Tujuan", en: "Objective" },
  "Discussion questions": { id: "Pertanyaan", en: "Question" },
  "Reviewed personal-data exceptions": { id: "Pengecualian", en: "Exception" },
  "Steps taken": { id: "Langkah", en: "Step" },
  "Lessons for other teams": { id: "Pelajaran", en: "Lesson" },
  "Legal basis": { id: "Peraturan", en: "Regulation" },
  "Parts (diktum)": { id: "Diktum", en: "Part" },
  "Link to the pillars": { id: "Kaitan", en: "Link" },
  Sources: { id: "Sumber", en: "Source" },
  Partners: { id: "Mitra", en: "Partner" },
  "Progress updates": { id: "Catatan", en: "Update" },
  Counts: { id: "Baris", en: "Row" },
  "Other forms": { id: "Bentuk", en: "Form" },
};

/**
 * A schema description → the hint's Indonesian. Short: what an editor needs at the field; the
 * English after it keeps the schema's full wording.
 */
export const HINTS_ID: Readonly<Record<string, string>> = {
  // Shared by several content types.
  "One line of plain text.": "Satu baris teks biasa.",
  "Plain text; blank lines separate paragraphs. No HTML.": "Teks biasa; pisahkan paragraf dengan baris kosong. Tanpa HTML.",
  "One or two sentences shown in lists and search results.": "Satu atau dua kalimat, tampil di daftar dan hasil pencarian.",
  "The main text, in Markdown. HTML and template code are not allowed and are shown as plain text. At most 60,000 characters.":
    "Teks utama. HTML dan kode templat tidak dijalankan, tampil sebagai teks biasa. Paling banyak 60.000 karakter.",
  "A draft is kept in the repository but never published, indexed or listed.":
    "Draf tetap disimpan, tetapi tidak terbit, tidak muncul di pencarian maupun di daftar.",
  "A calendar date: in the form, pick it in the calendar (it shows in your browser's own date format); in a file, written year-month-day, e.g. 2024-11-04.":
    "Pilih tanggalnya di kalender (tampil dalam format tanggal peramban Anda).",
  "A four-digit year, e.g. 2024.": "Tahun, empat angka, misalnya 2024.",
  "A year (2024) or a quarter (2024-Q3). Never an exact date: it could identify people.":
    "Tahun (2024) atau triwulan (2024-Q3). Jangan tanggal persis: bisa membuat orang dikenali.",
  "The pillar of the Tim Tangguh model this belongs to.": "Pilar model Tim Tangguh yang bersangkutan.",
  "Only http and https addresses.": "Hanya alamat http dan https.",
  "One of the four kelurahan with a Tim Tangguh (the short name of its team profile).":
    "Salah satu dari empat kelurahan yang punya Tim Tangguh.",
  "What kind of early sign or situation the case was about.": "Jenis tanda awal atau keadaan yang menjadi pokok kasus.",
  "Who last checked this content (a role, never a name) and when.":
    "Siapa yang terakhir memeriksa isi ini (perannya, bukan namanya) dan kapan.",
  "A role such as 'Koordinator Tim Tangguh Jombang' or 'Fasilitator yayasan'. Never a person's name.":
    "Peran, misalnya Koordinator Tim Tangguh Jombang atau Fasilitator yayasan. Jangan nama orang.",
  "A role, never a name.": "Peran, jangan nama orang.",
  "Findings of the personal-data screen that a reviewer checked and judged not to be personal data (for example a public hotline or a public figure quoted in the news). Each names ONE finding by the fingerprint that `npm run check` printed; never write the value itself here. An exception that matches nothing is reported, so stale ones do not pile up.":
    "Temuan pemeriksaan data pribadi yang sudah ditinjau dan dinilai bukan data pribadi (misalnya nomor layanan umum). Satu temuan per butir, disebut dengan sidiknya dari `npm run check`; jangan tulis nilainya di sini.",
  "The 12 characters printed by the check after 'fingerprint', e.g. 3fa94c0d12be.":
    "12 karakter sesudah kata 'sidik' (fingerprint) dalam hasil pemeriksaan, misalnya 3fa94c0d12be.",
  // Training modules.
  "The module's title as readers see it.": "Judul modul seperti yang dibaca pembaca.",
  "'Foundations' for the basics every volunteer needs; otherwise the pillar of the model the module trains for.":
    "Dasar-dasar untuk bekal setiap relawan; selain itu, pilar yang dilatih modul ini.",
  "1 for the first module, 2 for the second, … Must be the same in both languages.":
    "1 untuk modul pertama, 2 untuk modul kedua, dan seterusnya.",
  "How long the session takes when run with a group.": "Lama sesi bila dijalankan bersama kelompok.",
  "What a volunteer can do after the session, one per line.": "Apa yang bisa dilakukan relawan sesudah sesi, satu per baris.",
  "Questions for the group, one per line.": "Pertanyaan untuk kelompok, satu per baris.",
  "Glossary entries this module uses (their short names).": "Istilah glosarium yang dipakai modul ini.",
  // Case studies.
  "Tick when the case is a composite written for training rather than an account of one real case. The page then says so.":
    "Centang bila kasus ini gabungan rekaan untuk pelatihan, bukan kisah satu kasus nyata. Halamannya akan menyebutkannya.",
  "When the case was first recorded: a year (2024) or a quarter (2024-Q3). Never an exact date.":
    "Kapan kasus pertama dicatat: tahun (2024) atau triwulan (2024-Q3). Jangan tanggal persis.",
  "The kelurahan, or 'not disclosed' when naming it could identify the people involved.":
    "Kelurahannya, atau Tidak disebutkan bila nama kelurahan bisa membuat orang yang terlibat dikenali.",
  "The role of the person who raised the concern. Never a name.": "Peran orang yang pertama menyampaikan kekhawatiran. Jangan nama.",
  "The stages the case went through, in order: recorded, verified, handled, resolved.":
    "Tahap yang dilalui kasus, berurutan: dicatat, diverifikasi, ditangani, selesai.",
  "Where a case is in the handling process: recorded, verified, handled, resolved.":
    "Sampai di mana penanganannya: dicatat, diverifikasi, ditangani, selesai.",
  "How the team handled the case.": "Cara tim menangani kasus ini.",
  "Completed by a second person before publication.": "Diisi orang kedua sebelum diterbitkan.",
  "A role, never a name. Filled in by the reviewer; a draft may leave it empty, a published case study needs it.":
    "Peran, jangan nama. Diisi peninjau; boleh kosong selama draf, wajib sebelum terbit.",
  "When the review was done. A draft may leave it empty; a published case study needs it.":
    "Kapan ditinjau. Boleh kosong selama draf, wajib sebelum terbit.",
  "Only 'published' case studies appear on the site.": "Hanya studi kasus berstatus published yang tampil di situs.",
  // Pages.
  "Leave empty to keep the page out of the menu.": "Kosongkan agar halaman tidak masuk menu.",
  // Decrees.
  "Exactly as printed on the decree, e.g. 339.05/Kep.173-Huk/2023.":
    "Persis seperti tercetak di keputusan, misalnya 339.05/Kep.173-Huk/2023.",
  "The official title in Indonesian and a translation in English.":
    "Judul resmi dalam bahasa Indonesia, dan terjemahannya dalam bahasa Inggris.",
  "A short name for lists and navigation.": "Nama pendek untuk daftar dan navigasi.",
  "Leave empty unless you have the signed document.": "Kosongkan kecuali Anda memegang naskah yang sudah ditandatangani.",
  "Plain-language summary written by the editors. Shown with a label saying it is not the legal text.":
    "Ringkasan dengan bahasa sederhana dari penyunting. Tampil dengan keterangan bahwa ini bukan naskah hukum.",
  "The laws and regulations the decree cites (its 'Mengingat' section), copied from the signed document.":
    "Peraturan yang dirujuk keputusan (bagian Mengingat), disalin dari naskah yang ditandatangani.",
  "The decree's parts, copied from the signed document, with an English translation.":
    "Diktum keputusan, disalin dari naskah yang ditandatangani, dengan terjemahan bahasa Inggris.",
  "As printed, e.g. KESATU.": "Seperti tercetak, misalnya KESATU.",
  "How the decree supports each pillar of the Tim Tangguh model.": "Bagaimana keputusan ini mendukung tiap pilar model Tim Tangguh.",
  // Activities.
  "How many people took part. If you give women and men, they must add up to the total.":
    "Berapa orang yang ikut. Bila perempuan dan laki-laki diisi, keduanya harus berjumlah sama dengan total.",
  "Institutions that took part (e.g. Kesbangpol, Puskesmas, KUA). Institutions only, never individuals.":
    "Lembaga yang ikut (misalnya Kesbangpol, Puskesmas, KUA). Hanya lembaga, jangan perorangan.",
  "Optional remarks in one or both languages. No names, addresses or phone numbers.":
    "Catatan tambahan, boleh dalam satu atau dua bahasa. Tanpa nama, alamat atau nomor telepon.",
  "Set automatically: 'cms' for the editor's form, 'csv' for an import (with the content fingerprint used to skip duplicates).":
    "Diisi otomatis: cms bila lewat formulir ini, csv bila lewat impor.",
  // Team profiles.
  "The year the kelurahan's SK formally established the team.": "Tahun SK kelurahan yang meresmikan tim.",
  "A short description of the team and its area of work.": "Uraian singkat tentang tim dan wilayah kerjanya.",
  "The community gatherings the team usually works through.": "Pertemuan warga yang biasanya menjadi tempat tim bekerja.",
  "How to reach the team through an institution. Never a volunteer's personal details.":
    "Cara menghubungi tim lewat lembaga. Jangan data pribadi relawan.",
  "e.g. Kantor Kelurahan Jombang, or the facilitating foundation.": "Misalnya Kantor Kelurahan Jombang, atau yayasan pendamping.",
  // Action plan.
  "What is counted to measure progress.": "Apa yang dihitung untuk mengukur kemajuan.",
  "e.g. 'kegiatan' / 'activities'.": "Misalnya kegiatan / activities.",
  "The value when the plan was agreed.": "Nilai saat rencana disepakati.",
  "The latest measured value. Add a dated update when it changes.":
    "Nilai terakhir yang diukur. Bila berubah, tambahkan catatan kemajuan bertanggal.",
  "A role and the team(s) responsible. Never a person's name.": "Peran dan tim yang bertanggung jawab. Jangan nama orang.",
  "Dated measurements, oldest first.": "Hasil pengukuran bertanggal, yang terlama dahulu.",
  // Case statistics.
  "The furthest stage cases reached in the period.": "Tahap terjauh yang dicapai kasus dalam periode ini.",
  // Glossary and timeline.
  "The term as written in each language. Local terms (arisan, majelis taklim) keep their Indonesian form in English too.":
    "Istilah seperti ditulis dalam tiap bahasa. Istilah lokal (arisan, majelis taklim) tetap berbentuk Indonesia di versi Inggris.",
  "For abbreviations: the full name (e.g. Badan Nasional Penanggulangan Terorisme).":
    "Untuk singkatan: kepanjangannya (misalnya Badan Nasional Penanggulangan Terorisme).",
  "Spellings and word forms readers may search for (e.g. radikalisasi, deradikalisasi).":
    "Ejaan dan bentuk kata yang mungkin dicari pembaca (misalnya radikalisasi, deradikalisasi).",
  "As precise as the source allows: 2019, 2024-12 or 2024-11-04.": "Setepat yang diketahui dari sumbernya: 2019, 2024-12 atau 2024-11-04.",
};

/** "Indonesian — English", or the word once when both languages share it. */
const both = (id: string, en: string) => (id === en ? id : `${id} — ${en}`);

/**
 * A field's label from its schema title; the English alone when the table lacks it (the test
 * then fails, naming the title).
 * @example fieldLabel("Period") // "Periode — Period"
 */
export function fieldLabel(title: string): string {
  const id = LABELS_ID[title];
  return id === undefined ? title : both(id, title);
}

/**
 * A field's hint from its schema description, Indonesian first; the English alone when the
 * table lacks it.
 * @example fieldHint("A role, never a name.") // "Peran, jangan nama orang. — A role, never a name."
 */
export function fieldHint(description: string): string {
  const id = HINTS_ID[description];
  return id === undefined ? description : both(id, description);
}

/**
 * What one item of a list is called, from the list's title; undefined when the table lacks it.
 * @example listItemLabel("Steps taken") // "Langkah — Step"
 */
export function listItemLabel(listTitle: string): string | undefined {
  const item = LIST_ITEMS[listTitle];
  return item && both(item.id, item.en);
}
