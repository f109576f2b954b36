import { describe, expect, it } from "vitest";
import { normaliseText, positionsIn } from "../../lib/privacy/normalise-text.ts";
import { screenText } from "../../lib/privacy/screen-text.ts";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const allowList = loadAllowList(REPO_ROOT);

describe("normaliseText", () => {
  it("turns full-width digits into ASCII digits", () => {
    expect(normaliseText("０８１２").text).toBe("0812");
  });

  it("removes zero-width characters and soft hyphens", () => {
    expect(normaliseText("08\u200B12\u200C34\u200D56\u2060\uFEFF78\u00AD90").text).toBe("0812345678" + "90");
  });

  it("composes a letter and its combining accent as NFKC does over the whole text", () => {
    const text = "Cafe\u0301 ﬁne";
    expect(normaliseText(text).text).toBe(text.normalize("NFKC"));
  });

  it("gives a text that needs no change exactly what the character-by-character walk gives", () => {
    // A zero-width space at the end sends a text down the walk, and changes nothing else (but
    // the original's length: spans are compared up to the last character).
    for (const text of ["", "Hubungi relawan 0812-3456-7890.", "Kafé “arisan” — RT 05 · 2024 ’s", "emoji 🙂 dan 😀 lagi", "ñ\nbaris dua"]) {
      const quick = normaliseText(text);
      const walked = normaliseText(`${text}\u200B`);
      expect(quick.text).toBe(text);
      expect(walked.text).toBe(text);
      for (let start = 0; start < text.length; start++) {
        for (let end = start; end <= text.length; end++)
          expect(quick.toOriginal(start, end), `${JSON.stringify(text)} ${start}–${end}`).toEqual(walked.toOriginal(start, end));
      }
    }
  });

  it("maps spans of the normalised text back to the original", () => {
    const original = "NIK ３６\u200B７４";
    const normalised = normaliseText(original);
    expect(normalised.text).toBe("NIK 3674");
    expect(normalised.toOriginal(4, 8)).toEqual({ start: 4, end: original.length });
    expect(original.slice(normalised.toOriginal(0, 3).start, normalised.toOriginal(0, 3).end)).toBe("NIK");
  });

  it("reports bidirectional control characters at their place in the original text", () => {
    const original = "ab\u202Ecd\u2066e";
    const normalised = normaliseText(original);
    expect(normalised.text).toBe("abcde");
    expect(normalised.bidi).toEqual([
      { kind: "bidi-control", start: 2, end: 3 },
      { kind: "bidi-control", start: 5, end: 6 },
    ]);
  });
});

describe("screening normalised text", () => {
  it("still catches a NIK written in full-width digits", () => {
    expect(screenText("NIK ３６７４９９１５０７９０９００１", allowList).map((f) => f.kind)).toEqual(["nik"]);
  });

  it("still catches a phone number split by zero-width characters", () => {
    expect(screenText("Nomor 0812\u200B3456\u200B7890 ya", allowList).map((f) => f.kind)).toEqual(["phone"]);
  });

  it("still catches a name with a soft hyphen inside the honorific", () => {
    expect(screenText("Ba\u00ADpak Rahmat datang", allowList).map((f) => f.kind)).toEqual(["person-name"]);
  });

  it("gives columns in the original text, counting the invisible characters", () => {
    const text = "baris satu\n\u200B\u200Bhubungi ０８１２-3456-7890";
    const [finding] = screenText(text, allowList);
    expect(finding).toMatchObject({ kind: "phone", line: 2, column: 11 });
    expect(text.slice(finding?.offset, finding?.end)).toBe("０８１２-3456-7890");
  });

  it("reports a bidirectional override as a finding of its own", () => {
    expect(screenText("catatan \u202Eatatac", allowList)).toMatchObject([{ kind: "bidi-control", line: 1, column: 9, masked: "U+202E" }]);
  });
});

describe("positionsIn", () => {
  it("gives 1-based lines and columns", () => {
    const at = positionsIn("ab\ncd\n\nef");
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 4, column: 1 });
  });
});
