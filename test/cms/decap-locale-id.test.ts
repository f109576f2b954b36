/**
 * The Indonesian interface of Decap (lib/cms/browser/decap-locale-id.ts) against the English
 * locale the shipped Decap actually bundles: read from node_modules/decap-cms/dist's source map
 * (the bundle's own copy of decap-cms-locales' `en`), not from whichever decap-cms-locales
 * happens to be installed beside it. An upgrade that adds a string fails here until it is
 * translated; one that drops a string fails until it is removed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECAP_LOCALE_ID } from "../../lib/cms/browser/decap-locale-id.ts";
import { toolbarWords } from "../../lib/cms/browser/toolbar-words.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

type Phrases = { [key: string]: string | Phrases };

/** The English phrases compiled into decap-cms.js, evaluated from the source the map holds. */
function shippedEnglish(): Phrases {
  const map = JSON.parse(readFileSync(path.join(REPO_ROOT, "node_modules/decap-cms/dist/decap-cms.js.map"), "utf8")) as {
    sources: string[];
    sourcesContent: string[];
  };
  const index = map.sources.findIndex((source) => source.endsWith("/decap-cms-locales/dist/esm/en/index.js"));
  if (index < 0) throw new Error("decap-cms.js no longer bundles decap-cms-locales' en; find where its English phrases come from");
  const source = map.sourcesContent[index]!;
  // The module is one object literal: `const en = {…}; export default en;`.
  return new Function(`${source.replace(/export default en;?\s*$/, "")}\nreturn en;`)() as Phrases;
}

/** Every leaf as "a.b.c" → string. */
function leaves(phrases: Phrases, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else for (const [inner, text] of leaves(value, at)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...new Set(text.match(/%\{[^}]+\}/g) ?? [])].sort();

const english = leaves(shippedEnglish());
const indonesian = leaves(DECAP_LOCALE_ID as Phrases);

describe("Decap's interface in Indonesian", () => {
  it("reads the English phrases from the shipped bundle", () => {
    expect(english.get("auth.login")).toBe("Login");
    expect(english.size).toBeGreaterThan(200);
    // The bundle itself carries them (minified), not only its source map.
    expect(readFileSync(path.join(REPO_ROOT, "node_modules/decap-cms/dist/decap-cms.js"), "utf8")).toContain(
      english.get("editor.editorToolbar.statusInfoTooltipInReview"),
    );
  });

  it("has exactly the shipped English locale's keys, nested the same way", () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("translates every string (none empty) and keeps every placeholder, adding none", () => {
    const wrong: string[] = [];
    for (const [key, text] of english) {
      const translated = indonesian.get(key) ?? "";
      if (translated.trim() === "") wrong.push(`${key}: empty`);
      if (placeholders(translated).join() !== placeholders(text).join())
        wrong.push(`${key}: ${placeholders(text).join()} → ${placeholders(translated).join()}`);
    }
    expect(wrong).toEqual([]);
  });

  it("says the words the editors and the browser tests look for", () => {
    const phrase = (key: string) => indonesian.get(key);
    expect(phrase("auth.login")).toBe("Masuk");
    expect(phrase("editor.editorToolbar.publish")).toBe("Terapkan");
    expect(phrase("editor.editorToolbar.publishNow")).toBe("Terapkan sekarang");
    expect(phrase("editor.editorToolbar.save")).toBe("Simpan");
    expect(phrase("editor.editorToolbar.unsavedChanges")).toBe("Perubahan belum disimpan");
    expect(phrase("collection.sidebar.searchAll")).toBe("Cari semua");
  });

  it("never calls saving a change 'publishing' (terbit): whether an entry is shown is the form's own answer", () => {
    const saying = [...indonesian].filter(([, text]) => /terbit/i.test(text));
    expect(saying).toEqual([]);
  });
});

describe("the toolbar's words for each way of saving", () => {
  it("replace only strings Decap has, keeping their placeholders", () => {
    for (const mode of ["simple", "workflow"] as const) {
      for (const language of ["id", "en"] as const) {
        for (const [key, text] of leaves(toolbarWords(mode, language) as Phrases)) {
          expect(english.has(key), `${mode}/${language}: ${key}`).toBe(true);
          expect(placeholders(text)).toEqual(placeholders(english.get(key)!));
        }
      }
    }
  });

  it("say Simpan/Tersimpan where the one button writes the file, and never Published in English either", () => {
    const simple = leaves(toolbarWords("simple", "id") as Phrases);
    expect(simple.get("editor.editorToolbar.publish")).toBe("Simpan");
    expect(simple.get("editor.editorToolbar.published")).toBe("Tersimpan");
    for (const mode of ["simple", "workflow"] as const) {
      const words = new Map([...english, ...leaves(toolbarWords(mode, "en") as Phrases)]);
      expect(words.get("editor.editorToolbar.published")).not.toMatch(/publish/i);
      expect(words.get("editor.editorToolbar.publish")).not.toMatch(/publish/i);
    }
  });
});
