import type { Bilingual } from "../content/entry.ts";
import type { FindingKind } from "./finding.ts";

/** What each kind of finding is called in messages to editors. */
export const KIND_LABELS: Readonly<Record<FindingKind, Bilingual>> = {
  nik: { en: "NIK (national ID number)", id: "NIK" },
  kk: { en: "family card (KK) number", id: "nomor KK" },
  phone: { en: "phone number", id: "nomor telepon" },
  email: { en: "e-mail address", id: "alamat e-mail" },
  address: { en: "street address or RT/RW", id: "alamat jalan atau RT/RW" },
  plate: { en: "vehicle plate", id: "pelat nomor kendaraan" },
  "birth-date": { en: "date of birth", id: "tanggal lahir" },
  "social-handle": { en: "social-media account", id: "akun media sosial" },
  "person-name": { en: "person's name", id: "nama orang" },
  "bidi-control": { en: "hidden text-direction character", id: "karakter arah teks tersembunyi" },
};
