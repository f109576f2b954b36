/**
 * A case study's steps in the other languages take their stage and period from the Indonesian
 * steps, in the admin page's pre-save hook: the two are the same in every language (`npm run
 * check` compares them), but Decap translates a list as a whole and copies nothing inside it, so
 * the editor would otherwise choose the stage and type the period again in the English pane.
 * The form says so at both fields (lib/cms/shared-step-fields.ts).
 *
 * The Indonesian list decides which steps there are. Each keeps the English step about the
 * same stage, else the English step at its position (one the editor just added, with a note
 * only); English steps that match none are dropped; a step with no English yet is added with an
 * empty note, which the guard then asks for. Like activity-proposals.ts, the module needs no
 * Immutable of its own: it builds the new list from Decap's own List and Map methods.
 */
import { LANGUAGES } from "../../content/content-types.ts";
import { SHARED_STEP_FACTS } from "../shared-step-fields.ts";

/** What this module needs of Decap's Immutable values. */
interface ImmutableMapLike {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMapLike;
  clear(): ImmutableMapLike;
  toJS(): unknown;
}
interface ImmutableListLike {
  readonly size: number;
  get(index: number): unknown;
  push(value: unknown): ImmutableListLike;
  clear(): ImmutableListLike;
  toJS(): unknown;
}
/** What this module needs of Decap's entry: reading and setting a value by path. */
export interface StepsEntry<Self> {
  getIn(path: readonly string[]): unknown;
  setIn(path: readonly string[], value: unknown): Self;
}

/** One step as plain data, as far as matching goes. */
export interface StepFacts {
  stage?: unknown;
}

const isMap = (value: unknown): value is ImmutableMapLike =>
  typeof (value as ImmutableMapLike | undefined)?.set === "function" && typeof (value as ImmutableMapLike).clear === "function";
const isList = (value: unknown): value is ImmutableListLike =>
  typeof (value as ImmutableListLike | undefined)?.push === "function" && typeof (value as ImmutableListLike).size === "number";
const given = (value: unknown) => value !== undefined && value !== null && value !== "";

/**
 * For each Indonesian step, the position of the English step that carries on as its translation:
 * the one about the same stage, else the one at the same position unless that one is about
 * another stage the Indonesian still has; undefined when there is none (a new English step).
 * @example englishCounterparts([{ stage: "recorded" }, { stage: "resolved" }], [{}, { stage: "resolved" }]) // [0, 1]
 */
export function englishCounterparts(indonesian: readonly StepFacts[], english: readonly StepFacts[]): (number | undefined)[] {
  const taken = new Set<number>();
  const stages = new Set(indonesian.map((step) => step.stage).filter(given));
  const byStage = indonesian.map((step) => {
    if (!given(step.stage)) return undefined;
    const index = english.findIndex((other, at) => !taken.has(at) && other.stage === step.stage);
    if (index === -1) return undefined;
    taken.add(index);
    return index;
  });
  return byStage.map((index, position) => {
    if (index !== undefined) return index;
    const other = english[position];
    if (other === undefined || taken.has(position) || (given(other.stage) && stages.has(other.stage))) return undefined;
    taken.add(position);
    return position;
  });
}

/**
 * The entry with every other language's steps following the Indonesian ones; the very same
 * entry when nothing changes (or it is not a case study, or has no English version).
 * @example withSharedStepFacts(entry).getIn(["i18n", "en", "data", "steps", 0, "period"]) // "2023-Q2", as in Indonesian
 */
export function withSharedStepFacts<E extends StepsEntry<E>>(entry: E): E {
  if (entry.getIn(["collection"]) !== "case-studies") return entry;
  const indonesian = entry.getIn(["data", "steps"]);
  if (!isList(indonesian)) return entry;
  let result = entry;
  for (const language of LANGUAGES.slice(1)) {
    if (!isMap(entry.getIn(["i18n", language, "data"]))) continue;
    const path = ["i18n", language, "data", "steps"];
    const current = entry.getIn(path);
    const english = isList(current) ? current : undefined;
    const steps = following(indonesian, english);
    if (JSON.stringify(steps.toJS()) !== JSON.stringify(english?.toJS() ?? null)) result = result.setIn(path, steps);
  }
  return result;
}

/** The English steps rebuilt in the Indonesian order, each with the Indonesian stage and period. */
function following(indonesian: ImmutableListLike, english: ImmutableListLike | undefined): ImmutableListLike {
  const plain = (list: ImmutableListLike | undefined) =>
    ((list?.toJS() ?? []) as unknown[]).map((step) => (step && typeof step === "object" ? (step as StepFacts) : {}));
  const counterparts = englishCounterparts(plain(indonesian), plain(english));
  let steps = indonesian.clear();
  counterparts.forEach((index, position) => {
    const source = indonesian.get(position);
    if (!isMap(source)) return;
    const own = index === undefined ? undefined : english?.get(index);
    let step = isMap(own) ? own : source.clear();
    for (const key of SHARED_STEP_FACTS) if (given(source.get(key))) step = step.set(key, source.get(key));
    steps = steps.push(step);
  });
  return steps;
}
