/**
 * The text strings inside a CBOR document (RFC 8949), in order. Pagefind stores its word index,
 * metadata and filter files as CBOR; the privacy screen needs their words, not their structure.
 * Only what CBOR can hold is decoded: numbers, byte and text strings, arrays, maps, tags and
 * simple values. Indefinite-length items are supported; a truncated document throws.
 */

/**
 * @example cborStrings(Uint8Array.from([0x82, 0x63, 0x61, 0x62, 0x63, 0x01])) // ["abc"]
 */
export function cborStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  const decoder = new TextDecoder("utf-8");
  let offset = 0;

  const need = (count: number) => {
    if (offset + count > bytes.length) throw new Error(`CBOR ends early at byte ${offset}`);
  };
  const byte = () => {
    need(1);
    return bytes[offset++]!;
  };
  /** The argument of an item head: its length, count or value. -1 means indefinite. */
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 31) return -1;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR has an invalid item head at byte ${offset - 1}`);
    need(size);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[offset++]!;
    return value;
  };
  /** Reads one item; returns true when it was the "break" that ends an indefinite item. */
  const item = (): boolean => {
    const head = byte();
    const major = head >> 5;
    const info = head & 0x1f;
    if (major === 7) {
      if (info === 31) return true;
      argument(info); // simple values and floats: skip their bytes
      return false;
    }
    const length = argument(info);
    if (major === 0 || major === 1) return false;
    if (major === 2 || major === 3) {
      if (length === -1) {
        while (!item()) {
          /* chunks are strings themselves */
        }
        return false;
      }
      need(length);
      if (major === 3) strings.push(decoder.decode(bytes.subarray(offset, offset + length)));
      offset += length;
      return false;
    }
    if (major === 6) return item() && false;
    const items = major === 5 ? length * 2 : length;
    if (length === -1) {
      while (!item()) {
        /* until break */
      }
    } else {
      for (let i = 0; i < items; i++) item();
    }
    return false;
  };

  while (offset < bytes.length) item();
  return strings;
}
