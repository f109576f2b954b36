import type { RawFinding } from "../finding.ts";

// Honorifics, in the spellings that announce a name. Those in LOWER_CASE are also read in
// lower case, as people type in chats ("pak rahmat bilang"); the others only capitalised,
// because "naik haji" or "saudara kandung" are ordinary words.
const TITLE_CASE = [
  "Pak", "Bapak", "Bu", "Ibu", "Mas", "Mbak", "Mba", "Kak", "Ustadz", "Ustaz", "Ustad", "Ustadzah", "Ustazah", "Ust.",
  "Haji", "H.", "Hj.", "Hj", "Hajjah", "Sdr.", "Sdri.", "Sdr", "Sdri", "Saudara", "Saudari", "Kyai", "Kiai", "KH.", "K.H.",
  "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
  // Betawi and Sundanese forms heard in Tangerang Selatan. "Teh", "Kang" and "Om" only
  // capitalised: "minum teh", "kang parkir" and "om" are ordinary words.
  "Bang", "Mpok", "Kang", "Teh", "Teteh", "Neng", "Om", "Tante",
];
const LOWER_CASE = ["pak", "bapak", "bu", "ibu", "mas", "mbak", "mba", "kak", "ustadz", "ustaz", "ustad", "ustadzah", "ustazah", "ust.", "sdr.", "sdri.", "hj.", "bang", "mpok", "neng"];
const escape = (word: string) => word.replace(/[.]/g, "\\.");
const HONORIFIC_ALTERNATION = [...TITLE_CASE, ...LOWER_CASE].sort((a, b) => b.length - a.length).map(escape).join("|");
// Not after a letter, digit, hyphen or slash: "ibu-ibu" and "Bapak/Ibu" are reduplications and
// pairs, not an honorific before a name. A dotted form may touch the name ("H.Ahmad").
const HONORIFIC = new RegExp(String.raw`(?<![\p{L}\p{N}'’\-/.])(?:${HONORIFIC_ALTERNATION})(?=[ \t]|(?<=\.)\p{Lu})`, "gu");
const HONORIFIC_AT = new RegExp(String.raw`[ \t]*(?:${HONORIFIC_ALTERNATION})(?=[ \t]|(?<=\.)\p{Lu})`, "uy");
const NAME_WORD = /[ \t]*(\p{Lu}\.(?!\p{L})|[\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)*)/uy;

