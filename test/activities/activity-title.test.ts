import { describe, expect, it } from "vitest";
import { activityTitle } from "../../lib/activities/activity-title.ts";
import { readActivityType } from "../../lib/activities/activity-type-words.ts";

describe("writing a title from type and venue", () => {
  it("names the activity in the team's words in Indonesian and by its kind in English, the venue as written", () => {
    expect(activityTitle(readActivityType("Sosialisasi")!.name, "Majelis Taklim Nurul Falah")).toEqual({
      id: "Sosialisasi di Majelis Taklim Nurul Falah",
      en: "Awareness session at Majelis Taklim Nurul Falah",
    });
    expect(activityTitle(readActivityType("pelatihan relawan")!.name, " Aula  Kantor Kelurahan ")).toEqual({
      id: "Pelatihan relawan di Aula Kantor Kelurahan",
      en: "Training at Aula Kantor Kelurahan",
    });
  });

  it("names the activity alone when there is no venue", () => {
    expect(activityTitle(readActivityType("Rapat koordinasi")!.name, "")).toEqual({ id: "Rapat koordinasi", en: "Coordination meeting" });
  });
});
