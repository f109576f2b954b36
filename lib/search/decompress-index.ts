/**
 * Reads Pagefind's index files back into text, for the privacy screen and the tests. Pagefind
 * writes them gzip-compressed; once decompressed they begin with the 12-byte signature
 * "pagefind_dcd" (checked by pagefind.js before use). Fragments (.pf_fragment: one page's text,
 * title, filters and metadata) are JSON after the signature; the word index (.pf_index), the
 * language metadata (.pf_meta) and filters (.pf_filter) are CBOR.
 */
import { gunzipSync } from "node:zlib";
import { cborStrings } from "./cbor-strings.ts";

const SIGNATURE = "pagefind_dcd";

/** File endings of Pagefind's compressed index files. */
export const INDEX_FILE = /\.pf_(fragment|index|meta|filter)$/i;

/**
 * The payload of a Pagefind index file, decompressed, without its signature.
 * @example decompressIndexFile(readFileSync("_site/pagefind/fragment/id_abc.pf_fragment")) // <Buffer 7b 22 75 72 6c …>
 */
export function decompressIndexFile(bytes: Uint8Array): Buffer {
  const raw = Buffer.from(bytes);
  // pagefind.js accepts files that are not compressed too (a server may have unpacked them).
  const data = raw.subarray(0, SIGNATURE.length).toString("latin1") === SIGNATURE ? raw : gunzipSync(raw);
  if (data.subarray(0, SIGNATURE.length).toString("latin1") !== SIGNATURE) {
    throw new Error("Not a Pagefind index file: the signature is missing after decompression");
  }
  return data.subarray(SIGNATURE.length);
}

/**
 * The readable text of an index file: a fragment's JSON as it is, the strings of a CBOR file
 * one per line (words, page addresses, filter values), ready for screening.
 * @example indexFileText("fragment/id_1.pf_fragment", bytes) // '{"url":"/id/modul/…","content":"…"}'
 * @example indexFileText("index/id_2.pf_index", bytes) // "sosialisasi\nradikal\n…"
 */
export function indexFileText(fileName: string, bytes: Uint8Array): string {
  const payload = decompressIndexFile(bytes);
  if (/\.pf_fragment$/i.test(fileName)) return payload.toString("utf8");
  return cborStrings(payload).join("\n");
}
