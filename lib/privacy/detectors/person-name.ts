import type { RawFinding } from "../finding.ts";
import { lookbehindApart, matchesAfter } from "./matches-after.ts";

// Honorifics and forms of address that announce a name, in groups by how much they can be
// trusted. Each word of the first two groups is read in lower case and capitalised ("pak",
// "Pak"); the others only as written here.
//
// CHAT: in lower case these are almost never anything but a form of address, so a lower-case
// name may follow, as people type in chats ("pak rahmat bilang", "om budi udah dateng").
const CHAT = [
  "pak",
  "bapak",
  "bpk",
  "bpk.",
  "bp.",
  "bu",
  "ibu",
  "mas",
  "mbak",
  "mba",
  "kak",
  "dik",
  "ust.",
  "ust",
  "ustadz",
  "ustaz",
  "ustad",
  "ustadzah",
  "ustazah",
  "sdr.",
  "sdri.",
  "hj.",
  // Betawi, Sundanese, Javanese and East Javanese forms heard in Tangerang Selatan.
  "bang",
  "mpok",
  "neng",
  "teteh",
  "om",
  "tante",
  "gus",
  "mbah",
  "cak",
];
// NAMED: also ordinary words ("naik haji", "kakak kelas", "tuan rumah", "saudara kandung",
// "my brother"), so only a capitalised name counts after them ("kakak Rina", "Kyai Hasan"),
// except after a chat honorific ("pak haji darmawan") or in a chat speaker label ("kang asep:").
const NAMED = [
  "haji",
  "hajjah",
  "kyai",
  "kiai",
  "nyai",
  "kakak",
  "adik",
  "abang",
  "kang",
  "akang",
  "abah",
  "saudara",
  "saudari",
  "tuan",
  "nyonya",
  "pakde",
  "pakdhe",
  "bude",
  "budhe",
  "paklik",
  "bulik",
  "paman",
  "bibi",
  "kakek",
  "nenek",
  // The late …: "Almarhum Pak Rahmat", "alm. Budi Santoso", "mendiang Sri".
  "almarhum",
  "almarhumah",
  "alm.",
  "almh.",
  "mendiang",
  "brother",
  "sister",
  "uncle",
  "aunt",
  "auntie",
  "aunty",
];
// CAPITAL: only as written, and only before a capitalised name. In lower case these are
// words or chat spellings ("minum teh", "uda makan?" for "udah", Javanese "ning omah",
// "dr" for "dari", "miss the meeting", "ms" …).
const CAPITAL = [
  "H.",
  "Hj",
  "KH.",
  "K.H.",
  "KH",
  "Ny.",
  "Ny",
  "Sdr",
  "Sdri",
  "Mr.",
  "Mr",
  "Mrs.",
  "Mrs",
  "Ms.",
  "Ms",
  "Miss",
  "Dr.",
  "Dr",
  "dr.",
  "Drs.",
  "Drs",
  "Dra.",
  "Ir.",
  "Prof.",
  "Prof",
  "Teh",
  "Uda",
  "Uni",
  "Ning",
];
// LABEL: the lower-case forms of some CAPITAL words, read only in a chat speaker label at
// the start of a line ("teh rina: …", "ning aisyah: …"), where a name must follow.
const LABEL = ["teh", "uda", "uni", "ning"];
type Policy = "chat" | "named" | "capital" | "label";
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const POLICY = new Map<string, Policy>([
  ...CHAT.flatMap((word) => [word, capitalise(word)].map((form) => [form, "chat"] as const)),
  ...NAMED.flatMap((word) => [word, capitalise(word)].map((form) => [form, "named"] as const)),
  ...CAPITAL.map((form) => [form, "capital"] as const),
  ...LABEL.map((form) => [form, "label"] as const),
]);
// Titles that are also given names: "Bu Ning", "Mas Gus". When nothing follows them, they are the name.
const ALSO_A_NAME = new Set(["ning", "gus", "uni", "neng", "dik"]);
// A determiner before the word makes it a noun: "a bang", "the Sister City", "seorang kakak".
const DETERMINER = /(?<![\p{L}\p{N}])(?:a|an|the|every|each|another|seorang|para|kaum|setiap|tiap)[ \t]+$/iu;

