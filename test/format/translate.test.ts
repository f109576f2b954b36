import { describe, expect, it } from "vitest";
import { translate } from "../../lib/format/translate.ts";

const strings = { id: { "nav.home": "Beranda", "modules.minutes": "{minutes} menit" }, en: { "nav.home": "Home" } };

describe("translate", () => {
  it("returns the text of a key in the requested language", () => {
    expect(translate(strings, "id", "nav.home")).toBe("Beranda");
    expect(translate(strings, "en", "nav.home")).toBe("Home");
  });

  it("fills placeholders from the variables", () => {
    expect(translate(strings, "id", "modules.minutes", { minutes: 90 })).toBe("90 menit");
  });

  it("stops with the key and file named when a key is missing", () => {
    expect(() => translate(strings, "en", "modules.minutes")).toThrow('Missing interface text "modules.minutes" in data/i18n/en.json');
  });

  it("stops when a placeholder has no value rather than printing the braces", () => {
    expect(() => translate(strings, "id", "modules.minutes")).toThrow("{minutes}");
  });

  it("does not treat inherited object properties as keys", () => {
    expect(() => translate(strings, "id", "toString")).toThrow(/Missing interface text/);
  });
});
