/**
 * Splits a plain-text field ("blank lines separate paragraphs") into paragraphs, so templates
 * can print each one autoescaped inside its own <p> instead of marking text as safe HTML.
 * @example toParagraphs("One.\n\nTwo\nstill two.") // ["One.", "Two\nstill two."]
 */
export function toParagraphs(text: string | undefined | null): string[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}