const escape = (word: string) => word.replace(/[.]/g, "\\.");
const alternation = (forms: readonly string[]) =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
const HONORIFIC_ALTERNATION = alternation([...POLICY.keys()]);
// Label-only forms are never chained: "bu uda sampe" is "bu, udah sampai".
const CHAINED_ALTERNATION = alternation([...POLICY].filter(([, policy]) => policy !== "label").map(([form]) => form));
// Not after a letter, digit, hyphen or slash: "ibu-ibu" and "Bapak/Ibu" are reduplications and
// pairs, not an honorific before a name. A dotted form may touch the name ("H.Ahmad").
// The leading lookbehinds of HONORIFIC, KUNYA_NAME and PATRONYMIC are checked apart (matches-after.ts).
const HONORIFIC = lookbehindApart(new RegExp(String.raw`(?<![\p{L}\p{N}'’\-/.])(?:${HONORIFIC_ALTERNATION})(?=[ \t]|(?<=\.)\p{Lu})`, "gu"));
const HONORIFIC_AT = new RegExp(String.raw`[ \t]*(?:${CHAINED_ALTERNATION})(?=[ \t]|(?<=\.)\p{Lu})`, "uy");
const NAME_WORD = /[ \t]*(\p{Lu}\.(?!\p{L})|[\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)*)/uy;

// Grammar words and the commonest words that follow an honorific in prose ("sang ibu mulai",
// "ibu dari", "Peran Ibu Dalam Keluarga"), in chats ("dik ayo makan") and after kinship words
// ("saudara kandung", "Nenek Moyang"). They are language, not names; role words (Lurah, RT,
// Ustadz) are not here but in the editable allow-list (data/privacy/allow-list.json).
const NOT_A_NAME = new Set(
  `dan atau yang di ke dari itu ini tersebut dengan untuk pada dalam juga sudah telah akan sedang masih belum tidak tak bukan
  adalah ialah sebagai bahwa karena sebab tetapi tapi namun lalu kemudian saat ketika waktu agar supaya oleh bagi tentang
  seperti serta para sang si kami kita saya aku anda kamu engkau dia ia mereka beliau nya pun lah kah sendiri semua sekalian
  setiap tiap pula hanya bisa dapat harus perlu mau ingin ada jadi pernah baru lagi sekarang tadi nanti kalau jika bila apa
  siapa mana kapan bagaimana mengapa kenapa sih dong deh kok ya yg dgn utk dr dlm tsb sdh blm udah aja gak nggak ga enggak
  tdk bilang kata cerita minta tanya datang pulang pergi ikut mulai selalu sering jarang tua muda lain hingga sampai
  sambil antara atas bawah luar depan belakang sekitar terhadap kepada kpd per tiga dua satu empat lima banyak sedikit
  beberapa sebagian hampir cukup sangat lebih paling kurang agak terus langsung segera memang tentu mungkin punya
  kasih terima salam selamat mohon tolong silakan silahkan yth terhormat hormat sekali semuanya sudahlah
  anak anaknya suami istri keluarga warga orang tetangga teman kawan sahabat kakak adik nenek kakek cucu
  tahun bulan hari minggu pagi siang sore malam
  ok oke okay iya nah wah lho loh kan dulu nih tuh gitu gini begitu begini
  udh lg jg tp krn kalo klo gimana gmn knp ngga gk ndak nda mo doang banget bgt tau tahu kenal lihat liat dengar denger
  sama ama yuk ayo mari pasti maaf makasih sip siap boleh coba tunggu kemana kemarin besok lusa barusan habis abis
  uda dah sampe otw gpp gapapa pengen kayak kyk emang belom blom bener beneran koq ntar skrg pgn gue gua ane ente elo
  nanya nulis nonton nelpon nelepon nunggu nungguin kumpul balik mampir lewat tinggal jemput anter bawa kirim telpon telepon
  makan minum tidur kerja sakit sehat senang marah takut bingung kaget capek sibuk libur jualan masak ngomong dateng
  kandung tiri sepupu ipar angkat sulung bungsu beradik moyang kedua sambung susu baptis cantik ganteng geulis kasep manis
  penting baik buruk besar kecil lama benar salah utama umum khusus aktif kuat lemah hebat bijak peduli ramah sabar tegas
  balita bayi lansia hamil remaja korban pelaku tangga rumah kota negara desa kampung kos kost mertua muslim muslims muslimah christian christians
  and or the a an of to in on at for with from by is was were are be been has had have said says who whom which that
  this these those as also then would will can could did does do not no yes so but if when while after before about
  into over under again further there here why how all any both each few more most other some such only own same than
  too very just now you he she we they it his her their our my your me him us them thanks sorry near across behind
  inside outside beside through around during until since upon within without against along among toward towards later
  today tonight yesterday tomorrow went came come go got get told asked`
    .split(/\s+/)
    .filter(Boolean),
);
// In lower case (as in chats) a name has no capital to tell it from a word, so words formed
// like Indonesian verbs and derived nouns (me-, be(r)-, ter-, di-, pe-, ke-, se- + stem;
// -kan, -nya, -lah, -kah) are taken as words. The cost: a lower-case name such as "melinda" is missed.
// Jakarta colloquial verbs are formed with ng-/ny- before a vowel ("ngisi", "ngasih", "nyari"),
// which costs lower-case Javanese names such as "ngatini" and Balinese "nyoman".
const DERIVED_WORD =
  /^(?:(?:me(?:ng|ny|m|n)?|ber|be|ter|di|pe(?:ng|ny|m|n|r)?|ke|se)\p{L}{4,}|\p{L}{3,}(?:kan|nya|lah|kah)|n[gy][aeiou]\p{L}{2,})$/u;
