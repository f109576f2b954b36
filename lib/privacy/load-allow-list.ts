import { readFileSync } from "node:fs";
import path from "node:path";
import type { Bilingual, Entry } from "../content/entry.ts";
import { explainErrors } from "../schema/explain-errors.ts";
import { compileValidators } from "../schema/validator.ts";
import type { PrivacyAllowList } from "../types/content.generated.ts";

/** Where the allow-list lives, relative to the project root. */
export const ALLOW_LIST_FILE = "data/privacy/allow-list.json";

/** The allow-list could not be read or is not valid; the message says why in both languages. */
export class AllowListError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(`${bilingual.en} — ${bilingual.id}`);
  }
}

/**
 * Reads data/privacy/allow-list.json and validates it against its schema. A broken allow-list
 * stops the screen instead of being ignored: screening without it would flag public names,
 * and a half-read list could hide nothing or everything.
 * @example const allowList = loadAllowList(process.cwd());
 */
export function loadAllowList(root: string): PrivacyAllowList {
  const file = path.join(root, ALLOW_LIST_FILE);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? "is not valid JSON" : "cannot be read";
    const alasan = error instanceof SyntaxError ? "bukan JSON yang sah" : "tidak dapat dibaca";
    throw new AllowListError({ en: `${ALLOW_LIST_FILE} ${reason}`, id: `${ALLOW_LIST_FILE} ${alasan}` });
  }
  const validate = compileValidators(root)["privacy-allow-list"];
  if (!validate(data)) {
    const problems = explainErrors(validate.errors ?? []);
    throw new AllowListError({
      en: `${ALLOW_LIST_FILE} is not valid: ${problems.map((p) => `${p.field || "(file)"}: ${p.message.en}`).join("; ")}`,
      id: `${ALLOW_LIST_FILE} tidak sah: ${problems.map((p) => `${p.field || "(berkas)"}: ${p.message.id}`).join("; ")}`,
    });
  }
  return data as PrivacyAllowList;
}

/**
 * The allow-list among content that passed the check (which always holds it).
 * @example const allowList = allowListOf(runCheck(root));
 */
export function allowListOf(checked: { entries: readonly Entry[] }): PrivacyAllowList {
  const entry = checked.entries.find((candidate) => candidate.file === ALLOW_LIST_FILE);
  if (!entry) throw new Error(`${ALLOW_LIST_FILE} is not among the checked content`);
  return entry.data as unknown as PrivacyAllowList;
}
