import type { ValidateFunction } from "ajv";
import type { Bilingual } from "../content/entry.ts";
import { KIND_LABELS } from "../privacy/kind-labels.ts";
import { type ScreenFinding, screenText } from "../privacy/screen-text.ts";
import { explainErrors } from "../schema/explain-errors.ts";
import type { Activity, PrivacyAllowList } from "../types/content.generated.ts";
import type { ActivityColumn } from "./activity-columns.ts";
import type { CellProblem } from "./row-to-activity.ts";

/** Which column a schema field comes from, so a schema error points at a cell. */
const FIELD_COLUMNS: [RegExp, ActivityColumn][] = [
  [/^date$/, "date"],
  [/^kelurahan$/, "kelurahan"],
  [/^pillar$/, "pillar"],
  [/^activityType$/, "activityType"],
  [/^forum$/, "forum"],
  [/^title\.id$/, "titleId"],
  [/^title\.en$/, "titleEn"],
  [/^participants(\.total)?$/, "participants"],
  [/^participants\.women$/, "women"],
  [/^participants\.men$/, "men"],
  [/^participants\.youth$/, "youth"],
  [/^partners(\.\d+)?$/, "partners"],
  [/^notes\.id$/, "notesId"],
  [/^notes\.en$/, "notesEn"],
];

/**
 * Validates a row's record with the activity schema's own Ajv validator (the one `npm run
 * check` uses), so an imported file can never fail the check for a reason the import missed.
 * Messages are the check's plain-language ones, pinned to the cell.
 * `skip` lists columns already reported by the reader (no second message for one cell).
 * @example schemaProblems(validators.activity, activity, new Set()) // [{ column: "titleId", message: { en: "must be one line …", … } }]
 */
export function schemaProblems(validate: ValidateFunction, activity: Activity, skip: ReadonlySet<ActivityColumn | null>): CellProblem[] {
  if (validate(activity)) return [];
  return explainErrors(validate.errors ?? [])
    .map(({ field, message }) => ({ column: FIELD_COLUMNS.find(([pattern]) => pattern.test(field))?.[1] ?? null, message, field }))
    .filter((problem) => !skip.has(problem.column))
    .map(({ column, message, field }) => ({
      column,
      message: column ? message : { en: `${field}: ${message.en}`, id: `${field}: ${message.id}` },
    }));
}

/** Cells a sheet repeats row after row (the venue, the activity's words, partners): screened once per text. */
const REPEATED: ReadonlySet<ActivityColumn> = new Set(["venue", "activityType", "partners"]);

/**
 * Screens a row's free text with the same detectors and allow-list as `npm run check`: a
 * finding rejects the row, naming the cell, the kind and a masked value — never the value.
 * `freeText` holds the texts as the row wrote them (RowReading.freeText): a title written from
 * the type's words and the venue is screened through those two cells, so a finding names the
 * cell the volunteer must change. Cells a sheet repeats go through `screenRepeated` (which
 * may remember its answers, as planImport's does); the others through one screen call,
 * separated by blank lines, which no detector crosses.
 * @example privacyProblems([["notesId", "Hubungi 0812-3456-7890"]], allowList) // [{ column: "notesId", message: { en: "looks like personal data (phone number): 08••••••••90 …", … } }]
 */
export function privacyProblems(
  freeText: readonly [ActivityColumn, string][],
  allowList: PrivacyAllowList,
  screenRepeated: (text: string) => readonly ScreenFinding[] = (text) => screenText(text, allowList),
): CellProblem[] {
  const problems: CellProblem[] = [];
  const cells: [ActivityColumn, string][] = [];
  for (const [column, text] of freeText) {
    if (text === "") continue;
    if (REPEATED.has(column)) for (const finding of screenRepeated(text)) problems.push(problem(column, finding));
    else cells.push([column, text]);
  }
  const starts: number[] = [];
  let joined = "";
  for (const [, text] of cells) {
    if (joined) joined += "\n\n\n";
    starts.push(joined.length);
    joined += text;
  }
  if (joined === "") return problems;
  for (const finding of screenText(joined, allowList)) {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= finding.offset) index++;
    problems.push(problem(cells[index]![0], finding));
  }
  return problems;
}

function problem(column: ActivityColumn, finding: ScreenFinding): CellProblem {
  const label = KIND_LABELS[finding.kind];
  const message: Bilingual = {
    en: `looks like personal data (${label.en}): ${finding.masked}. The row is not imported: remove it or write it so that nobody can be identified.`,
    id: `tampak seperti data pribadi (${label.id}): ${finding.masked}. Baris tidak diimpor: hapus atau tulis ulang agar tidak ada orang yang dapat dikenali.`,
  };
  return { column, message };
}
