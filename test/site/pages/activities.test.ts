import { describe, expect, it } from "vitest";
import { buildActivitiesPages } from "../../../lib/site/pages/activities.ts";
import { createSiteContext } from "../../../lib/site/site-context.ts";
import { activityEntry, loaded, teamEntry } from "../../helpers/site-content.ts";

describe("activities page", () => {
  const context = createSiteContext(
    loaded(
      teamEntry("jombang"),
      activityEntry("a", { kelurahan: "jombang", pillar: "awareness", participants: { total: 30 }, date: "2024-01-10" }),
      activityEntry("b", { kelurahan: "jombang", pillar: "social-cohesion", participants: { total: 12 }, date: "2024-03-02" }),
      activityEntry("c", { kelurahan: "muncul", pillar: "awareness", participants: { total: 8 }, notes: { id: "Catatan." } }),
    ),
  );
  const [id, en] = buildActivitiesPages(context);

  it("counts activities per kelurahan and pillar, with participants and totals", () => {
    const jombang = id!.rows.find((row) => row.kelurahan === "jombang")!;
    expect(jombang.activities).toEqual({ awareness: 1, "case-management": 0, "social-cohesion": 1, "policy-advocacy": 0 });
    expect(jombang).toMatchObject({ total: 2, participants: 42, url: "/id/tim/jombang/" });
    expect(id!.rows.map((row) => row.kelurahan)).toEqual(["benda-baru", "pondok-kacang-timur", "jombang", "muncul"]);
    expect(id!.totals).toMatchObject({ total: 3, participants: 50 });
  });

  it("lists each kelurahan's activities latest first and leaves out kelurahan without any", () => {
    expect(id!.byKelurahan.map((group) => [group.kelurahan, group.activities.map((activity) => activity.slug)])).toEqual([
      ["jombang", ["b", "a"]],
      ["muncul", ["c"]],
    ]);
  });

  it("shows notes written in only one language, marked with that language", () => {
    const note = en!.byKelurahan.find((group) => group.kelurahan === "muncul")!.activities[0]!.notes;
    expect(note).toEqual({ lang: "id", paragraphs: ["Catatan."] });
  });
});
