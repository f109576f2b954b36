/**
 * The Intl locale used to format dates and numbers and to sort text for each site language:
 * Indonesian as written in Indonesia, English in the British style the teams' partners use.
 */
import type { Language } from "../content/content-types.ts";

export const LOCALES: Readonly<Record<Language, string>> = { id: "id-ID", en: "en-GB" };
