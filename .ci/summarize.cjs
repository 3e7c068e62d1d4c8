// Prints "N passed, N failed" from vitest's JSON report and exits non-zero on any failure,
// including a run that crashed before it could write the report.
const fs = require('node:fs');
const [report, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numFailedTestSuites > 0 && results.numFailedTests === 0 ? results.numFailedTestSuites : 0);
} catch {
  failed = 1;
}
if (Number(status) !== 0 && failed === 0) failed = 1;
if (passed === 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
