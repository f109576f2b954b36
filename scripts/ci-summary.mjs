// Prints "N passed, N failed" from Vitest's JSON report; plain JavaScript so that it runs even
// when the TypeScript toolchain is what failed. A missing report (the type check failed before
// Vitest ran) or a failing exit status with no failed test (a test file that did not load)
// counts as one failure, so a red run never prints "0 failed".
import { readFileSync } from "node:fs";

const [reportPath, status] = process.argv.slice(2);
let passed = 0;
let failed;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (failed === 0 && status !== "0") failed = 1;
} catch {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
