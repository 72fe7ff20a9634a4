// `npm test` / `npm run check`: every tier in order, carrying on after a failure so one run shows
// everything that is wrong. Counting: typecheck, lint and format are one check each; unit and e2e
// count vitest's tests (from its JSON report), the hub tier on SQLite and, where TEST_DATABASE_URL
// names a PostgreSQL cluster, on PostgreSQL too; the security scan counts as one check plus one for
// its negative control (the gate must reject a known-insecure main process); packaging counts
// each assertion of the smoke test. A tier that runs no test, or dies without reporting, counts
// as failed. The last line is exactly `N passed, N failed` (CI reads it); the exit code is
// non-zero on any failure or when nothing passed. Needs no display, no Electron binary, no network.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

function run(command, args, { capture = false } = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (capture) {
    process.stdout.write(child.stdout ?? '');
  }
  return { ok: child.status === 0, stdout: child.stdout ?? '' };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** One pass/fail check from a command's exit code. */
const singleCheck = (command, args) => () => {
  const { ok } = run(command, args);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
};

/** Every failed test (or file that failed to load), named for the closing lines of the run. */
const failedNames = [];

/** `file › title: first line of the message` for each failure in a vitest JSON report. */
function failedTestNames(json, script) {
  const names = [];
  for (const file of json?.testResults ?? []) {
    const path = String(file.name ?? '').replace(root, '');
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) {
      const reason = String(test.failureMessages?.[0] ?? '')
        .split('\n')[0]
        .slice(0, 200);
      names.push(`${script}: ${path} › ${test.fullName ?? test.title}: ${reason}`);
    }
    if (failedTests.length === 0 && file.status === 'failed') {
      const reason = String(file.message ?? '')
        .split('\n')[0]
        .slice(0, 200);
      names.push(`${script}: ${path} (the file failed): ${reason}`);
    }
  }
  return names;
}

/** Counts from vitest's JSON reporter; a non-zero exit with no failed test is still a failure. */
const vitestTier = (script, reportName) => () => {
  const report = join(tmp, reportName);
  rmSync(report, { force: true });
  const { ok } = run('npm', [
    'run',
    script,
    '--',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  const json = readJson(report);
  failedNames.push(...failedTestNames(json, script));
  const passed = json?.numPassedTests ?? 0;
  let failed = json?.numFailedTests ?? 0;
  // Files that failed to load report no failed test, only a failed suite.
  if (failed === 0 && (json?.numFailedTestSuites ?? 0) > 0) {
    failed = json.numFailedTestSuites;
  }
  if (!ok && failed === 0) {
    failed = 1;
    failedNames.push(
      `${script}: vitest failed with no failed test (an unhandled error? see "Unhandled Errors" above)`,
    );
  }
  return { passed, failed };
};

function securityTier() {
  const scan = run('node', ['tests/security/run-electronegativity.mjs']);
  // Negative control: the gate must fail, with findings, on a deliberately insecure main process.
  const control = run(
    'node',
    ['tests/security/run-electronegativity.mjs', 'tests/security/fixtures/insecure-main'],
    { capture: true },
  );
  const failing = Number(/(\d+) failing/.exec(control.stdout)?.[1] ?? 0);
  const controlOk = !control.ok && failing > 0;
  console.log(
    controlOk
      ? `negative control: the gate rejected the insecure fixture (${failing} failing findings)`
      : 'negative control FAILED: the gate did not reject the insecure fixture',
  );
  return {
    passed: (scan.ok ? 1 : 0) + (controlOk ? 1 : 0),
    failed: (scan.ok ? 0 : 1) + (controlOk ? 0 : 1),
  };
}

function packagingTier() {
  const report = join(tmp, 'packaging-result.json');
  rmSync(report, { force: true });
  const { ok } = run('node', ['tests/packaging/run-packaging-smoke.mjs']);
  const json = existsSync(report) ? readJson(report) : null;
  const passed = json?.passed ?? 0;
  const failed = json?.failed ?? 0;
  return { passed, failed: !ok && failed === 0 ? 1 : failed };
}

const tiers = [
  ['typecheck', singleCheck('npm', ['run', 'typecheck'])],
  ['lint', singleCheck('npm', ['run', 'lint'])],
  ['format', singleCheck('npm', ['run', 'format:check'])],
  ['unit', vitestTier('test:unit', 'unit.json')],
  ['hub', vitestTier('test:hub', 'hub.json')],
  ['sync', vitestTier('test:sync', 'sync.json')],
  ['e2e', vitestTier('test:e2e', 'e2e.json')],
  ['security', securityTier],
  ['packaging', packagingTier],
];

const rows = [];
for (const [name, runTier] of tiers) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  let counts;
  try {
    counts = runTier();
  } catch (error) {
    console.error(`${name}: ${error.stack ?? error}`);
    counts = { passed: 0, failed: 1 };
  }
  // A tier that ran nothing proves nothing.
  if (counts.passed + counts.failed === 0) {
    console.error(`${name}: ran zero tests; counted as one failure.`);
    counts = { passed: 0, failed: 1 };
  }
  rows.push({ name, ...counts, seconds: (Date.now() - started) / 1000 });
}

const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log('\ntier        passed  failed    time  result');
for (const row of rows) {
  console.log(
    `${row.name.padEnd(10)}  ${String(row.passed).padStart(6)}  ${String(row.failed).padStart(6)}` +
      `  ${`${row.seconds.toFixed(0)}s`.padStart(6)}  ${row.failed === 0 ? 'ok' : 'FAILED'}`,
  );
}
if (failedNames.length > 0) {
  // Repeated here because CI keeps only the tail of the output.
  console.log('\nfailed:');
  for (const name of failedNames) {
    console.log(`  ${name}`);
  }
}
if (!process.env.TEST_DATABASE_URL) {
  // The hub tier ran its SQLite half only; say so rather than let the count look complete.
  console.log(
    'hub: the PostgreSQL half was skipped (TEST_DATABASE_URL is not set; ' +
      '.ci/start-postgres.sh starts a throwaway cluster and prints the URL).',
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
