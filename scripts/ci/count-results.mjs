// Sums the JSON reports of vitest and Playwright into one line "N passed, M failed".
// Exits non-zero when a suite failed or no test ran at all.
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "test-results";
let passed = 0;
let failed = 0;
for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!name.endsWith(".json")) continue;
  const report = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
  if (report.stats && "expected" in report.stats) {
    // Playwright: flaky tests passed on retry; unexpected ones failed.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  } else if ("numPassedTests" in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A file that failed to load has no failed test, but the run did not succeed.
    if (!report.success && report.numFailedTests === 0) failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
