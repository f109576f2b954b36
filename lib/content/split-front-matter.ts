import { ContentFileError } from "./read-content-file.ts";

export interface FrontMatterParts {
  /** The YAML between the fences. */
  yaml: string;
  /** The Markdown after the closing fence. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

/**
 * Splits a Markdown file into YAML front matter and body. Only YAML is accepted: Eleventy's
 * other front-matter languages (`---js`, `---javascript`, `---json`) would let a content file
 * run code at build time, so a fence naming any language is refused with the file named.
 * @example splitFrontMatter("---\ntitle: Hi\n---\n## Body\n").yaml // "title: Hi"
 */
export function splitFrontMatter(text: string): FrontMatterParts {
  const opening = /^---([^\n]*)\n/.exec(text);
  if (!opening) {
    throw new ContentFileError(
      {
        en: "must start with front matter: a line '---', the fields, and another line '---'.",
        id: "harus diawali front matter: baris '---', kolom-kolomnya, lalu baris '---' lagi.",
      },
      1,
    );
  }
  const language = (opening[1] ?? "").trim();
  if (language !== "" && language.toLowerCase() !== "yaml") {
    throw new ContentFileError(
      {
        en: `front matter in '${language}' is not allowed: only YAML. Content is data, never code.`,
        id: `front matter berbahasa '${language}' tidak diizinkan: hanya YAML. Konten adalah data, bukan kode.`,
      },
      1,
    );
  }
  const rest = text.slice(opening[0].length);
  const closing = /^---[ \t]*$/m.exec(rest);
  if (!closing) {
    throw new ContentFileError(
      { en: "front matter is not closed: add a line '---' after the fields.", id: "front matter belum ditutup: tambahkan baris '---' setelah kolom-kolomnya." },
      1,
    );
  }
  const yaml = rest.slice(0, closing.index);
  const afterFence = rest.slice(closing.index + closing[0].length).replace(/^\n/, "");
  const bodyLine = 2 + yaml.split("\n").length;
  return { yaml, body: afterFence, bodyLine };
}
