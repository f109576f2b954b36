/**
 * The kind of gathering (forum) recognised from a venue as people write it. The specific
 * forums come first, so "Arisan ibu-ibu RT 02" is an arisan and "Posyandu Melati RW 09" a
 * posyandu: the RT or RW there names which group it is, not anyone's address. A venue that
 * names none of them is "other".
 */
import type { Activity } from "../types/content.generated.ts";
import { indexOfPhrase, wordsOf } from "./words.ts";

export type Forum = Activity["forum"];

const FORUM_WORDS: readonly [Forum, readonly string[]][] = [
  ["online", ["daring", "online", "zoom", "google meet", "whatsapp", "grup wa", "wag", "virtual", "dalam jaringan", "webinar"]],
  ["majelis-taklim", ["majelis taklim", "majlis taklim", "majelis talim", "majlis talim", "pengajian", "mt"]],
  ["arisan", ["arisan"]],
  ["pkk", ["pkk"]],
  ["posyandu", ["posyandu", "balita sehat"]],
  ["karang-taruna", ["karang taruna"]],
  ["women-farmers-group", ["kelompok wanita tani", "kwt"]],
  ["theatre-group", ["teater", "sanggar teater", "theatre", "theater"]],
  ["kampung-kb", ["kampung kb"]],
  ["school", ["sekolah", "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "madrasah", "mi", "mts", "ma", "school"]],
  // Offices of government only: "Kantor Yayasan …" is a foundation's office, not the state's.
  [
    "government-office",
    [
      "kantor kelurahan",
      "aula kelurahan",
      "kantor lurah",
      "kantor kecamatan",
      "aula kecamatan",
      "kantor camat",
      "kantor kesbangpol",
      "kantor dinas",
      "kantor pemerintah",
      "kantor pemerintahan",
      "kantor wali kota",
      "kantor walikota",
      "balai kota",
      "pendopo",
      "kelurahan office",
      "government office",
    ],
  ],
  // A meeting of the neighbourhood units, not any place that names one ("Lapangan RW 05" is a field).
  [
    "rt-rw-meeting",
    [
      "pertemuan rt",
      "pertemuan rw",
      "rapat rt",
      "rapat rw",
      "musyawarah rt",
      "musyawarah rw",
      "pertemuan warga",
      "rapat warga",
      "balai warga",
      "balai rw",
    ],
  ],
];

const TABLE = FORUM_WORDS.map(([forum, phrases]) => [forum, phrases.map(wordsOf)] as const);

/**
 * @example forumFromVenue("Arisan ibu-ibu RT 02") // "arisan"
 * @example forumFromVenue("Aula Kantor Kelurahan") // "government-office"
 * @example forumFromVenue("Masjid Al-Ikhlas") // "other"
 */
export function forumFromVenue(venue: string): Forum {
  const words = wordsOf(venue);
  for (const [forum, phrases] of TABLE) {
    if (phrases.some((phrase) => indexOfPhrase(words, phrase) !== -1)) return forum;
  }
  return "other";
}
