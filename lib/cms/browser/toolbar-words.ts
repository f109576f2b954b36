/**
 * What Decap's "publish" is called, by how the CMS saves. Decap says "Publish"/"Published" for
 * writing a change into the site's files, whether or not the entry is then shown on the site
 * (a draft, a case study not yet reviewed): the header said "Published" over a draft. Here the
 * toolbar only ever speaks of the change; whether the entry is shown is answered at the top of
 * its form (site-status-widget.ts).
 *
 * - `workflow` (the editorial workflow, production): a save goes to a review branch; "Apply"
 *   ("Terapkan") merges the change into the site's files. The Indonesian locale already says
 *   so (decap-locale-id.ts); Decap's English is reworded the same way.
 * - `simple` (`npm start`'s fs mode): there is no review, the one button writes the file, so it
 *   is "Save" ("Simpan") and afterwards "Saved" ("Tersimpan").
 */
type Phrases = { [key: string]: string | Phrases };
export type SaveMode = "simple" | "workflow";

const SIMPLE: Record<"id" | "en", Phrases> = {
  id: {
    editor: {
      editorToolbar: {
        publish: "Simpan",
        publishing: "Menyimpan…",
        published: "Tersimpan",
        publishNow: "Simpan sekarang",
        publishAndCreateNew: "Simpan lalu buat baru",
        publishAndDuplicate: "Simpan lalu gandakan",
        deletePublishedEntry: "Hapus entri",
      },
    },
    ui: { toast: { entryPublished: "Entri tersimpan" } },
  },
  en: {
    editor: {
      editorToolbar: {
        publish: "Save",
        publishing: "Saving…",
        published: "Saved",
        publishNow: "Save now",
        publishAndCreateNew: "Save and create new",
        publishAndDuplicate: "Save and duplicate",
        deletePublishedEntry: "Delete entry",
      },
    },
    ui: { toast: { entryPublished: "Entry saved" } },
  },
};

const WORKFLOW_EN: Phrases = {
  editor: {
    editorToolbar: {
      publish: "Apply",
      publishing: "Applying…",
      published: "Applied",
      publishNow: "Apply now",
      publishAndCreateNew: "Apply and create new",
      publishAndDuplicate: "Apply and duplicate",
      unpublish: "Withdraw from the site",
      unpublishing: "Withdrawing…",
      status: "Change: %{status}",
      ready: "Ready to apply",
    },
  },
  ui: { toast: { entryPublished: "Change applied" } },
  workflow: {
    workflowCard: { publishChanges: "Apply changes", publishNewEntry: "Apply new entry" },
    workflowList: { readyHeader: "Ready to apply" },
  },
};

/**
 * The words to lay over a locale's own for a save mode; empty where the locale already says it.
 * @example toolbarWords("simple", "id").editor // { editorToolbar: { publish: "Simpan", … } }
 */
export function toolbarWords(mode: SaveMode, language: "id" | "en"): Phrases {
  if (mode === "simple") return SIMPLE[language];
  return language === "en" ? WORKFLOW_EN : {};
}

/**
 * `base` with `over` laid on top, nested keys merged (neither is changed).
 * @example overlay({ a: { b: "1", c: "2" } }, { a: { b: "3" } }) // { a: { b: "3", c: "2" } }
 */
export function overlay(base: Phrases, over: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = typeof value === "object" && typeof under === "object" ? overlay(under, value) : value;
  }
  return merged;
}

/** Decap's configuration says which mode: `publish_mode: editorial_workflow` at the top level. */
export function saveModeOf(configYaml: string): SaveMode {
  return /^publish_mode:\s*editorial_workflow\s*$/m.test(configYaml) ? "workflow" : "simple";
}
