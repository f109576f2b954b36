import { describe, expect, it } from "vitest";
import { activityView } from "../../lib/site/activity-views.ts";
import type { Entry } from "../../lib/content/entry.ts";
import type { PublishedActivity } from "../../lib/site/types.ts";
import { activityEntry } from "../helpers/site-content.ts";

const view = (data: Record<string, unknown>, lang: "id" | "en") =>
  activityView(activityEntry("a", data) as unknown as Entry<PublishedActivity>, lang, ["id", "en"]);

describe("an activity as the pages show it", () => {
  it("keeps the venue as written in both languages: it is a name", () => {
    const data = { venue: "Majelis Taklim Nurul Falah", forum: "majelis-taklim" };
    expect(view(data, "id")).toMatchObject({ venue: "Majelis Taklim Nurul Falah", forum: "majelis-taklim", title: "Kegiatan a" });
    expect(view(data, "en")).toMatchObject({ venue: "Majelis Taklim Nurul Falah", forum: "majelis-taklim", title: "Activity a" });
  });

  it("has no venue when none was recorded, so the list shows the forum alone", () => {
    expect(view({}, "en").venue).toBeNull();
  });
});