// Capitalised words shaped like Indonesian verbs and derived nouns, as in headings written in
// title case ("Ketika Om Menjadi Wali", "Peran Ibu Mencegah Kekerasan", "Bapak Pendekatan …"):
// meN- verbs, ber-/ter- verbs, di-…-kan passives, peN-…-an and ke-…-an nouns. Narrower than
// DERIVED_WORD, because capitalised names such as Setiawan, Melati or Abdullah must still count.
const CAPITALISED_WORD_FORM =
  /^(?:me(?:ng|ny|m|n)\p{L}{3,}|ber\p{L}{4,}|ter\p{L}{4,}|di\p{L}{3,}kan|(?:pe(?:ng|ny|m|n|r)?|ke)\p{L}{3,}an)$/u;
// Inside a name: patronymic connectors and Arabic article forms ("Abu Fulan al-Indunisi").
const CONNECTOR = /^(?:bin|binti)$|^(?:al|el|as|ash|ad|at|an|ar|az|ath)-\p{L}/u;
// A kunya is one name in two words: "Abu Fulan", "ummu salamah".
const KUNYA = new Set(["abu", "ummu", "umm"]);
// Before a chat speaker label ("[19.02] om budi: …", "08/11/24 21.14 - kang asep: …"): only a
// bullet, a bracketed time stamp or a date and time at the start of the line.
const LABEL_PREFIX = /^[ \t]*(?:[-*•>][ \t]*)?(?:\[[^\]\n]{1,30}\][ \t]*)?(?:[\d/.,:\- \t]{0,25}(?:[AaPp]\.?[Mm]\.?)?[ \t]*[-–]?[ \t]*)?$/u;

