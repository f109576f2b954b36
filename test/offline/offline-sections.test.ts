import { describe, expect, it } from "vitest";
import { isPrecachedPage } from "../../lib/offline/offline-sections.ts";

describe("isPrecachedPage", () => {
  it("keeps the home page, the module index and every module, the glossary, search and the offline page of the language", () => {
    for (const url of ["/id/", "/id/modul/", "/id/modul/tanda-awal-tanpa-stigma/", "/id/glosarium/", "/id/cari/", "/id/offline.html"]) {
      expect(isPrecachedPage(url, "id"), url).toBe(true);
    }
  });

  it("leaves out other sections and the other language", () => {
    for (const url of ["/id/kegiatan/", "/id/studi-kasus/contoh/", "/id/dasbor/", "/en/modules/", "/en/", "/", "/404.html"]) {
      expect(isPrecachedPage(url, "id"), url).toBe(false);
    }
  });
});
