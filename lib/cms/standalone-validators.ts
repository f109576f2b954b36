/**
 * The schema validators as standalone JavaScript for the admin page: compiled here, at build
 * time, with the same schemas and options as lib/schema/validator.ts, so the browser needs no
 * runtime compilation (no eval, no `unsafe-eval` in the admin page's policy for Ajv's sake).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { _, type Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";
import { CONTENT_TYPES } from "../content/content-types.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as (
  ajv: Ajv,
  refs: Record<string, string>,
) => string;

/**
 * CommonJS source exporting one validator per content type as `v0`, `v1`, … in the order of
 * CONTENT_TYPES (type names have hyphens, which are not export names).
 * @example const code = standaloneValidatorsSource("/repo"); // "\"use strict\";exports.v0 = validate10;…"
 */
export function standaloneValidatorsSource(root: string): string {
  // Same options as compileValidators(); `code.formats` tells the generated code where the
  // format checks live, since functions cannot be written into source.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    verbose: true,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  const schemaDir = path.join(root, "schemas");
  for (const file of readdirSync(schemaDir)
    .filter((name) => name.endsWith(".schema.json"))
    .sort()) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")) as object);
  }
  return standaloneCode(ajv as unknown as Ajv, Object.fromEntries(CONTENT_TYPES.map((type, index) => [`v${index}`, type.schema])));
}
