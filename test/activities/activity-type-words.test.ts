import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES, acceptedActivityWords, readActivityType, typeReading } from "../../lib/activities/activity-type-words.ts";
import activitySchema from "../../schemas/activity.schema.json" with { type: "json" };
import { REPO_ROOT } from "../../support/content-tree.ts";

describe("reading the kind of activity from the teams' own words", () => {
  it("reads the four pillars in the words the teams use for them", () => {
    expect(readActivityType("Peningkatan kesadaran")).toMatchObject({ type: "socialisation", pillar: "awareness" });
    expect(readActivityType("Sosialisasi")).toMatchObject({ type: "socialisation", pillar: "awareness" });
    expect(readActivityType("Manajemen kasus")).toMatchObject({ type: "case-handling", pillar: "case-management" });
    expect(readActivityType("Memperkuat kohesi sosial")).toMatchObject({ type: "community-event", pillar: "social-cohesion" });
    expect(readActivityType("Penguatan kohesi")).toMatchObject({ type: "community-event", pillar: "social-cohesion" });
    expect(readActivityType("Advokasi kebijakan")).toMatchObject({ type: "advocacy", pillar: "policy-advocacy" });
  });

  it("reads everyday words with whatever follows them, the longest phrase first", () => {
    expect(readActivityType("Pelatihan relawan")).toEqual({
      type: "training",
      pillar: undefined,
      name: { id: "Pelatihan relawan", en: "Training" },
    });
    expect(readActivityType("Rapat kasus triwulan III")).toMatchObject({ type: "case-conference", pillar: "case-management" });
    expect(readActivityType("Rapat koordinasi bulanan")).toMatchObject({ type: "coordination", pillar: undefined });
    expect(readActivityType("rapat RW")).toMatchObject({ type: "coordination" });
    expect(readActivityType("Dialog lintas iman")).toMatchObject({ type: "dialogue" });
    expect(readActivityType("Kunjungan ke KUA")).toMatchObject({ type: "visit" });
    expect(readActivityType("NONTON BARENG film pendek")).toMatchObject({ type: "screening" });
    expect(readActivityType("Kerja bakti")).toMatchObject({ type: "community-service", pillar: "social-cohesion" });
    expect(readActivityType("Audiensi ke DPRD")).toMatchObject({ type: "advocacy", pillar: "policy-advocacy" });
  });

  it("keeps the team's words as the Indonesian name, capitalised, and names it in English by its kind", () => {
    expect(readActivityType("  sosialisasi   bahaya hoaks ")!.name).toEqual({ id: "Sosialisasi bahaya hoaks", en: "Awareness session" });
  });

  it("reads English words and the stored codes too", () => {
    expect(readActivityType("Training of trainers")).toMatchObject({ type: "training" });
    expect(readActivityType("case-conference")).toEqual(typeReading("case-conference"));
  });

  it("does not guess: a cell that does not open with a known word is not read", () => {
    expect(readActivityType("Ngopi santai")).toBeUndefined();
    expect(readActivityType("Kegiatan lain")).toBeUndefined();
    expect(readActivityType("")).toBeUndefined();
    // A word inside the cell is not enough: only its first words say what it was.
    expect(readActivityType("Ikut sosialisasi kecamatan")).toBeUndefined();
  });

  it("names every type the schema allows, and lists one word per kind for messages", () => {
    const schemaTypes = (activitySchema as { properties: { activityType: { enum: string[] } } }).properties.activityType.enum;
    expect(Object.keys(ACTIVITY_TYPES).sort()).toEqual([...schemaTypes].sort());
    for (const type of schemaTypes) expect(readActivityType(ACTIVITY_TYPES[type as keyof typeof ACTIVITY_TYPES].id)?.type).toBe(type);
    expect(acceptedActivityWords()).toContain("Sosialisasi, ");
  });

  it("names each type exactly as the site labels it, so titles, pages and exports say the same", () => {
    const labels = (language: string) =>
      JSON.parse(readFileSync(path.join(REPO_ROOT, "data/i18n", `${language}.json`), "utf8")) as Record<string, string>;
    const [id, en] = [labels("id"), labels("en")];
    for (const [type, names] of Object.entries(ACTIVITY_TYPES)) {
      expect([names.id, names.en]).toEqual([id[`activityType.${type}`], en[`activityType.${type}`]]);
      expect(readActivityType(names.en)?.type).toBe(type);
    }
  });
});
