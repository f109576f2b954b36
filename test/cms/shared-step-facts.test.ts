import { fromJS, List, Map as ImmutableMap } from "immutable";
import { describe, expect, it } from "vitest";
import { englishCounterparts, withSharedStepFacts } from "../../lib/cms/browser/shared-step-facts.ts";
import { buildCmsConfig } from "../../lib/cms/cms-config.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

type Step = { stage?: string; period?: string; note?: string };
/** Decap's case-study entry as the pre-save hook receives it: Indonesian in data, English in i18n.en.data. */
const entryOf = (indonesian: Step[], english: Step[] | undefined, collection = "case-studies") =>
  fromJS({
    collection,
    slug: "",
    data: { title: "Uji", steps: indonesian },
    i18n: { en: { data: english === undefined ? { title: "Test" } : { title: "Test", steps: english } } },
  }) as ImmutableMap<string, unknown>;
const englishSteps = (entry: ImmutableMap<string, unknown>) =>
  (entry.getIn(["i18n", "en", "data", "steps"]) as List<unknown> | undefined)?.toJS();

describe("a case study's shared step facts", () => {
  it("copy each Indonesian stage and period into the English step, keeping its note", () => {
    const entry = entryOf(
      [
        { stage: "recorded", period: "2023-Q1", note: "Dicatat." },
        { stage: "resolved", period: "2023-Q2", note: "Selesai." },
      ],
      [{ note: "Recorded." }, { stage: "", period: "", note: "Resolved." }],
    );
    const saved = withSharedStepFacts(entry);
    expect(englishSteps(saved)).toEqual([
      { stage: "recorded", period: "2023-Q1", note: "Recorded." },
      { stage: "resolved", period: "2023-Q2", note: "Resolved." },
    ]);
    // Decap writes Immutable values; the Indonesian is left as it was.
    expect(saved.getIn(["i18n", "en", "data", "steps", 0])).toBeInstanceOf(ImmutableMap);
    expect(saved.get("data")).toBe(entry.get("data"));
  });

  it("add the English steps that are missing, with no note, so the guard asks for it", () => {
    const saved = withSharedStepFacts(entryOf([{ stage: "recorded", period: "2024", note: "Dicatat." }], undefined));
    expect(englishSteps(saved)).toEqual([{ stage: "recorded", period: "2024" }]);
  });

  it("follow the Indonesian list: a step removed there takes its English step with it", () => {
    const saved = withSharedStepFacts(
      entryOf(
        [
          { stage: "recorded", period: "2023", note: "a" },
          { stage: "handled", period: "2024", note: "c" },
        ],
        [
          { stage: "recorded", period: "2023", note: "A" },
          { stage: "verified", period: "2023", note: "B" },
          { stage: "handled", period: "2024", note: "C" },
        ],
      ),
    );
    expect(englishSteps(saved)).toEqual([
      { stage: "recorded", period: "2023", note: "A" },
      { stage: "handled", period: "2024", note: "C" },
    ]);
  });

  it("carry a corrected stage or period over to the English step at the same place", () => {
    const saved = withSharedStepFacts(
      entryOf([{ stage: "verified", period: "2023-Q3", note: "x" }], [{ stage: "recorded", period: "2023-Q2", note: "X" }]),
    );
    expect(englishSteps(saved)).toEqual([{ stage: "verified", period: "2023-Q3", note: "X" }]);
  });

  it("match English steps by stage first, then by position", () => {
    expect(englishCounterparts([{ stage: "recorded" }, { stage: "resolved" }], [{ stage: "resolved" }, { stage: "recorded" }])).toEqual([
      1, 0,
    ]);
    // An English step with no stage yet (added in the English pane, a note only) goes by position.
    expect(englishCounterparts([{ stage: "recorded" }, { stage: "resolved" }], [{}, { stage: "resolved" }])).toEqual([0, 1]);
    // A new Indonesian step in the middle gets a new English step; the others keep theirs.
    expect(
      englishCounterparts(
        [{ stage: "recorded" }, { stage: "verified" }, { stage: "handled" }],
        [{ stage: "recorded" }, { stage: "handled" }],
      ),
    ).toEqual([0, undefined, 1]);
  });

  it("leave the entry untouched when there is nothing to copy", () => {
    const agreed = entryOf([{ stage: "recorded", period: "2024", note: "a" }], [{ stage: "recorded", period: "2024", note: "A" }]);
    expect(withSharedStepFacts(agreed)).toBe(agreed);
    const activity = entryOf([{ stage: "recorded", period: "2024" }], [], "activities");
    expect(withSharedStepFacts(activity)).toBe(activity);
    const onlyIndonesian = fromJS({ collection: "case-studies", data: { steps: [{ stage: "recorded", period: "2024" }] } }) as ImmutableMap<
      string,
      unknown
    >;
    expect(withSharedStepFacts(onlyIndonesian)).toBe(onlyIndonesian);
  });

  it("are asked for once in the form: optional there, saying they are copied, the note still required", () => {
    const caseStudies = buildCmsConfig(REPO_ROOT).collections.find((c) => c.name === "case-studies") as {
      fields: { name: string; fields?: Record<string, unknown>[] }[];
    };
    const parts = caseStudies.fields.find((f) => f.name === "steps")!.fields!;
    for (const name of ["stage", "period"]) {
      expect(
        parts.find((p) => p.name === name),
        name,
      ).toMatchObject({
        required: false,
        hint: expect.stringMatching(
          /^Cukup diisi di sisi Bahasa Indonesia; disalin ke versi Inggris saat disimpan\. .* — Fill in on the Indonesian side only; it is copied into the English version when you save\. /,
        ),
      });
    }
    expect(parts.find((p) => p.name === "note")).toMatchObject({ required: true });
  });
});
