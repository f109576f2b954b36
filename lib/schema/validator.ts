import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ContentTypeName } from "../content/content-types.ts";
import { CONTENT_TYPES } from "../content/content-types.ts";

// ajv-formats is CommonJS; under tsx/ESM its default export is the plugin function itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export type SchemaValidators = Record<ContentTypeName, ValidateFunction>;

/** The project that holds schemas/: schemas are code, shipped with it, not content. */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Compiles every schema in `schemas/` once (compiling per file would cost more than
 * validating). Strict mode stays on, so a typo in a schema keyword fails here, not silently.
 * `root` is the project whose schemas/ to use; by default this project's.
 * @example const validators = compileValidators(); validators["activity"](data)
 */
export function compileValidators(root: string = PROJECT_ROOT): SchemaValidators {
  // strictRequired is off because `if`/`then` blocks require fields declared one level up.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true });
  addFormats(ajv);
  const schemaDir = path.join(root, "schemas");
  for (const file of readdirSync(schemaDir)
    .filter((name) => name.endsWith(".schema.json"))
    .sort()) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")) as object);
  }
  const validators = {} as SchemaValidators;
  for (const type of CONTENT_TYPES) {
    const validate = ajv.getSchema(type.schema);
    if (!validate) throw new Error(`Schema ${type.schema} is missing from ${schemaDir}`);
    validators[type.name] = validate;
  }
  return validators;
}

export type { ErrorObject };
