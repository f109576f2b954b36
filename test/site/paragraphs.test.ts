import { describe, expect, it } from "vitest";
import { toParagraphs } from "../../lib/site/paragraphs.ts";

describe("toParagraphs", () => {
  it("splits plain text on blank lines and keeps single line breaks inside a paragraph", () => {
    expect(toParagraphs("One.\n\nTwo\nstill two.\r\n\r\nThree.")).toEqual(["One.", "Two\nstill two.", "Three."]);
  });

  it("drops empty paragraphs and treats missing text as no paragraphs", () => {
    expect(toParagraphs("\n\n  \n\nOnly.\n\n")).toEqual(["Only."]);
    expect(toParagraphs(undefined)).toEqual([]);
  });
});
