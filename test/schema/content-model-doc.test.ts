import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_MODEL_DOC, contentModelDoc } from "../../lib/schema/content-model-doc.ts";
import { schemaFields } from "../../lib/schema/schema-fields.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

describe("contentModelDoc", () => {
  it("matches the committed docs/CONTENT-MODEL.md (run `npm run types` after changing a schema)", () => {
    expect(readFileSync(path.join(REPO_ROOT, CONTENT_MODEL_DOC), "utf8")).toBe(contentModelDoc(REPO_ROOT));
  });

  it("documents nested fields and list items with the schema's own words", () => {
    const doc = contentModelDoc(REPO_ROOT);
    expect(doc).toContain("| `steps[].stage` | yes | one of: recorded, verified, handled, resolved |");
    expect(doc).toContain("| `participants.total` | yes | whole number |");
  });
});

describe("schemaFields", () => {
  it("resolves shared definitions so a field shows its real kind", () => {
    const fields = schemaFields(REPO_ROOT, "activity.schema.json");
    expect(fields.find((f) => f.path === "kelurahan")).toMatchObject({
      required: true,
      kind: "one of: benda-baru, pondok-kacang-timur, jombang, muncul",
    });
    expect(fields.find((f) => f.path === "date")).toMatchObject({ kind: "date (YYYY-MM-DD)" });
  });
});
