// `npm run types`: regenerate what is derived from the schemas — the TypeScript types and the
// content-model documentation. Tests fail while either is stale.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { CONTENT_MODEL_DOC, contentModelDoc } from "../lib/schema/content-model-doc.ts";
import { generateContentTypes, GENERATED_TYPES_FILE } from "../lib/schema/generate-types.ts";

const root = process.cwd();
await writeFile(path.join(root, GENERATED_TYPES_FILE), await generateContentTypes(root));
await writeFile(path.join(root, CONTENT_MODEL_DOC), contentModelDoc(root));
console.log(`Wrote ${GENERATED_TYPES_FILE} and ${CONTENT_MODEL_DOC}`);
