// Regenerates lib/types/content.generated.ts from the schemas.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { generateContentTypes, GENERATED_TYPES_FILE } from "../lib/schema/generate-types.ts";

const root = process.cwd();
await writeFile(path.join(root, GENERATED_TYPES_FILE), await generateContentTypes(root));
console.log(`Wrote ${GENERATED_TYPES_FILE}`);
