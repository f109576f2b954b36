import type { Bilingual } from "../content/entry.ts";

/**
 * A refusal of a whole file (its encoding, its columns), said in both languages. Row-level
 * problems are never thrown: they are collected, so that every problem is listed in one pass.
 */
export class CsvFileError extends Error {
  constructor(
    readonly bilingual: Bilingual,
    readonly line?: number,
  ) {
    super(`${bilingual.en} — ${bilingual.id}`);
    this.name = "CsvFileError";
  }
}
