import type { Bilingual } from "../content/entry.ts";

/**
 * One problem found in a CSV file, pinned down the way a volunteer looks for it: the row the
 * spreadsheet shows (header = row 1), the line of the file, the column (its letter and the
 * heading as written). File-level problems have no row or column.
 */
export interface ImportProblem {
  row: number | null;
  line: number | null;
  /** The volunteer's own number for the row (the No column), when the sheet has one. */
  no?: string;
  column: string | null;
  message: Bilingual;
}
