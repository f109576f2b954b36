/**
 * The values of the activity's fixed lists (kelurahan, pillar, forum) and the words
 * volunteers write for them: the site's own labels in both languages (as in data/i18n), the
 * stored code, and common spellings and abbreviations. Matching ignores case, spaces and
 * punctuation (compactLabel), so "Pd. Kacang Timur", "pondok-kacang-timur" and
 * "PONDOK KACANG TIMUR" are one value. Anything else is reported, never guessed.
 */
import type { Bilingual } from "../content/entry.ts";
import { compactLabel } from "./normalise-label.ts";

// The type of activity is read from the teams' own words by lib/activities/activity-type-words.ts.
export type VocabularyName = "kelurahan" | "pillar" | "forum";

const WORDS: Record<VocabularyName, Record<string, readonly string[]>> = {
  kelurahan: {
    "benda-baru": ["Benda Baru", "Kel. Benda Baru", "Kelurahan Benda Baru", "Bnd Baru"],
    "pondok-kacang-timur": [
      "Pondok Kacang Timur",
      "Pd. Kacang Timur",
      "Pdk Kacang Timur",
      "Pondok Kacang Tim.",
      "Kelurahan Pondok Kacang Timur",
      "Kel. Pondok Kacang Timur",
      "PKT",
    ],
    jombang: ["Jombang", "Kel. Jombang", "Kelurahan Jombang"],
    muncul: ["Muncul", "Kel. Muncul", "Kelurahan Muncul"],
  },
  pillar: {
    awareness: ["Peningkatan kesadaran", "Kesadaran", "Pilar kesadaran", "Awareness raising", "Awareness", "Sosialisasi dan edukasi"],
    "case-management": ["Manajemen kasus", "Penanganan kasus", "Pengelolaan kasus", "Case management", "Case handling"],
    "social-cohesion": [
      "Penguatan kohesi sosial",
      "Memperkuat kohesi sosial",
      "Penguatan kohesi",
      "Kohesi sosial",
      "Strengthening social cohesion",
      "Social cohesion",
    ],
    "policy-advocacy": ["Advokasi kebijakan", "Advokasi", "Policy advocacy", "Advocacy"],
  },
  forum: {
    "majelis-taklim": [
      "Majelis taklim",
      "Majlis taklim",
      "Majelis ta'lim",
      "Majlis ta'lim",
      "Pengajian",
      "Majelis taklim (religious study group)",
      "Religious study group",
    ],
    arisan: ["Arisan", "Arisan (rotating savings group)", "Rotating savings group"],
    pkk: ["PKK", "Pertemuan PKK", "PKK (family welfare movement)", "Family welfare movement"],
    posyandu: ["Posyandu", "Posyandu (community health post)", "Community health post"],
    "karang-taruna": ["Karang taruna", "Karang taruna (youth organisation)", "Youth organisation", "Youth organization"],
    "rt-rw-meeting": [
      "Pertemuan RT/RW",
      "Rapat RT/RW",
      "Pertemuan RT",
      "Pertemuan RW",
      "RT/RW",
      "Rapat RT",
      "Rapat RW",
      "Neighbourhood (RT/RW) meeting",
      "Neighbourhood meeting",
      "Neighborhood meeting",
      "RT/RW meeting",
    ],
    school: ["Sekolah", "School", "SD", "SMP", "SMA", "SMK", "Madrasah"],
    "women-farmers-group": ["Kelompok wanita tani", "KWT", "Women farmers' group", "Women farmers group"],
    "theatre-group": ["Kelompok teater", "Teater", "Sanggar teater", "Theatre group", "Theater group"],
    "kampung-kb": ["Kampung KB", "Kampung KB (family-planning village)", "Family-planning village"],
    "government-office": [
      "Kantor pemerintahan",
      "Kantor kelurahan",
      "Kantor kecamatan",
      "Kantor pemerintah",
      "Kantor",
      "Government office",
    ],
    online: ["Daring", "Online", "Zoom", "Virtual", "Dalam jaringan"],
    other: ["Lainnya", "Lain-lain", "Other"],
  },
};

const LOOKUP: Record<VocabularyName, Map<string, string>> = (() => {
  const result = {} as Record<VocabularyName, Map<string, string>>;
  for (const [name, values] of Object.entries(WORDS) as [VocabularyName, Record<string, readonly string[]>][]) {
    const map = new Map<string, string>();
    const ambiguous = new Set<string>();
    for (const [value, words] of Object.entries(values)) {
      for (const word of [value, ...words]) {
        const key = compactLabel(word);
        if (map.has(key) && map.get(key) !== value) ambiguous.add(key);
        map.set(key, value);
      }
    }
    // A word that names two values (none today) is refused rather than resolved by table order.
    for (const key of ambiguous) map.delete(key);
    result[name] = map;
  }
  return result;
})();

/** The stored codes of a list, in schema order, for messages. */
export function vocabularyValues(name: VocabularyName): string[] {
  return Object.keys(WORDS[name]);
}

/**
 * The stored code for a word a volunteer wrote, or undefined when it is not one of the list's
 * values. A leading "Kelurahan"/"Kel." is ignored for kelurahan names.
 * @example matchVocabulary("kelurahan", "Pd. Kacang Timur") // "pondok-kacang-timur"
 * @example matchVocabulary("forum", "Majlis Ta'lim") // "majelis-taklim"
 */
export function matchVocabulary(name: VocabularyName, word: string): string | undefined {
  const key = compactLabel(word);
  return LOOKUP[name].get(key) ?? (name === "kelurahan" ? LOOKUP.kelurahan.get(key.replace(/^(kelurahan|kel)/, "")) : undefined);
}

export const VOCABULARY_LABELS: Readonly<Record<VocabularyName, Bilingual>> = {
  kelurahan: { en: "kelurahan", id: "kelurahan" },
  pillar: { en: "pillar", id: "pilar" },
  forum: { en: "forum", id: "forum" },
};
