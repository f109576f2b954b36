// `npm run check`: validate every file under content/ and data/; exit 1 on any problem.
import { formatProblems, runCheck, summarise } from "../lib/build/check-content.ts";

const result = runCheck(process.cwd());
for (const line of formatProblems(result.problems)) console.error(line);
console.log(summarise(result));
process.exitCode = result.ok ? 0 : 1;
