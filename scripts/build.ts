// npm run build: check the content, then build the site into _site (swapped in whole).
import { formatProblems, summarise } from "../lib/build/check-content.ts";
import { buildAndReplace } from "../lib/build/build-and-replace.ts";
import { OUTPUT_DIR } from "../lib/content/project-paths.ts";
import { resolveContentRoot } from "../lib/content/content-root.ts";
import { KIND_LABELS } from "../lib/privacy/kind-labels.ts";

// The project's content, unless PUSTAKA_CONTENT_ROOT names another folder (as for npm start).
const outcome = await buildAndReplace({ root: resolveContentRoot(), outDir: OUTPUT_DIR });
if (!outcome.built && outcome.siteFindings.length > 0) {
  // The content passed the check, yet the built pages hold something that looks like personal
  // data (from a template, a dictionary or a bug): nothing is published.
  for (const f of outcome.siteFindings) {
    const label = KIND_LABELS[f.kind];
    console.error(`${f.file}:${f.line}:${f.column}: ${label.en} ${f.masked} — ${label.id} ${f.masked}`);
  }
  console.error(
    `✗ The built site contains ${outcome.siteFindings.length} possible personal data; it was not published — situs hasil build memuat kemungkinan data pribadi; tidak diterbitkan.`,
  );
  process.exit(1);
}
if (!outcome.built) {
  for (const line of formatProblems(outcome.check.problems)) console.error(line);
  console.error(summarise(outcome.check));
  console.error("Nothing was built. Fix the problems above and run `npm run build` again.");
  process.exit(1);
}
console.log(summarise(outcome.check));
console.log(`Built the site into ${OUTPUT_DIR}/`);
