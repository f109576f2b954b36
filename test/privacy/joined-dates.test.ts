import { describe, expect, it } from "vitest";
import { asWrittenDate } from "../../lib/privacy/joined-dates.ts";
import { loadAllowList } from "../../lib/privacy/load-allow-list.ts";
import { screenText } from "../../lib/privacy/screen-text.ts";
import { REPO_ROOT } from "../../support/content-tree.ts";

const allowList = loadAllowList(REPO_ROOT);
const kinds = (word: string) => screenText(asWrittenDate(word), allowList).map((finding) => finding.kind);

describe("a search-index word that is a date Pagefind joined up", () => {
  it("is read as the date it was written as, day first or year first", () => {
    expect(asWrittenDate("04112024")).toBe("04/11/2024");
    expect(asWrittenDate("20241104")).toBe("2024-11-04");
    expect(kinds("04112024")).toEqual([]);
  });

  it("leaves phone numbers and impossible dates as they are, so they are still found", () => {
    expect(kinds("081234567890")).toEqual(["phone"]);
    expect(asWrittenDate("04132024")).toBe("04132024");
    expect(kinds("02174701234")).toEqual(["phone"]);
  });
});
