/**
 * The teams' own words for what they did, and what each one means: the activity type, the
 * pillar when the word decides it, and how the activity is named in each language. The four
 * pillars are listed in the words the teams use for them (peningkatan kesadaran through
 * sosialisasi, manajemen kasus, memperkuat kohesi sosial, advokasi kebijakan), then everyday
 * words. A cell is read by its first words, so "Pelatihan relawan" is a training and
 * "Rapat kasus triwulan III" a case conference; the longest phrase that fits wins.
 */
import type { Activity } from "../types/content.generated.ts";
import { startsWithPhrase, wordsOf } from "./words.ts";

export type ActivityType = Activity["activityType"];
export type Pillar = NonNullable<Activity["pillar"]>;

interface TypeWord {
  /** Phrases as written; any of them may open the cell. */
  phrases: readonly string[];
  type: ActivityType;
  /** Only when the word itself says which pillar the work belongs to. */
  pillar?: Pillar;
  /** How a title names it in English ("Awareness session at …"). */
  en: string;
}

export const ACTIVITY_TYPE_WORDS: readonly TypeWord[] = [
  // The four pillars, in the teams' words.
  {
    phrases: ["Peningkatan kesadaran", "Meningkatkan kesadaran", "Awareness raising"],
    type: "socialisation",
    pillar: "awareness",
    en: "Awareness raising",
  },
  {
    phrases: ["Sosialisasi", "Penyuluhan", "Edukasi", "Kampanye", "Socialisation", "Socialization", "Awareness session"],
    type: "socialisation",
    pillar: "awareness",
    en: "Awareness session",
  },
  {
    phrases: [
      "Manajemen kasus",
      "Penanganan kasus",
      "Pengelolaan kasus",
      "Pendampingan kasus",
      "Pencatatan kasus",
      "Verifikasi kasus",
      "Case management",
      "Case handling",
    ],
    type: "case-handling",
    pillar: "case-management",
    en: "Case management",
  },
  {
    phrases: ["Rapat kasus", "Konferensi kasus", "Pembahasan kasus", "Case conference", "Case meeting"],
    type: "case-conference",
    pillar: "case-management",
    en: "Case conference",
  },
  {
    phrases: [
      "Memperkuat kohesi sosial",
      "Penguatan kohesi sosial",
      "Penguatan kohesi",
      "Memperkuat kohesi",
      "Kohesi sosial",
      "Strengthening social cohesion",
      "Social cohesion",
    ],
    type: "community-event",
    pillar: "social-cohesion",
    en: "Strengthening social cohesion",
  },
  {
    phrases: ["Advokasi kebijakan", "Advokasi", "Policy advocacy", "Advocacy"],
    type: "advocacy",
    pillar: "policy-advocacy",
    en: "Policy advocacy",
  },
  { phrases: ["Audiensi", "Hearing"], type: "advocacy", pillar: "policy-advocacy", en: "Hearing" },
  // Everyday words. Gatherings of the community belong to social cohesion; the team's own
  // trainings, meetings, dialogues and visits serve whichever pillar the row names.
  {
    phrases: ["Kegiatan warga", "Acara warga", "Kegiatan bersama", "Pentas", "Lomba", "Halalbihalal", "Halal bihalal", "Community event"],
    type: "community-event",
    pillar: "social-cohesion",
    en: "Community event",
  },
  {
    phrases: ["Kerja bakti", "Gotong royong", "Communal work", "Communal work day"],
    type: "community-service",
    pillar: "social-cohesion",
    en: "Communal work day",
  },
  { phrases: ["Pelatihan", "Workshop", "Lokakarya", "Bimtek", "Penyegaran", "Training"], type: "training", en: "Training" },
  {
    phrases: ["Rapat koordinasi", "Rakor", "Koordinasi", "Coordination meeting", "Coordination"],
    type: "coordination",
    en: "Coordination meeting",
  },
  { phrases: ["Rapat", "Meeting"], type: "coordination", en: "Meeting" },
  { phrases: ["Dialog", "Diskusi", "Musyawarah", "Dialogue", "Discussion"], type: "dialogue", en: "Dialogue" },
  { phrases: ["Kunjungan", "Silaturahmi", "Anjangsana", "Visit"], type: "visit", en: "Visit" },
  { phrases: ["Nonton bareng", "Nobar", "Pemutaran film", "Film screening", "Screening"], type: "screening", en: "Film screening" },
];

