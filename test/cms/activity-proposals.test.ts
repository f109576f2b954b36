import { fromJS, Map as ImmutableMap } from "immutable";
import { describe, expect, it } from "vitest";
import { proposedValues, withProposedFields } from "../../lib/cms/browser/activity-proposals.ts";

/** Decap's entry as the pre-save hook receives it: an Immutable Map. */
const entryOf = (collection: string, data: Record<string, unknown>) =>
  fromJS({ collection, slug: "", data }) as ImmutableMap<string, unknown>;
const typed = {
  date: "2024-12-20",
  kelurahan: "muncul",
  venue: "Arisan ibu-ibu PKK Melati",
  activityType: "socialisation",
  participants: { total: 25 },
};

describe("the activity form's proposals", () => {
  it("fill the forum from the venue, the pillar from the type and the title from type and venue", () => {
    const entry = withProposedFields(entryOf("activities", typed));
    expect(entry.get("data")).toBeInstanceOf(ImmutableMap);
    expect(entry.toJS()).toMatchObject({
      data: {
        ...typed,
        forum: "arisan",
        pillar: "awareness",
        title: { id: "Sosialisasi di Arisan ibu-ibu PKK Melati", en: "Awareness session at Arisan ibu-ibu PKK Melati" },
      },
    });
    // Nested groups stay Immutable, as Decap writes them.
    expect(entry.getIn(["data", "title"])).toBeInstanceOf(ImmutableMap);
  });

  it("read the type from the title's first words and keep what the editor wrote", () => {
    const data = { venue: "Aula Kantor Kelurahan Muncul", forum: "other", title: { id: "Rapat kasus triwulan IV", en: "" } };
    expect(withProposedFields(entryOf("activities", data)).toJS()).toMatchObject({
      data: {
        forum: "other",
        activityType: "case-conference",
        pillar: "case-management",
        title: { id: "Rapat kasus triwulan IV", en: "Case conference at Aula Kantor Kelurahan Muncul" },
      },
    });
  });

  it("leave a pillar the type does not decide for the editor, and the guard to ask for it", () => {
    const entry = withProposedFields(entryOf("activities", { venue: "Zoom", activityType: "training" })).toJS() as {
      data: Record<string, unknown>;
    };
    expect(entry.data.pillar).toBeUndefined();
    expect(entry.data.forum).toBe("online");
  });

  it("treat a title or select that Decap cleared to null or empty as empty", () => {
    const entry = withProposedFields(
      entryOf("activities", { venue: "Posyandu Mawar", activityType: "community-event", forum: "", pillar: null, title: null }),
    );
    expect(entry.toJS()).toMatchObject({
      data: {
        forum: "posyandu",
        pillar: "social-cohesion",
        title: { id: "Kegiatan warga di Posyandu Mawar", en: "Community event at Posyandu Mawar" },
      },
    });
  });

  it("return the very same entry when there is nothing to propose, and touch no other collection", () => {
    const complete = entryOf("activities", { ...typed, forum: "arisan", pillar: "awareness", title: { id: "Judul", en: "Title" } });
    expect(withProposedFields(complete)).toBe(complete);
    const page = entryOf("pages", { title: "", venue: "Arisan" });
    expect(withProposedFields(page)).toBe(page);
    expect(proposedValues("case-studies", typed)).toEqual([]);
  });
});
