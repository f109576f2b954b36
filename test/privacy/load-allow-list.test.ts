import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AllowListError, allowListOf, loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenText } from "../../lib/privacy/screen-text.ts";
import { REPO_ROOT, removeTree, writeTree } from "../../support/content-tree.ts";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

function projectWith(allowList: string): string {
  const root = writeTree({ "data/privacy/allow-list.json": allowList });
  roots.push(root);
  cpSync(path.join(REPO_ROOT, "schemas"), path.join(root, "schemas"), { recursive: true });
  return root;
}

describe("loadAllowList", () => {
  it("reads the shipped allow-list, which lists no public figure by name", () => {
    const list = loadAllowList(REPO_ROOT);
    expect(list.placeNames).toContain("Muncul");
    expect(list.roleWords).toContain("Lurah");
    expect(list.publicFigures).toEqual([]);
  });

  it("holds the ordinary phrases and roles that keep forms of address quiet", () => {
    const list = loadAllowList(REPO_ROOT);
    expect(list.commonNounPhrases).toEqual(
      expect.arrayContaining(["kakak kelas", "adik tingkat", "tuan rumah", "mbah google", "sister city", "loud bang", "ms word"]),
    );
    expect(list.roleWords).toEqual(expect.arrayContaining(["Dukun", "Pembina", "Peserta", "Bidan Desa"]));
    expect(list.institutions).toContain("Uni Eropa");
    // Every entry is written once, whatever its capitals.
    for (const section of [list.placeNames, list.institutions, list.roleWords, list.commonNounPhrases, list.publicNumbers]) {
      const lower = section.map((entry) => entry.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
    }
  });

  it("lists only real historical figures who died at least ten years ago, each with a reason, in forms the screen would otherwise flag", () => {
    const list = loadAllowList(REPO_ROOT);
    const withoutFigures = { ...list, historicalFigures: [] };
    expect(list.historicalFigures.length).toBeGreaterThan(0);
    for (const figure of list.historicalFigures) {
      expect(figure.died, figure.name).toBeLessThanOrEqual(new Date().getFullYear() - 10);
      expect(figure.reason.trim().length, figure.name).toBeGreaterThan(0);
      const lower = figure.forms.map((form) => form.toLowerCase());
      expect(new Set(lower).size, figure.name).toBe(lower.length);
      // A form that the screen never flags is dead weight, and a reviewer would read it as needed.
      for (const form of figure.forms) expect(screenText(`Kutipan ${form} dalam modul.`, withoutFigures), form).not.toEqual([]);
    }
  });

  it("refuses an allow-list that does not follow its schema, in both languages", () => {
    const root = projectWith(
      JSON.stringify({
        placeNames: [" Pamulang"],
        institutions: [],
        roleWords: [],
        commonNounPhrases: [],
        publicNumbers: [],
        publicFigures: [],
        historicalFigures: [],
      }),
    );
    expect(() => loadAllowList(root)).toThrowError(AllowListError);
    expect(() => loadAllowList(root)).toThrowError(/placeNames\.0: must not start or end with a space — .*tidak boleh/);
  });

  it("refuses an allow-list that is not JSON or is missing", () => {
    expect(() => loadAllowList(projectWith("{ nope"))).toThrowError(/is not valid JSON — .*bukan JSON/);
    const empty = writeTree({});
    roots.push(empty);
    mkdirSync(path.join(empty, "data"));
    writeFileSync(path.join(empty, "data", "x"), "");
    expect(() => loadAllowList(empty)).toThrowError(/cannot be read/);
  });
});

describe("allowListOf", () => {
  it("finds the allow-list among checked content, and says so when it is not there", () => {
    const data = { names: [] };
    const entry = { type: "privacy-allow-list", slug: "allow-list", file: "data/privacy/allow-list.json", data } as const;
    expect(allowListOf({ entries: [entry as never] })).toBe(data);
    expect(() => allowListOf({ entries: [] })).toThrowError(/data\/privacy\/allow-list.json is not among the checked content/);
  });
});
