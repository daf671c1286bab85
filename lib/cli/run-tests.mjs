// `npm test`: the type check and lint, every jest suite, then every browser test, whatever the first one did; then one
// closing line "N passed, N failed" summed over both, and a non-zero exit if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve('test-results', 'summary');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, TZ: 'UTC', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

function run(label, command, args, extraEnv = {}) {
  console.log(`\n=== ${label} ===`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

// Type errors and lint errors count as failures, one each, like a failing test.
for (const [label, script] of [['type check', 'typecheck'], ['lint', 'lint']]) {
  if (run(label, 'npm', ['run', '-s', script]) === 0) counts.passed += 1;
  else problems.push(`${label} failed`);
}

const jestJson = path.join(out, 'jest.json');
const jestStatus = run('unit and integration tests (jest)', 'npx', ['jest', '--json', `--outputFile=${jestJson}`]);
const jest = readJson(jestJson);
if (jest) {
  counts.passed += jest.numPassedTests;
  counts.failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0);
  counts.skipped += jest.numPendingTests + (jest.numTodoTests ?? 0);
} else if (jestStatus !== 0) problems.push('jest did not run');

const chromiumStatus = run('browser check', 'node', ['lib/cli/ensure-chromium.mjs']);
if (chromiumStatus !== 0) {
  problems.push('no Chromium for the browser tests');
} else {
  const pwJson = path.join(out, 'playwright.json');
  const pwStatus = run('browser tests (playwright + chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  const pw = readJson(pwJson);
  if (pw?.stats) {
    counts.passed += pw.stats.expected + (pw.stats.flaky ?? 0);
    counts.failed += pw.stats.unexpected;
    counts.skipped += pw.stats.skipped;
    if (pw.errors?.length) problems.push(`playwright: ${pw.errors.length} error(s) outside tests`);
  } else if (pwStatus !== 0) problems.push('playwright did not run');
}

for (const problem of problems) console.log(`! ${problem}`);
console.log(`\n${counts.passed} passed, ${counts.failed + problems.length} failed, ${counts.skipped} skipped`);
process.exit(counts.failed + problems.length > 0 ? 1 : 0);