const TABLE = ACTIVITY_TYPE_WORDS.flatMap((word) => word.phrases.map((phrase) => ({ words: wordsOf(phrase), word })))
  // Longest phrase first: "Rapat kasus" before "Rapat", "Advokasi kebijakan" before "Advokasi".
  .sort((a, b) => b.words.length - a.words.length);
/**
 * Each stored type: how it is named when only the type is known (the form's choice, the stored
 * code in a file), and the pillar it decides, if any. The names are the site's labels
 * (data/i18n: activityType.*), so a title, a page and an export say the same.
 */
export const ACTIVITY_TYPES: Readonly<Record<ActivityType, { id: string; en: string; pillar?: Pillar }>> = {
  socialisation: { id: "Sosialisasi", en: "Awareness session", pillar: "awareness" },
  training: { id: "Pelatihan", en: "Training" },
  coordination: { id: "Rapat koordinasi", en: "Coordination meeting" },
  dialogue: { id: "Dialog", en: "Dialogue" },
  visit: { id: "Kunjungan", en: "Visit" },
  screening: { id: "Nonton bareng", en: "Film screening" },
  "community-event": { id: "Kegiatan warga", en: "Community event", pillar: "social-cohesion" },
  "community-service": { id: "Kerja bakti", en: "Communal work day", pillar: "social-cohesion" },
  advocacy: { id: "Advokasi", en: "Policy advocacy", pillar: "policy-advocacy" },
  "case-conference": { id: "Rapat kasus", en: "Case conference", pillar: "case-management" },
  "case-handling": { id: "Penanganan kasus", en: "Case handling", pillar: "case-management" },
};

export interface ActivityTypeReading {
  type: ActivityType;
  /** Undefined when the words leave the pillar open (a training serves any pillar). */
  pillar: Pillar | undefined;
  /** The activity named in each language: the team's own words in Indonesian. */
  name: { id: string; en: string };
}

/**
 * Reads the kind of activity from what a volunteer wrote; undefined when no known word opens it.
 * @example readActivityType("Pelatihan relawan") // { type: "training", pillar: undefined, name: { id: "Pelatihan relawan", en: "Training" } }
 * @example readActivityType("sosialisasi") // { type: "socialisation", pillar: "awareness", name: { id: "Sosialisasi", en: "Awareness session" } }
 */
export function readActivityType(text: string): ActivityTypeReading | undefined {
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  const written = text.replace(/\s+/g, " ").trim();
  const asWritten = written.charAt(0).toUpperCase() + written.slice(1);
  // The stored codes are read too (a file written by a developer, an older export).
  const code = words.join("-");
  if (Object.hasOwn(ACTIVITY_TYPES, code)) return typeReading(code as ActivityType);
  const found = TABLE.find((entry) => startsWithPhrase(words, entry.words));
  if (!found) return undefined;
  const { type, pillar, en } = found.word;
  return { type, pillar, name: { id: asWritten, en } };
}

/**
 * The words accepted, one example per kind, for messages: "Sosialisasi, Pelatihan, …".
 * @example acceptedActivityWords().startsWith("Peningkatan kesadaran") // true
 */
export function acceptedActivityWords(): string {
  return ACTIVITY_TYPE_WORDS.map((word) => word.phrases[0]).join(", ");
}

/**
 * The reading of a stored type code: its own names and pillar.
 * @example typeReading("advocacy") // { type: "advocacy", pillar: "policy-advocacy", name: { id: "Advokasi", en: "Policy advocacy" } }
 */
export function typeReading(type: ActivityType): ActivityTypeReading {
  const { id, en, pillar } = ACTIVITY_TYPES[type];
  return { type, pillar, name: { id, en } };
}
