/**
 * The vocabulary shared by the personal-data screen: what kinds of identifiers it looks for and
 * how a detector reports one. Detectors only say *where*; masking, fingerprints and line numbers
 * are added later, so that no detector ever has a reason to copy a value anywhere.
 */
export const FINDING_KINDS = [
  "nik",
  "kk",
  "phone",
  "email",
  "address",
  "plate",
  "birth-date",
  "social-handle",
  "person-name",
  "bidi-control",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Identifiers that point to one person on their own; the evaluation expects all of them found. */
export const DIRECT_IDENTIFIER_KINDS: readonly FindingKind[] = [
  "nik",
  "kk",
  "phone",
  "email",
  "address",
  "plate",
  "birth-date",
  "social-handle",
];

/** A span of the (normalised) text that looks like personal data. `end` is exclusive. */
export interface RawFinding {
  kind: FindingKind;
  start: number;
  end: number;
  /**
   * Where the word that announced the value starts (an honorific, "alias", "bin"), when it is
   * not part of the value. The allow-list uses it: "seorang ibu" is an ordinary phrase even
   * though "ibu" was read as an honorific.
   */
  cueStart?: number;
}

/** A pure function from text to the spans of one kind of identifier. */
export type Detector = (text: string) => RawFinding[];
