import { CONTENT_TYPES, LANGUAGES, type ContentType, type Language } from "./content-types.ts";
import type { Bilingual } from "./entry.ts";

export type Location =
  | { ok: true; type: ContentType; slug: string; lang?: Language }
  | { ok: false; message: Bilingual };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Works out which content type a file belongs to from where it is, following the table in
 * content-types.ts. A file anywhere else is a problem, not something to skip silently: it is
 * usually a typo in a folder name, and its content would otherwise never be published.
 * @example locateContentFile("content/modules/en/mengenal-tim-tangguh.md") // { ok: true, type: …, slug: "mengenal-tim-tangguh", lang: "en" }
 */
export function locateContentFile(file: string): Location {
  for (const type of CONTENT_TYPES) {
    if (!file.startsWith(`${type.folder}/`)) continue;
    const parts = file.slice(type.folder.length + 1).split("/");
    const extension = type.format === "markdown" ? ".md" : ".json";
    if (type.perLanguage) {
      if (parts.length !== 2) continue;
      const [lang, name] = parts as [string, string];
      if (!(LANGUAGES as readonly string[]).includes(lang)) {
        return { ok: false, message: { en: `must be in a language folder: ${type.folder}/id/ or ${type.folder}/en/`, id: `harus berada di folder bahasa: ${type.folder}/id/ atau ${type.folder}/en/` } };
      }
      return named(type, name, extension, lang as Language);
    }
    if (parts.length !== 1) continue;
    return named(type, parts[0] as string, extension);
  }
  return {
    ok: false,
    message: {
      en: "is not in a folder the site reads (see docs/WRITING-CONTENT.md for where each kind of content goes)",
      id: "tidak berada di folder yang dibaca situs (lihat docs/WRITING-CONTENT.md untuk letak setiap jenis konten)",
    },
  };
}

function named(type: ContentType, name: string, extension: string, lang?: Language): Location {
  if (!name.endsWith(extension)) {
    return { ok: false, message: { en: `must be a ${extension} file`, id: `harus berkas ${extension}` } };
  }
  const slug = name.slice(0, -extension.length);
  if (!SLUG.test(slug)) {
    return {
      ok: false,
      message: {
        en: "file name must use only lower-case letters, digits and hyphens (it becomes part of the page address)",
        id: "nama berkas hanya boleh huruf kecil, angka dan tanda hubung (menjadi bagian alamat halaman)",
      },
    };
  }
  return lang ? { ok: true, type, slug, lang } : { ok: true, type, slug };
}