// Grammar words and the commonest words that follow an honorific in prose ("sang ibu mulai",
// "ibu dari", "Peran Ibu Dalam Keluarga"). They are language, not names; role words (Lurah,
// RT, Ustadz) are not here but in the editable allow-list (data/privacy/allow-list.json).
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
  ok oke iya nah wah lho loh kan dulu nih tuh gitu gini begitu begini
  and or the a an of to in on at for with from by is was were are be been has had have said says who whom which that
  this these those as also then would will can could did does do not no yes so but if when while after before about
  into over under again further there here why how all any both each few more most other some such only own same than
  too very just now you he she we they it his her their our my your me him us them`
    .split(/\s+/)
    .filter(Boolean),
);
// In lower case (as in chats) a name has no capital to tell it from a word, so words formed
// like Indonesian verbs and derived nouns (me-, be(r)-, ter-, di-, pe-, ke-, se- + stem;
// -kan, -nya, -lah, -kah) are taken as words. The cost: a lower-case name such as "melinda" is missed.
const DERIVED_WORD = /^(?:(?:me(?:ng|ny|m|n)?|ber|be|ter|di|pe(?:ng|ny|m|n|r)?|ke|se)\p{L}{4,}|\p{L}{3,}(?:kan|nya|lah|kah))$/u;

// Words that announce an alias. Strong cues also accept a lower-case alias ("alias ucok");
// "dipanggil" and "panggilan" are ordinary verbs and nouns too ("dipanggil ke kelurahan",
// "panggilan telepon"), so they, and "bernama"/"named", need a capitalised or quoted name.
const ALIAS_CUE = /(?<![\p{L}\p{N}])(?:(alias|a\.k\.a\.?|aka|nicknamed|nickname|dijuluki|julukan(?:nya)?|nama panggilan(?:nya)?)|(dipanggil|panggilan(?:nya)?|bernama|namanya|named))(?=[ \t:"“'‘])/giu;
const QUOTED = /[ \t]*:?[ \t]*["“'‘](\p{L}[^"”'’\n]{0,39})["”'’]/uy;
const PATRONYMIC = /(?<![\p{L}\p{N}])(?:bin|binti|Bin|Binti)(?=[ \t]+\p{Lu})/gu;

/**
 * Finds people's names where the text announces them: after an honorific (Pak, Bapak, Bu,
 * Ibu, Mas, Mbak, Kak, Ustadz/Ustaz/Ust., Haji/H., Hj., Sdr./Sdri. …, also in lower case as in
 * chat transcripts: "pak rahmat bilang"), after alias words ("alias Ucok", "a.k.a. Bimo",
 * "dipanggil Ujang") and around patronymics ("Ahmad bin Yusuf", "binti Salmah"). The span is
 * the name only; `cueStart` points at the honorific. Role words after an honorific
 * ("Ibu Lurah", "Pak RT") are removed later with the allow-list, which holds them.
 * @example detectPersonNames("Kata Pak Rahmat tadi") // [{ kind: "person-name", start: 9, end: 15, cueStart: 5 }]
 */
export function detectPersonNames(text: string): RawFinding[] {
  return [...afterHonorifics(text), ...aliases(text), ...patronymics(text)];
}

function afterHonorifics(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  let consumedUntil = 0;
  for (const match of text.matchAll(HONORIFIC)) {
    const cueStart = match.index as number;
    if (cueStart < consumedUntil) continue;
    let position = cueStart + match[0].length;
    let last = { start: cueStart, word: match[0] };
    // "Pak Haji Rahmat", "Bapak H. Ahmad": further honorifics before the name.
    for (let chained = 0; chained < 2; chained++) {
      HONORIFIC_AT.lastIndex = position;
      const next = HONORIFIC_AT.exec(text);
      if (!next) break;
      last = { start: position + next[0].length - next[0].trimStart().length, word: next[0].trim() };
      position += next[0].length;
    }
    consumedUntil = position;
    // A lower-case name is read after a lower-case honorific ("pak rahmat"), or after a
    // capitalised one that starts a message or sentence, as phones capitalise it ("Pak rahmat
    // udah datang"). Otherwise "Pak Ustadz led the prayer" goes on in plain words.
    const lowerCaseName = /^\p{Ll}/u.test(last.word) || /(?:^|[\n.!?:\]>-])[ \t]*$/u.test(text.slice(Math.max(0, last.start - 12), last.start));
    const name = readName(text, position, lowerCaseName);
    if (name) {
      findings.push({ kind: "person-name", start: name.start, end: name.end, cueStart });
      consumedUntil = name.end;
    }
  }
  return findings;
}

/**
 * Reads the name that starts at `position` (after spaces): up to four capitalised words or
 * initials ("Siti Nur Aisyah", "A. Rahman"), or a single lower-case word that is not a word
 * of the language.
 */
function readName(text: string, position: number, allowLowerCase = true): { start: number; end: number } | undefined {
  const words: { start: number; end: number; value: string }[] = [];
  let at = position;
  while (words.length < 4) {
    NAME_WORD.lastIndex = at;
    const word = NAME_WORD.exec(text);
    if (!word) break;
    const value = word[1] as string;
    const start = at + word[0].length - value.length;
    const lower = value.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(value);
    if (words.length === 0) {
      if (NOT_A_NAME.has(lower)) return undefined;
      if (!capitalised) {
        if (!allowLowerCase || DERIVED_WORD.test(lower) || value.length < 3) return undefined;
        return { start, end: start + value.length };
      }
    } else if (!capitalised && lower !== "bin" && lower !== "binti") break;
    else if (NOT_A_NAME.has(lower) && !/^(bin|binti)$/.test(lower)) break;
    words.push({ start, end: start + value.length, value });
    at = start + value.length;
  }
  // A trailing connector is not part of the name ("Ahmad bin" at the end of a line).
  while (words.length > 0 && /^(bin|binti)$/i.test((words.at(-1) as { value: string }).value)) words.pop();
  // A lone initial ("Ibu S.") is how this project anonymises; it is not treated as a name.
  if (words.length === 0 || (words.length === 1 && /^\p{Lu}\.?$/u.test((words[0] as { value: string }).value))) return undefined;
  return { start: (words[0] as { start: number }).start, end: (words.at(-1) as { end: number }).end };
}

function aliases(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(ALIAS_CUE)) {
    const cueStart = match.index as number;
    const after = cueStart + match[0].length;
    QUOTED.lastIndex = after;
    const quoted = QUOTED.exec(text);
    if (quoted) {
      const inner = quoted[1] as string;
      const start = after + quoted[0].length - inner.length - 1;
      findings.push({ kind: "person-name", start, end: start + inner.length, cueStart });
      continue;
    }
    const colon = /^[ \t]*:/.exec(text.slice(after, after + 4));
    const name = readName(text, after + (colon ? colon[0].length : 0), Boolean(match[1]));
    if (name) findings.push({ kind: "person-name", start: name.start, end: name.end, cueStart });
  }
  return findings;
}

function patronymics(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(PATRONYMIC)) {
    const cueStart = match.index as number;
    const father = readName(text, cueStart + match[0].length, false);
    if (!father) continue;
    // The person's own name usually comes just before: "Ahmad Fauzi bin Yusuf".
    let start = cueStart;
    const before = text.slice(Math.max(0, cueStart - 80), cueStart);
    const own = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’]*[ \t]+){1,3})$/u.exec(before);
    if (own) {
      const words = (own[1] as string).trim().split(/[ \t]+/);
      // Skip sentence words ("Kemudian Ahmad bin …") and honorifics at the front.
      while (words.length > 0 && (NOT_A_NAME.has((words[0] as string).toLowerCase()) || TITLE_CASE.includes(words[0] as string))) words.shift();
      if (words.length > 0) start = cueStart - (own[1] as string).length + (own[1] as string).indexOf(words[0] as string);
    }
    if (/^bin/i.test(match[0]) && start === cueStart && match[0][0] === "B") continue; // "Bin" alone starts a sentence
    findings.push({ kind: "person-name", start, end: father.end, cueStart });
  }
  return findings;
}
