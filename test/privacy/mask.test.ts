import { describe, expect, it } from "vitest";
import { FINDING_KINDS, type FindingKind } from "../../lib/privacy/finding.ts";
import { fingerprint } from "../../lib/privacy/fingerprint.ts";
import { maskValue } from "../../lib/privacy/mask.ts";

const digitsOf = (value: string) => value.replace(/\D/g, "");

describe("maskValue", () => {
  it("keeps four digits at each end of a NIK or KK", () => {
    expect(maskValue("nik", "3674 9915 0790 9001")).toBe("3674••••••••9001");
    expect(maskValue("kk", "3674990101209002")).toBe("3674••••••••9002");
  });

  it("keeps two digits at each end of a phone number, also one read out in words", () => {
    expect(maskValue("phone", "0812-3456-7878")).toBe("08••••••••78");
    expect(maskValue("phone", "nol delapan satu dua tiga empat lima enam tujuh delapan")).toBe("08••••••78");
  });

  it("keeps the first letter and the top-level domain of an e-mail address", () => {
    expect(maskValue("email", "putri.contoh@example.id")).toBe("p•••@•••.id");
    expect(maskValue("email", "putri (at) example (dot) id")).toBe("p•••@•••.id");
  });

  it("keeps only the first letter of a name", () => {
    expect(maskValue("person-name", "Rahmat Hidayat")).toBe("R••••");
    expect(maskValue("person-name", "Ani")).toBe("A••••");
  });

  it("keeps the street word of an address, the platform of a profile and the code of a control character", () => {
    expect(maskValue("address", "Jl. Kenanga Raya No. 17")).toBe("Jl. ••••");
    expect(maskValue("address", "RT 004/RW 011")).toBe("RT ••••");
    expect(maskValue("social-handle", "https://www.instagram.com/rina.contoh")).toBe("instagram.com/r••••");
    expect(maskValue("social-handle", "@bang_jago99")).toBe("@b••••");
    expect(maskValue("bidi-control", "\u202E")).toBe("U+202E");
  });

  it("never shows the full value, nor all its digits, for any kind", () => {
    const samples: [FindingKind, string][] = [
      ["nik", "3674991507909001"],
      ["kk", "3674 9901 0120 9002"],
      ["phone", "0812-3456-7890"],
      ["phone", "7470 1234"],
      ["phone", "+62 812 3456 7890"],
      ["email", "a@b.id"],
      ["address", "Gang Kelinci No. 4"],
      ["address", "rt 3 rw 5"],
      ["plate", "B 4821 KTX"],
      ["birth-date", "3 Januari 2009"],
      ["birth-date", "14-08-2006"],
      ["social-handle", "@ab"],
      ["social-handle", "t.me/bayu_contoh"],
      ["person-name", "Al"],
    ];
    for (const [kind, value] of samples) {
      const masked = maskValue(kind, value);
      expect(masked, `${kind}`).not.toContain(value);
      expect(masked, `${kind}`).toContain("•");
      if (digitsOf(value).length >= 4) expect(digitsOf(masked).length, `${kind}`).toBeLessThanOrEqual(digitsOf(value).length / 2);
    }
    expect(FINDING_KINDS.every((kind) => !maskValue(kind, "Rahasia 0812").includes("Rahasia 0812"))).toBe(true);
  });
});

describe("fingerprint", () => {
  it("is 12 hex digits, the same for one value however it is written", () => {
    const print = fingerprint("phone", "0812-3456-7890");
    expect(print).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint("phone", "0812 3456 7890")).toBe(print);
    expect(fingerprint("phone", "+62 812 3456 7890")).toBe(print);
    expect(fingerprint("email", "Budi [at] Example (dot) com")).toBe(fingerprint("email", "budi@example.com"));
  });

  it("differs between values and between kinds", () => {
    expect(fingerprint("phone", "0812-3456-7890")).not.toBe(fingerprint("phone", "0812-3456-7891"));
    expect(fingerprint("nik", "3674991507909001")).not.toBe(fingerprint("kk", "3674991507909001"));
  });
});
