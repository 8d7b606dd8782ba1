// Adds up the JSON reports of every suite in .test-results/ and prints the closing line CI reads:
// "N passed, N failed, N skipped". A suite whose report is missing (it crashed) counts as one failure.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".test-results";
const suites = process.argv.slice(3);
let passed = 0;
let failed = 0;
let skipped = 0;

for (const suite of suites) {
  const file = path.join(dir, `${suite}.json`);
  if (!existsSync(file)) {
    console.log(`${suite}: no report (the suite did not run to the end)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.stats) {
    // Playwright: a flaky test passed on retry.
    const s = report.stats;
    const counts = {
      passed: s.expected + s.flaky,
      failed: s.unexpected + (report.errors?.length ? 1 : 0),
      skipped: s.skipped,
    };
    console.log(
      `${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${s.flaky ? ` (${s.flaky} flaky)` : ""}`,
    );
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  } else {
    // Vitest
    const counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0),
      skipped: report.numPendingTests + report.numTodoTests,
    };
    console.log(`${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
}

const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(path.join(dir, "totals.txt"), `${line}\n`);
console.log(line);
process.exit(failed > 0 ? 1 : 0);
