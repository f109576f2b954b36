/**
 * A label reduced to what it means for matching: accents removed, lower case, punctuation and
 * spaces gone. "Laki-laki", "LAKI LAKI" and "laki_laki" all become "lakilaki"; "Tgl." becomes
 * "tgl". Used for column names and for enum values written in words.
 * @example compactLabel("  Jenis Kegiatan ") // "jeniskegiatan"
 */
export function compactLabel(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/**
 * The ways a label may be read, most literal first: as written; without a part in brackets
 * ("Jumlah peserta (orang)" → "jumlahpeserta"); and, for "Tanggal / Date" style bilingual
 * labels, side by side. Each reading is a list of sides; each side lists its spellings, most
 * literal first ("Judul (EN)" is "juduleng" before it is "judul").
 * @example labelReadings("Tanggal / Date") // [[["tanggaldate"]], [["tanggaldate"]], [["tanggal", "tanggal"], ["date", "date"]]]
 */
export function labelReadings(label: string): string[][][] {
  const bare = (text: string) => text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
  const readings = [[[compactLabel(label)]], [[compactLabel(bare(label))]]];
  const sides = label.split("/").filter((side) => side.trim() !== "");
  if (sides.length > 1) readings.push(sides.map((side) => [compactLabel(side), compactLabel(bare(side))]));
  return readings;
}

/**
 * Looks a label up in a table of compact aliases. Each reading is tried in turn; for a
 * bilingual label every side that is known must agree, otherwise it is not recognised (better
 * reported than guessed).
 * @example resolveLabel("Judul (EN) / Title (EN)", new Map([["judulen", "titleEn"], ["titleen", "titleEn"]])) // "titleEn"
 */
export function resolveLabel<T>(label: string, aliases: ReadonlyMap<string, T>): T | undefined {
  for (const reading of labelReadings(label)) {
    const found = new Set<T>();
    for (const spellings of reading) {
      const value = spellings.map((key) => aliases.get(key)).find((candidate) => candidate !== undefined);
      if (value !== undefined) found.add(value);
    }
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}
