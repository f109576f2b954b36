import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import { ContentFileError } from "./read-content-file.ts";

export interface ParsedData {
  data: unknown;
  /** 1-based line of the value at a dotted field path, or of its nearest existing parent. */
  lineOf(field: string): number | undefined;
  /** The dotted path of the innermost field written on a 1-based line, if any. */
  fieldAt(line: number): string | undefined;
}

type Tags = Exclude<NonNullable<Parameters<typeof parseDocument>[1]>["customTags"], null | undefined>;

/**
 * The JSON schema's tags, with its fallback for plain scalars that are not JSON literals
 * ("Halo dunia", `0812`, `2024-11-04`) made quiet: it reads them as strings, which is exactly
 * what we want, but also reports each one as "unresolved", and building that report (an Error
 * with its stack) for every value of every file was a third of the check's time.
 */
const plainScalarsAsStrings: Tags = (tags) =>
  (tags as { tag: string; default?: boolean }[]).map((tag) => (tag.tag === "" && tag.default ? { ...tag, resolve: (text: string) => text } : tag)) as ReturnType<Extract<Tags, (...args: never[]) => unknown>>;

/**
 * Parses YAML (front matter) or JSON as plain data: no tags, no anchors, no duplicate keys,
 * and the YAML 1.2 JSON schema, so `2024-11-04` and `0812` stay strings while `3` is a number.
 * `lineOffset` shifts reported lines (front matter starts after the opening `---`).
 * @example parseStructuredText('order: 3\ncode: 0812', "yaml").data // { order: 3, code: "0812" }
 */
export function parseStructuredText(source: string, syntax: "yaml" | "json", lineOffset = 0): ParsedData {
  if (syntax === "json") {
    try {
      JSON.parse(source);
    } catch (error) {
      throw new ContentFileError({
        en: `is not valid JSON (${(error as Error).message}).`,
        id: `bukan JSON yang sah (${(error as Error).message}).`,
      });
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { schema: "json", customTags: plainScalarsAsStrings, uniqueKeys: true, lineCounter, prettyErrors: false });
  const lineAtOffset = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  // Any error (syntax, duplicate keys) is a real problem.
  const first = doc.errors[0];
  if (first) {
    const duplicate = first.code === "DUPLICATE_KEY";
    throw new ContentFileError(
      duplicate
        ? { en: "has the same field twice. Keep one of them.", id: "memuat kolom yang sama dua kali. Simpan salah satunya." }
        : {
            en: `cannot be read (${first.message.split("\n")[0]}). Check indentation and quotes.`,
            id: `tidak dapat dibaca (${first.message.split("\n")[0]}). Periksa indentasi dan tanda kutip.`,
          },
      lineAtOffset(first.pos[0]),
    );
  }
  rejectTagsAndAliases(doc, lineAtOffset);

  return {
    data: doc.toJS({ maxAliasCount: 0 }),
    lineOf(field: string) {
      const path = field === "" ? [] : field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && node.range) return lineAtOffset(node.range[0]);
      }
      return undefined;
    },
    fieldAt(line: number) {
      // Walk down from the root, always into the item whose text spans the line: the last
      // one reached is the innermost field written there.
      const spans = (start: number | undefined, end: number | undefined) =>
        start !== undefined && end !== undefined && lineAtOffset(start) <= line && line <= lineAtOffset(Math.max(end - 1, start));
      let node: unknown = doc.contents;
      const path: (string | number)[] = [];
      for (;;) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && spans(item.key.range?.[0], rangeOf(item.value)?.[2] ?? item.key.range?.[2]));
          if (!pair || !isScalar(pair.key)) break;
          path.push(String(pair.key.value));
          node = pair.value;
        } else if (isSeq(node)) {
          const index = node.items.findIndex((item) => spans(rangeOf(item)?.[0], rangeOf(item)?.[2]));
          if (index === -1) break;
          path.push(index);
          node = node.items[index];
        } else break;
      }
      return path.length > 0 ? path.join(".") : undefined;
    },
  };
}

function rangeOf(node: unknown): readonly number[] | undefined {
  return (node as { range?: readonly number[] } | null)?.range ?? undefined;
}

// Tags (`!!js/function`, `!include`) and aliases are YAML features content never needs; they
// are how YAML files turn into code or into huge documents, so they are refused outright.
function rejectTagsAndAliases(doc: Document, lineAtOffset: (offset: number) => number): void {
  visit(doc, {
    Alias(_, node) {
      throw new ContentFileError(
        { en: "uses a YAML alias (*name). Write the value out instead.", id: "memakai alias YAML (*nama). Tulis nilainya secara langsung." },
        node.range ? lineAtOffset(node.range[0]) : undefined,
      );
    },
    Node(_, node) {
      if (node.tag || node.anchor) {
        throw new ContentFileError(
          { en: "uses a YAML tag or anchor (! or &). Remove it.", id: "memakai tag atau anchor YAML (! atau &). Hapus." },
          node.range ? lineAtOffset(node.range[0]) : undefined,
        );
      }
    },
  });
}
