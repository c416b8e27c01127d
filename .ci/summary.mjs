// Reads vitest's JSON report and prints the closing line CI reads:
// "N passed, N failed, N skipped". Exits non-zero when anything failed,
// when the runner failed without a report, or when no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

const [file, runnerStatus, evalStatus = '0'] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error('ci: vitest wrote no JSON report; see its output above');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that fails to load counts as a failure even though none of its tests ran.
const failedSuites = (report.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults?.length === 0).length;
// The ATTN case-suite evaluation counts as one more check.
const failed = (report.numFailedTests ?? 0) + failedSuites + (Number(evalStatus) === 0 ? 0 : 1);
if (Number(evalStatus) !== 0) console.error('ci: the ATTN case suite is below 100% agreement (npm run eval -- tests/attn/cases)');
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) console.error('ci: no test ran; a run that executes no test fails');
process.exit(failed > 0 || passed === 0 || Number(runnerStatus) !== 0 ? 1 : 0);
