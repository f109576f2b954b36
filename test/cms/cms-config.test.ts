import { describe, expect, it } from "vitest";
import { buildCmsConfig } from "../../lib/cms/cms-config.ts";
import { cmsConfigProblems, generateCmsConfigText } from "../../lib/cms/config-staleness.ts";
import { devConfigText } from "../../lib/cms/dev-config.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

type Field = Record<string, unknown> & { name: string; fields?: Field[]; field?: Field };
const config = buildCmsConfig(REPO_ROOT);
const collection = (name: string) => config.collections.find((c) => c.name === name) as Record<string, unknown> & { fields: Field[] };
const field = (name: string, path: string) =>
  path
    .split(".")
    .reduce<Field | undefined>(
      (found, part, index) => (index === 0 ? collection(name).fields : (found?.fields ?? []))?.find((f) => f.name === part),
      undefined,
    )!;

describe("the generated CMS configuration", () => {
  it("has one folder collection per editor-written content type and none for project data", () => {
    expect(config.collections.map((c) => c.name)).toEqual([
      "modules",
      "case-studies",
      "pages",
      "decrees",
      "activities",
      "teams",
      "action-plan",
      "case-stats",
      "glossary",
      "timeline",
    ]);
  });

  it("lays out per-language collections as Decap's multiple_folders in Indonesian then English", () => {
    expect(config.i18n).toEqual({ structure: "multiple_folders", locales: ["id", "en"], default_locale: "id" });
    expect(collection("case-studies").i18n).toBe(true);
    expect(collection("activities").i18n).toBeUndefined();
  });

  it("turns a Markdown body into a markdown widget with a sanitised preview", () => {
    expect(field("case-studies", "body")).toMatchObject({ widget: "markdown", sanitize_preview: true, i18n: true });
  });

  it("turns an enum into a select labelled in both languages", () => {
    const pillar = field("activities", "pillar");
    expect(pillar.widget).toBe("select");
    expect(pillar.options).toContainEqual({ label: expect.stringContaining("—"), value: "awareness" });
  });

  it("turns a date into a date-only datetime stored as YYYY-MM-DD", () => {
    expect(field("activities", "date")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
  });

  it("stores whole numbers as numbers", () => {
    expect(field("activities", "participants.total")).toMatchObject({ widget: "number", value_type: "int" });
  });

  it("shows kelurahan and glossary references by name, not by slug", () => {
    expect(field("activities", "kelurahan")).toMatchObject({ widget: "relation", collection: "teams", display_fields: ["kelurahan"] });
    expect(field("case-studies", "glossaryTerms")).toMatchObject({ widget: "relation", collection: "glossary", multiple: true });
  });

  it("copies language-neutral fields into English and never puts i18n: duplicate on a list or group", () => {
    expect(field("case-studies", "period").i18n).toBe("duplicate");
    expect(field("case-studies", "anonymisation").i18n).toBe(true);
    expect(field("case-studies", "anonymisation.namesRemoved").i18n).toBe("duplicate");
    const walk = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...walk(f.fields ?? []), ...(f.field ? [f.field] : [])]);
    for (const c of config.collections) {
      for (const f of walk((c as { fields: Field[] }).fields))
        if (f.widget === "list" || f.widget === "object") expect([true, undefined], `${String(c.name)}.${f.name}`).toContain(f.i18n);
    }
  });

  it("takes required and pattern from the schema and does not demand the parts of an optional group", () => {
    expect(field("case-studies", "period")).toMatchObject({
      required: true,
      pattern: ["^(19|20)[0-9]{2}(-Q[1-4])?$", expect.stringContaining("2024-Q3")],
    });
    expect(field("pages", "reviewed").required).toBe(false);
    expect(field("pages", "reviewed.role").required).toBe(false);
  });

  it("shows lists of lines open, and each folded line by its text rather than the list's label", () => {
    expect(field("case-studies", "lessons")).toMatchObject({
      widget: "list",
      collapsed: false,
      summary: "{{fields.item}}",
      field: { name: "item" },
    });
    expect(field("modules", "objectives")).toMatchObject({ collapsed: false, summary: "{{fields.item}}" });
  });

  it("gives the activity list a summary, sorting, filters per kelurahan and groups per year", () => {
    const activities = collection("activities");
    expect(activities.summary).toBe("{{date}} · {{kelurahan}} · {{venue}} · {{title.id}}");
    expect(activities.sortable_fields).toContainEqual({ field: "date", default_sort: "desc" });
    expect(activities.view_filters).toContainEqual(expect.objectContaining({ field: "kelurahan", pattern: "^jombang$" }));
    expect(activities.view_groups).toBeDefined();
  });

  it("opens each list in the order editors think in: modules by course order, case studies and activities newest first", () => {
    const opensBy = (name: string) =>
      (collection(name).sortable_fields as (string | { field: string; default_sort?: string })[]).filter((f) => typeof f === "object");
    expect(opensBy("modules")).toEqual([{ field: "order", default_sort: "asc" }]);
    expect(opensBy("case-studies")).toEqual([{ field: "period", default_sort: "desc" }]);
    expect(opensBy("activities")).toEqual([{ field: "date", default_sort: "desc" }]);
    expect(collection("case-studies").summary).toBe("{{title}} · {{period}} · {{area}}");
  });

  it("asks for an activity's venue after date and kelurahan, and lets forum, type, pillar and title be proposed on save", () => {
    // After the Draft box that opens every form (whether it is on the site).
    expect(
      collection("activities")
        .fields.slice(0, 5)
        .map((f) => f.name),
    ).toEqual(["draft", "date", "kelurahan", "venue", "activityType"]);
    // Decap would refuse the save before the pre-save hook could fill them in.
    for (const name of ["forum", "activityType", "pillar", "title", "title.id", "title.en"])
      expect(field("activities", name).required, name).toBe(false);
    // The hints say what happens to an empty field, Indonesian first.
    expect(field("activities", "forum").hint).toMatch(
      /^Jenis pertemuan .*dikenali dari kata-kata tempat kegiatan.* — The kind of gathering/,
    );
    expect(field("activities", "activityType").hint).toMatch(/kata-kata pertama judul/);
    expect(field("activities", "pillar").hint).toMatch(/diisi dari jenis kegiatan/);
    expect(field("activities", "title").hint).toMatch(/ditulis dari jenis kegiatan dan tempatnya/);
    expect(field("activities", "venue").hint).toMatch(/^Tempat kegiatan .* — Where it took place/);
    expect(field("activities", "participants.total").required).toBe(true);
  });

  it("opens every form with the field that decides whether the entry is on the site, in words, never codes", () => {
    const status = collection("case-studies").fields[0]!;
    expect(status).toMatchObject({ name: "status", widget: "site-status", label: "Tampil di situs? — On the site?", i18n: "duplicate" });
    expect(status.options).toContainEqual({ label: "Tampilkan di situs — Show on the site", value: "published" });
    for (const name of ["modules", "pages", "decrees", "activities", "teams", "action-plan", "glossary"]) {
      expect(collection(name).fields[0], name).toMatchObject({
        name: "draft",
        widget: "site-status",
        label: "Draf (tidak tampil di situs) — Draft (not on the site)",
      });
    }
  });

  it("filters case studies by whether they are shown, named in words", () => {
    expect(collection("case-studies").view_filters).toContainEqual({
      label: "Tampil di situs — On the site",
      field: "status",
      pattern: "^published$",
    });
  });

  it("uses the editorial workflow in production and never the local backend", () => {
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(generateCmsConfigText(REPO_ROOT)).not.toContain("local_backend");
  });

  it("is committed up to date, so npm run check passes", () => {
    expect(cmsConfigProblems(REPO_ROOT)).toEqual([]);
  });

  it("comments the keys that are not obvious", () => {
    const text = generateCmsConfigText(REPO_ROOT);
    expect(text).toMatch(/# .*CVE-2025-57520.*\n\s*sanitize_preview: true/);
    expect(text).toMatch(/# .*\n\s*publish_mode: editorial_workflow/);
  });

  it("adds the local backend and drops the review workflow only in the dev server's copy", () => {
    const dev = devConfigText(generateCmsConfigText(REPO_ROOT), { port: 9001, mode: "fs" });
    expect(dev).toContain("url: http://localhost:9001/api/v1");
    expect(dev).not.toContain("publish_mode");
    expect(devConfigText(generateCmsConfigText(REPO_ROOT), { port: 9001, mode: "git" })).toContain("publish_mode: editorial_workflow");
  });
});
