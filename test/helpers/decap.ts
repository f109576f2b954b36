/**
 * Driving Decap CMS's editor in Playwright the way an editor does: through its widgets.
 * Decap's inputs are React-controlled: `fill()` sets the DOM value without React noticing, so
 * text is typed (select all, then type). In an i18n collection the editor shows the Indonesian
 * form and the English form side by side; every field's control exists once per pane, the
 * Indonesian one first in the document.
 */
import type { Locator, Page } from "playwright-core";

export type Pane = "id" | "en";

/** The control of a top-level or nested field in one language's pane (ids are `<name>-field-<n>`). */
export function control(scope: Page | Locator, name: string, pane: Pane = "id"): Locator {
  return scope.locator(`[id^="${name}-field-"]`).nth(pane === "id" ? 0 : 1);
}

/**
 * Replaces a text input's or textarea's content by typing (never fill(): React would not see
 * it), then reads it back. On a busy machine Decap's inputs drop keys typed faster than React
 * re-renders ("Uji CMS remaja daring" became "Uji CMS remdaring" on a loaded CI runner), so
 * keys go in at a person's pace and a field that does not read back right is typed again.
 */
export async function typeText(input: Locator, text: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await input.click();
    await input.press("ControlOrMeta+a");
    await input.press("Delete");
    await input.pressSequentially(text, { delay: 15 });
    const value = await input.inputValue();
    if (value === text) return;
    if (attempt === 3) throw new Error(`Typed ${JSON.stringify(text)} but the field holds ${JSON.stringify(value)}`);
  }
}

/** Types into Decap's rich-text Markdown editor (a contenteditable) and reads it back, like typeText. */
export async function typeRichText(editor: Locator, text: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await editor.click();
    await editor.press("ControlOrMeta+a");
    await editor.press("Delete");
    await editor.pressSequentially(text, { delay: 15 });
    const value = (await editor.innerText()).trim();
    if (value === text) return;
    if (attempt === 3) throw new Error(`Typed ${JSON.stringify(text)} but the editor holds ${JSON.stringify(value)}`);
  }
}

/** Picks an option of a select (react-select) widget by its visible label. */
export async function choose(input: Locator, label: string): Promise<void> {
  // Opening the menu lists every option; clicking one needs no typing (nothing to drop).
  await input.click();
  await input.page().getByRole("option", { name: label, exact: true }).first().click();
}

/** Sets a boolean (toggle) widget. */
export async function toggle(button: Locator, on: boolean): Promise<void> {
  if ((await button.getAttribute("aria-checked")) !== String(on)) await button.click();
  await button.and(button.page().locator(`[aria-checked="${on}"]`)).waitFor({ timeout: 10_000 });
}

/**
 * Types a calendar date into a date-only datetime widget (a native date input) digit by digit,
 * as an editor does. The tests' context is en-US, so the parts come month, day, year. (Decap
 * 3.16 alone turned a typed 2024 into 1904; lib/cms/browser/admin.ts holds back the
 * half-typed years, and the tests check the saved date.)
 */
export async function typeDate(input: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split("-") as [string, string, string];
  await input.click();
  // A click lands on one of the three parts: go to the first (month).
  for (let step = 0; step < 3; step += 1) await input.press("ArrowLeft");
  await input.pressSequentially(`${month}${day}${year}`, { delay: 15 });
  await input.press("Tab");
  const value = await input.inputValue();
  if (value !== isoDate) throw new Error(`Typed the date ${isoDate} but the field holds ${JSON.stringify(value)}`);
}

/**
 * What Decap is complaining about right now: its notices (toasts) and the error lists under
 * fields, with the field each belongs to. For failure messages: "the file never appeared"
 * alone does not say that a required field was left empty.
 */
export async function decapProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toasts = Array.from(document.querySelectorAll(".Toastify__toast")).map((toast) => `notice: ${(toast as HTMLElement).innerText}`);
    const fields = Array.from(document.querySelectorAll('[class*="ControlErrorsList"]')).map((list) => {
      const container = list.closest('[class*="ControlContainer"]');
      const label = container?.querySelector("label")?.textContent ?? "?";
      return `field ${label}: ${(list as HTMLElement).innerText}`;
    });
    return [...toasts, ...fields];
  });
}
