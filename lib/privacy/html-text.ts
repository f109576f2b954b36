import { decodeHTML } from "entities";

// Attributes whose values readers see or follow; the rest (class, id, rel, lang…) is markup.
const READABLE_ATTRIBUTE = /\s(?:href|src|content|title|alt|aria-label|value|placeholder)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const TAG = /<!--[\s\S]*?-->|<[^>]*>/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/**
 * The text of an HTML (or XML) page as a reader meets it — visible text plus readable
 * attribute values such as link targets and image descriptions — with every character at the
 * same offset as in the page, so that findings point to the right line of the file. Tags are
 * blanked out (their readable attribute values stay where they are); entities are decoded and
 * padded with spaces to keep their length.
 * @example htmlText('<p class="x">Hubungi <a href="tel:0812">kami</a></p>') // '            Hubungi          0812  kami        '
 */
export function htmlText(html: string): string {
  return html.replace(TAG, blankTag).replace(ENTITY, (entity) => {
    const decoded = decodeHTML(entity);
    return decoded.length <= entity.length ? decoded.padEnd(entity.length, " ") : entity;
  });
}

/**
 * A tag blanked out, its readable attribute values left in place. Built from slices: this runs
 * on every tag of every built page, the larger part of the last gate's reading.
 */
function blankTag(tag: string): string {
  if (tag.startsWith("<!--")) return blank(tag);
  let kept = "";
  let done = 0;
  for (const match of tag.matchAll(READABLE_ATTRIBUTE)) {
    const value = match[1] ?? match[2] ?? "";
    const at = (match.index as number) + match[0].length - value.length - 1;
    kept += blank(tag.slice(done, at)) + value;
    done = at + value.length;
  }
  return kept + blank(tag.slice(done));
}

/** Spaces in place of every character but line breaks, which keep lines counting right. */
function blank(text: string): string {
  return text.includes("\n") ? text.replace(/[^\n]/g, " ") : " ".repeat(text.length);
}
