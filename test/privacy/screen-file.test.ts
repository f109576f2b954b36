import { describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST } from "../helpers/allow-lists.ts";
import { screenFile } from "../../lib/privacy/screen-file.ts";

const EMPTY = EMPTY_ALLOW_LIST;
const where = (findings: ReturnType<typeof screenFile>) => findings.map(({ kind, line, column }) => `${kind} ${line}:${column}`);

describe("screenFile", () => {
  it("screens every string of a JSON file, pointing into the file", () => {
    const text = '{\n  "title": "Rapat",\n  "note": "Hubungi 0812-3456-7890"\n}';
    expect(where(screenFile("a.json", text, EMPTY))).toEqual(["phone 3:20"]);
  });

  it("finds a short string met again in another file the same way, at its place in that file", () => {
    const first = '{"note": "WA 0812-3456-7890"}';
    const second = '{\n\n  "other": "x",\n  "note": "WA 0812-3456-7890"\n}';
    expect(where(screenFile("a.json", first, EMPTY))).toEqual(["phone 1:14"]);
    expect(where(screenFile("b.json", second, EMPTY))).toEqual(["phone 4:15"]);
    expect(where(screenFile("a.json", first, EMPTY))).toEqual(["phone 1:14"]);
  });

  it("keeps what it found apart for each allow-list and each set of allowed fingerprints", () => {
    const text = '{"note": "Kata Pak Rahmat tadi"}';
    const [finding] = screenFile("a.json", text, EMPTY);
    expect(finding?.kind).toBe("person-name");
    const allowed = new Set([finding!.fingerprint]);
    expect(screenFile("a.json", text, EMPTY, { allowedFingerprints: allowed })).toEqual([]);
    expect(screenFile("a.json", text, EMPTY, { allowedFingerprints: new Set() })).toHaveLength(1);
    expect(screenFile("a.json", text, { ...EMPTY, publicFigures: [{ name: "Rahmat", role: "Lurah" }] })).toEqual([]);
    expect(screenFile("a.json", text, EMPTY)).toHaveLength(1);
  });
});