// Words that announce an alias or a name. STRONG cues also accept a lower-case alias
// ("alias ucok", "biasa dipanggil ucok"). The others are ordinary words too ("dipanggil ke
// kelurahan", "julukan negatif", "dikenal sebagai sosok pendiam", "time goes by"), so after
// them only a capitalised or quoted name counts ("dikenal sebagai Abu Fulan", "calls himself 'Abu Fulan'").
const STRONG_CUES = [
  String.raw`alias`,
  String.raw`a\.k\.a\.?`,
  String.raw`aka`,
  String.raw`nicknamed`,
  String.raw`(?:biasa|akrab|sering|kerap)[ \t]+(?:dipanggil|disapa)`,
  String.raw`(?:panggilan|sapaan)[ \t]+akrabnya`,
  String.raw`sapaannya`,
  String.raw`nama[ \t]+(?:panggilannya|samarannya|aliasnya|julukannya)`,
];
const WEAK_CUES = [
  String.raw`dipanggil`,
  String.raw`panggilannya`,
  String.raw`dijuluki`,
  String.raw`berjuluk`,
  String.raw`julukan(?:nya)?`,
  String.raw`nama[ \t]+(?:panggilan|samaran|julukan|alias)`,
  String.raw`(?:panggilan|sapaan)(?:[ \t]+akrab)?`,
  String.raw`sebutan(?:nya)?`,
  String.raw`bernama`,
  String.raw`namanya`,
  String.raw`nama[ \t]+(?:asli|lengkap|sebenarnya)(?:nya)?`,
  // "dikenal (di kalangan jamaah) sebagai …", "known (to friends) as …".
  String.raw`dikenal(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:sebagai|dengan[ \t]+(?:nama|julukan|sebutan|panggilan))`,
  String.raw`(?:menyebut|menamai|menamakan)[ \t]+dirinya`,
  String.raw`mengaku[ \t]+(?:bernama|sebagai)`,
  String.raw`(?:memakai|menggunakan|pakai)[ \t]+nama(?:[ \t]+(?:samaran|alias|panggilan))?`,
  String.raw`memperkenalkan[ \t]+diri(?:nya)?[ \t]+sebagai`,
  String.raw`a\.n\.?`,
  String.raw`nickname`,
  String.raw`named`,
  String.raw`dubbed`,
  String.raw`known(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+as`,
  String.raw`(?:goes|go|going|went)[ \t]+by(?:[ \t]+the[ \t]+name(?:[ \t]+of)?)?`,
  String.raw`(?:calls|called|calling|call|styles|styled|styling)[ \t]+(?:himself|herself|themselves)`,
  String.raw`introduced[ \t]+(?:himself|herself)[ \t]+as`,
  String.raw`(?:under|by)[ \t]+the[ \t]+name(?:[ \t]+of)?`,
  String.raw`(?:real|full)[ \t]+name`,
  String.raw`(?:his|her|whose)[ \t]+name[ \t]+(?:is|was)`,
  // A form field: "Nama: Budi Santoso", "Name: …".
  String.raw`nama(?=[ \t]*:)`,
  String.raw`name(?=[ \t]*:)`,
];
// Its lookbehind is checked apart (matches-after.ts): the same matches, found faster.
const ALIAS_CUE = lookbehindApart(
  new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:(${STRONG_CUES.join("|")})|(${WEAK_CUES.join("|")}))(?=[ \t:"“'‘«„])`, "giu"),
);
// Between the cue and the name: a colon or dash, a copula ("nicknamed is", "namanya adalah"),
// and the article "si" of nicknames ("alias si Codet").
const AFTER_CUE = /[ \t]*(?:[:=]|[-–—](?=[ \t]))?[ \t]*(?:(?:adalah|ialah|yaitu|yakni|sebagai|is|was|as)[ \t]+)?(?:si[ \t]+)?/iuy;
// What a weak cue names when it follows one of these nouns is a thing, not a person: "a group
// named Kajian Sunnah", "program itu dikenal sebagai Kampung Tangguh", "the forum, known as …".
const THING_NOUNS = new Set(
  `grup group komunitas community program programme kegiatan activity acara event forum kampung village desa kelurahan
  kecamatan kota city daerah area wilayah region tim team organisasi organisation organization yayasan foundation lembaga
  institution gerakan movement jaringan network majelis pengajian kajian kelompok club klub sekolah school pesantren masjid
  mosque musala musholla channel kanal akun account page halaman situs site website aplikasi app buku book film video lagu
  song toko shop warung usaha perusahaan company partai party merek brand produk product operasi operation jalan street
  gang perumahan kompleks cluster proyek project modul module metode method pendekatan approach istilah term konsep concept
  model teknik technique strategi strategy prinsip principle tradisi tradition budaya culture ritual kebiasaan habit
  fenomena phenomenon praktik practice sistem system cara way langkah step tahap stage pola pattern ideologi ideology
  paham aliran sekte sect doktrin doctrine tempat place lokasi location gedung building rumah house pasar market lapangan
  field taman park negara country sel cell faksi faction geng band`
    .split(/\s+/)
    .filter(Boolean),
);
const FILLER_WORDS =
  "yang|itu|ini|tersebut|kemudian|lalu|juga|kini|sekarang|lebih|warga|which|that|is|was|are|were|also|now|then|better|widely|locally|often|commonly|popularly|once";
const FILLER_BEFORE_CUE = new RegExp(String.raw`(?:[ \t,]+|(?<![\p{L}])(?:${FILLER_WORDS})(?![\p{L}]))+$`, "iu");

/** Whether the weak cue at `cueStart` follows a noun for a thing ("a group named …"). */
function namesAThing(text: string, cueStart: number): boolean {
  let before = text.slice(Math.max(0, cueStart - 60), cueStart);
  before = before.replace(FILLER_BEFORE_CUE, "");
  const head = /([\p{L}]+)(?:['’]s)?$/u.exec(before);
  return head !== null && THING_NOUNS.has((head[1] as string).toLowerCase());
}

const QUOTED = /[ \t]*["“'‘«„](\p{L}[^"”'’»“\n]{0,39})["”'’»“]/uy;
// The alias after the name: "Ucok, begitu ia biasa disapa, …", "'Abu Fulan', as he calls himself".
const CUE_AFTER_NAME_FORMS = [
  String.raw`,[ \t]*(?:begitu|demikian)[ \t]+(?:(?:ia|dia|beliau|mereka)[ \t]+)?(?:(?:biasa|akrab|sering|kerap)[ \t]+)?(?:disapa|dipanggil|dijuluki|dikenal)`,
  String.raw`,[ \t]*(?:sapaan|panggilan)[ \t]+akrab(?:nya)?`,
  String.raw`,[ \t]*as[ \t]+(?:he|she|they)[ \t]+(?:calls?|called|styles?|styled)[ \t]+(?:himself|herself|themselves)`,
  String.raw`,[ \t]*as[ \t]+(?:he|she)[ \t]+(?:is|was)[ \t]+(?:known|called)`,
];
/** The word (or group of words) a form of CUE_AFTER_NAME_FORMS opens with, after its comma. */
function openingWord(form: string): string {
  const opening = /^,\[ \\t\]\*(\(\?:[^()]*\)|[a-z]+)/.exec(form);
  if (!opening) throw new Error(`A form of alias after a name must open with a comma and a word: ${form}`);
  return opening[1] as string;
}
const CUE_AFTER_NAME = new RegExp(String.raw`(?<=[\p{L}"”'’])[ \t]*(?:${CUE_AFTER_NAME_FORMS.join("|")})(?![\p{L}])`, "giu");
// Every form opens with a comma and one of a few words ("begitu", "sapaan", "as" …): a text
// without any of them has no such alias, and most texts have none (the full pattern, which
// starts at every letter, was a tenth of the screen of a built page).
const CUE_AFTER_NAME_HINT = new RegExp(String.raw`,[ \t]*(?:${CUE_AFTER_NAME_FORMS.map(openingWord).join("|")})`, "iu");
// A capitalised kunya is a name wherever it stands: "Istri pelaku, Ummu Aisyah, …". In lower
// case "abu" is ash ("abu vulkanik", "abu-abu").
const KUNYA_NAME = lookbehindApart(/(?<![\p{L}\p{N}'’\-/.])(?:Abu|Ummu|Umm)(?=[ \t]+\p{Lu})/gu);
const PATRONYMIC = lookbehindApart(/(?<![\p{L}\p{N}])(?:bin|binti|Bin|Binti)(?=[ \t]+\p{Lu})/gu);

/**
 * Finds people's names where the text announces them: after honorifics and forms of address
 * (Pak, Bu, Mas, Mbak, Kak, Ustadz, Haji, Hj., KH., Gus, Mbah, Om, Tante, Bang, Kang, Teteh,
 * Mr, Mrs, Dr, Brother, Sister …, also chained: "Pak Haji Rahmat", "bu hajjah siti"), also in
 * lower case as in chat transcripts ("pak rahmat bilang", "kang asep: …"); after alias words
 * in Indonesian and English ("alias Ucok", "akrab disapa Bimo", "calls himself 'Abu Fulan'",
 * "known as Abu Fulan", "Ucok, begitu ia disapa"); and around patronymics ("Ahmad bin Yusuf").
 * Names may have up to four words, initials, a kunya ("Abu Fulan", "ummu salamah") and Arabic
 * articles ("al-Indunisi"); a capitalised kunya is a name on its own ("Ummu Aisyah"). The span
 * is the name only; `cueStart` points at the honorific or alias word. Role words after an
 * honorific ("Ibu Lurah", "Pak RT") and ordinary phrases ("tuan rumah", "Sister City") are
 * removed later with the allow-list, which holds them.
 * @example detectPersonNames("Kata Pak Rahmat tadi") // [{ kind: "person-name", start: 9, end: 15, cueStart: 5 }]
 */
export function detectPersonNames(text: string): RawFinding[] {
  const findings = [...afterHonorifics(text), ...aliases(text), ...aliasesBefore(text), ...kunyas(text), ...patronymics(text)];
  // One name announced twice ("alias Abu Fulan": by the alias word and by the kunya) is one finding.
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.start}:${finding.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Word {
  start: number;
  end: number;
  value: string;
}

const isLower = (word: string) => /^\p{Ll}/u.test(word);
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const last = <T>(items: readonly T[]) => items[items.length - 1] as T;

function afterHonorifics(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  let consumedUntil = 0;
  for (const match of matchesAfter(text, HONORIFIC)) {
    const cueStart = match.index as number;
    if (cueStart < consumedUntil) continue;
    const head = { start: cueStart, end: cueStart + match[0].length, value: match[0] };
    const policy = POLICY.get(head.value) as Policy;
    if (policy !== "capital" && policy !== "label" && DETERMINER.test(text.slice(Math.max(0, cueStart - 12), cueStart))) continue;
    // "Pak Haji Rahmat", "bu hajjah siti", "Bapak KH. Ahmad": further honorifics before the name.
    const chain: Word[] = [head];
    for (let chained = 0; chained < 3; chained++) {
      HONORIFIC_AT.lastIndex = last(chain).end;
      const next = HONORIFIC_AT.exec(text);
      if (!next) break;
      const value = next[0].trimStart();
      chain.push({ start: last(chain).end + next[0].length - value.length, end: last(chain).end + next[0].length, value });
    }
    consumedUntil = last(chain).end;
    // A lower-case name is read after a lower-case chat honorific ("pak rahmat", "pak haji
    // darmawan"), or after one capitalised at the start of a message or sentence, as phones
    // capitalise it ("Pak rahmat udah datang"). Otherwise "Pak Ustadz led the prayer" goes on
    // in plain words, and "naik haji tahun depan" or "kakak kelas" are not names.
    const startsSentence = isCapitalised(head.value) && /(?:^|[\n.!?:\]>-])[ \t]*$/u.test(text.slice(Math.max(0, cueStart - 12), cueStart));
    const writtenLower = (isLower(head.value) || startsSentence) && chain.slice(1).every((word) => isLower(word.value));
    const lineStart = text.lastIndexOf("\n", cueStart - 1) + 1;
    const label = LABEL_PREFIX.test(text.slice(lineStart, cueStart));
    if (policy === "label" && (!label || chain.length > 1)) {
      consumedUntil = cueStart;
      continue;
    }
    let name = readName(text, last(chain).end, { lowerCase: policy === "chat" && writtenLower, label, afterHonorific: true });
    // "Bu Ning", "Mas Gus": a title that is also a name, with nothing after it.
    if (!name && chain.length > 1 && ALSO_A_NAME.has(last(chain).value.toLowerCase()) && isCapitalised(last(chain).value)) {
      name = { start: last(chain).start, end: last(chain).end };
    }
    // A label-only form counts only before a speaker's colon: "teh rina: …", not "teh Botol".
    if (name && policy === "label" && !/^[ \t]*:/.test(text.slice(name.end, name.end + 4))) name = undefined;
    if (name) {
      findings.push({ kind: "person-name", start: name.start, end: name.end, cueStart });
      consumedUntil = name.end;
    }
  }
  return findings;
}

interface ReadOptions {
  /** A single lower-case word (or a lower-case kunya) is taken as a name. */
  lowerCase?: boolean;
  /** At the start of a chat line: lower-case words up to a colon are a speaker's name ("om budi santoso:"). */
  label?: boolean;
  /** The cue was an honorific: acronyms before the name are roles or institutions ("Pak RT Rahmat"). */
  afterHonorific?: boolean;
}

const isAcronym = (word: string) => /^\p{Lu}{2,}$/u.test(word);

function wordsFrom(text: string, position: number, max: number): Word[] {
  const words: Word[] = [];
  let at = position;
  while (words.length < max) {
    NAME_WORD.lastIndex = at;
    const word = NAME_WORD.exec(text);
    if (!word) break;
    const value = word[1] as string;
    const start = at + word[0].length - value.length;
    words.push({ start, end: start + value.length, value });
    at = start + value.length;
  }
  return words;
}

const isPlainWord = (value: string) => {
  const lower = value.toLowerCase();
  return NOT_A_NAME.has(lower) || DERIVED_WORD.test(lower);
};

/**
 * Reads the name that starts at `position` (after spaces): up to four capitalised words,
 * initials or connectors ("Siti Nur Aisyah", "A. Rahman", "Abu Fulan al-Indunisi"), or, where
 * the options allow, a lower-case name: one word that is not a word of the language, a
 * lower-case kunya ("abu fulan"), or the words of a chat speaker label before its colon.
 */
function readName(text: string, position: number, options: ReadOptions = {}): { start: number; end: number } | undefined {
  const words = wordsFrom(text, position, 8);
  const first = words[0];
  if (!first || NOT_A_NAME.has(first.value.toLowerCase()) || /^\p{Ll}+-/u.test(first.value)) return undefined;
  // "bapak ibu, rapat besok": another honorific, not a name (unless it is also one: "Bu Ning").
  if (POLICY.has(first.value) && !ALSO_A_NAME.has(first.value.toLowerCase())) return undefined;

  if (!isCapitalised(first.value)) {
    // "kang asep surya: besok ya": a speaker label names its speaker, in as many words as it has.
    if (options.label) {
      for (const word of words.slice(0, 4)) {
        if (!isLower(word.value) || isPlainWord(word.value) || word.value.length < 2) break;
        if (/^[ \t]*:(?!\/)/.test(text.slice(word.end, word.end + 4))) return { start: first.start, end: word.end };
      }
    }
    if (!options.lowerCase) return undefined;
    const second = words[1];
    if (
      KUNYA.has(first.value) &&
      second &&
      isLower(second.value) &&
      !isPlainWord(second.value) &&
      /^[ \t]+$/.test(text.slice(first.end, second.start))
    ) {
      return { start: first.start, end: second.end };
    }
    if (isPlainWord(first.value) || first.value.length < 3) return undefined;
    return { start: first.start, end: first.end };
  }

  // An acronym is an institution or a role ("Ibu Guru SDN Setu", "Pak RT Rahmat"), unless the
  // whole name is written in capitals after an alias word ("alias KRIBO", "Nama: BUDI SANTOSO").
  let from = 0;
  if (options.afterHonorific) while (from < words.length - 1 && isAcronym((words[from] as Word).value)) from++;
  const head = words[from] as Word;
  if (!isCapitalised(head.value) || NOT_A_NAME.has(head.value.toLowerCase()) || CAPITALISED_WORD_FORM.test(head.value.toLowerCase()))
    return undefined;
  const shouted = !options.afterHonorific && isAcronym(head.value);
  const name: Word[] = [];
  let counted = 0;
  for (const word of words.slice(from)) {
    const lower = word.value.toLowerCase();
    if (name.length > 0) {
      if (CONNECTOR.test(lower)) {
        name.push(word);
        continue;
      }
      if (!isCapitalised(word.value) || NOT_A_NAME.has(lower) || CAPITALISED_WORD_FORM.test(lower) || (isAcronym(word.value) && !shouted))
        break;
      // "Pak Rahmat Bu Sri": the next honorific starts the next name.
      if (POLICY.has(word.value) && !ALSO_A_NAME.has(lower)) break;
    } else if (options.afterHonorific && isAcronym(word.value)) return undefined;
    if (counted === 4) break;
    name.push(word);
    counted++;
  }
  // A trailing connector is not part of the name ("Ahmad bin" at the end of a line).
  while (name.length > 0 && /^(?:bin|binti)$/i.test(last(name).value)) name.pop();
  // A lone initial ("Ibu S.") is how this project anonymises; it is not treated as a name.
  const start = name[0];
  if (!start || (name.length === 1 && /^\p{Lu}\.?$/u.test(start.value))) return undefined;
  // A kunya alone is not a name ("Abu" then nothing).
  if (name.length === 1 && KUNYA.has(start.value.toLowerCase())) return undefined;
  return { start: start.start, end: last(name).end };
}

function aliases(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of matchesAfter(text, ALIAS_CUE)) {
    const cueStart = match.index as number;
    const strong = Boolean(match[1]);
    if (!strong && namesAThing(text, cueStart)) continue;
    const cueEnd = cueStart + match[0].length;
    AFTER_CUE.lastIndex = cueEnd;
    const after = cueEnd + (AFTER_CUE.exec(text)?.[0].length ?? 0);
    QUOTED.lastIndex = after;
    const quoted = QUOTED.exec(text);
    if (quoted) {
      const inner = (quoted[1] as string).trimEnd();
      // After a weak cue, a quoted lower-case phrase is a description: dikenal sebagai "kampung narkoba".
      if (!strong && !isCapitalised(inner)) continue;
      if (NOT_A_NAME.has((inner.split(/[ \t]/)[0] as string).toLowerCase())) continue;
      const start = after + quoted[0].length - (quoted[1] as string).length - 1;
      findings.push({ kind: "person-name", start, end: start + inner.length, cueStart });
      continue;
    }
    // "dikenal sebagai Ustadz Abu Fulan": the honorific reader finds that name.
    HONORIFIC_AT.lastIndex = after;
    if (HONORIFIC_AT.test(text)) continue;
    const name = readName(text, after, { lowerCase: strong });
    // After a weak cue a lone acronym is an organisation: "kelompok yang dikenal sebagai JAD".
    if (name && !strong && isAcronym(text.slice(name.start, name.end))) continue;
    if (name) findings.push({ kind: "person-name", start: name.start, end: name.end, cueStart });
  }
  return findings;
}

/** Aliases announced after the name: "Ucok, begitu ia biasa disapa, …", "'Abu Fulan', as he calls himself". */
function aliasesBefore(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  if (!CUE_AFTER_NAME_HINT.test(text)) return findings;
  for (const match of text.matchAll(CUE_AFTER_NAME)) {
    const cueStart = match.index as number;
    const before = text.slice(Math.max(0, cueStart - 60), cueStart);
    const quoted = /["“'‘«„](\p{L}[^"”'’»“\n]{0,39})["”'’»]$/u.exec(before);
    if (quoted) {
      const inner = quoted[1] as string;
      const end = cueStart - 1;
      findings.push({ kind: "person-name", start: end - inner.length, end, cueStart });
      continue;
    }
    const own = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’]*[ \t]+){0,3}\p{Lu}[\p{L}'’]*$/u.exec(before);
    if (!own) continue;
    const offset = cueStart - own[0].length;
    const words = [...own[0].matchAll(/\S+/g)].map((word) => ({ start: offset + (word.index as number), value: word[0] }));
    // Skip sentence words and honorifics at the front ("Kemudian Ucok, begitu …").
    while (words.length > 0 && (NOT_A_NAME.has((words[0] as Word).value.toLowerCase()) || POLICY.has((words[0] as Word).value)))
      words.shift();
    if (words.length === 0) continue;
    findings.push({ kind: "person-name", start: (words[0] as { start: number }).start, end: cueStart, cueStart });
  }
  return findings;
}

function kunyas(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of matchesAfter(text, KUNYA_NAME)) {
    const cueStart = match.index as number;
    const name = readName(text, cueStart);
    if (name) findings.push({ kind: "person-name", start: name.start, end: name.end, cueStart });
  }
  return findings;
}

function patronymics(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of matchesAfter(text, PATRONYMIC)) {
    const cueStart = match.index as number;
    const father = readName(text, cueStart + match[0].length);
    if (!father) continue;
    // The person's own name usually comes just before: "Ahmad Fauzi bin Yusuf".
    let start = cueStart;
    const before = text.slice(Math.max(0, cueStart - 80), cueStart);
    const own = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’]*[ \t]+){1,3})$/u.exec(before);
    if (own) {
      const words = (own[1] as string).trim().split(/[ \t]+/);
      // Skip sentence words ("Kemudian Ahmad bin …") and honorifics at the front.
      while (words.length > 0 && (NOT_A_NAME.has((words[0] as string).toLowerCase()) || POLICY.has(words[0] as string))) words.shift();
      if (words.length > 0) start = cueStart - (own[1] as string).length + (own[1] as string).indexOf(words[0] as string);
    }
    if (/^bin/i.test(match[0]) && start === cueStart && match[0][0] === "B") continue; // "Bin" alone starts a sentence
    findings.push({ kind: "person-name", start, end: father.end, cueStart });
  }
  return findings;
}
