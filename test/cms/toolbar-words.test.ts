import { describe, expect, it } from "vitest";
import { overlay, saveModeOf } from "../../lib/cms/browser/toolbar-words.ts";

describe("choosing the toolbar's words", () => {
  it("reads the editorial workflow from the configuration's top-level publish_mode", () => {
    expect(saveModeOf("backend:\n  name: github\npublish_mode: editorial_workflow\n")).toBe("workflow");
  });

  it("reads npm start's fs configuration, which has no publish_mode, as simple saving", () => {
    expect(saveModeOf("backend:\n  name: github\n# publish_mode: editorial_workflow is not set here\n")).toBe("simple");
  });

  it("lays words over a locale without losing its other strings or changing it", () => {
    const base = { editor: { editorToolbar: { publish: "Terapkan", save: "Simpan" } } };
    expect(overlay(base, { editor: { editorToolbar: { publish: "Simpan" } } })).toEqual({
      editor: { editorToolbar: { publish: "Simpan", save: "Simpan" } },
    });
    expect(base.editor.editorToolbar.publish).toBe("Terapkan");
  });
});
