import { describe, expect, it } from "vitest";
import { proposeActivityFields } from "../../lib/activities/propose-activity.ts";

describe("proposing an activity's fields from what the editor wrote", () => {
  it("proposes forum, pillar and both titles from the venue and the chosen type", () => {
    expect(proposeActivityFields({ venue: "Arisan ibu-ibu RT 02", activityType: "socialisation" })).toEqual({
      venue: "Arisan ibu-ibu RT 02",
      activityType: "socialisation",
      forum: "arisan",
      pillar: "awareness",
      title: { id: "Sosialisasi di Arisan ibu-ibu RT 02", en: "Awareness session at Arisan ibu-ibu RT 02" },
    });
  });

  it("reads the type from the title's first words when no type was chosen", () => {
    const proposed = proposeActivityFields({ venue: "Aula Kantor Kelurahan", title: { id: "Rapat kasus triwulan IV" } });
    expect(proposed).toMatchObject({
      activityType: "case-conference",
      pillar: "case-management",
      forum: "government-office",
      title: { id: "Rapat kasus triwulan IV", en: "Case conference at Aula Kantor Kelurahan" },
    });
  });

  it("keeps every value the editor chose, and proposes no pillar a type does not decide", () => {
    const chosen = {
      venue: "Majelis Taklim Nurul Falah",
      forum: "other" as const,
      activityType: "training" as const,
      pillar: "case-management" as const,
      title: { id: "Judul", en: "Title" },
    };
    expect(proposeActivityFields(chosen)).toEqual(chosen);
    expect(proposeActivityFields({ venue: "Aula", activityType: "training" }).pillar).toBeUndefined();
  });
});
