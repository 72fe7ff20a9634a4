/**
 * The sync client's part of `npm run bench` (issue 11, point 8; DESIGN.md "Performance budgets":
 * push 10k ≤ 5 s and pull 100k ≤ 20 s, a decision on another machine's open queue p95 ≤ 1 s,
 * and the decision p95 while a pull runs). Runs sync-bench.ts under tsx in a process of its own
 * (it starts the hubs, the page server and Chromium; see there for what is measured), turns its
 * figures into rows beside their baselines and budgets, and prints them.
 *
 * LOUPE_BENCH_SYNC=skip leaves it out, =only runs it alone (the renderer build, no review, import
 * or hub rows) and replaces only its rows in bench-results.json. By default it runs last, except
 * when LOUPE_BENCH_IMPORT is `only` or `profile` or LOUPE_BENCH_HUB is `only`.
 * LOUPE_BENCH_SYNC_PARTS=push,pull,review,live picks parts; LOUPE_BENCH_SYNC_PROFILE=DIR writes
 * CPU profiles of the push and the pull; LOUPE_BENCH_SYNC_DIST serves another renderer build.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './bench-report.mjs';

/** DESIGN.md "Performance budgets". */
export const SYNC_BUDGETS = { pushMs: 5_000, pullMs: 20_000, liveMs: 1_000, decisionMs: 33 };

/** `run`, `skip` or `only` (LOUPE_BENCH_SYNC), given LOUPE_BENCH_IMPORT's and _HUB's modes. */
export function syncMode(importMode, hubMode) {
  const quiet = ['only', 'profile'].includes(importMode) || hubMode === 'only';
  const mode = process.env.LOUPE_BENCH_SYNC ?? (quiet ? 'skip' : 'run');
  if (!['run', 'skip', 'only'].includes(mode)) {
    throw new Error(`LOUPE_BENCH_SYNC must be run, skip or only, not "${mode}"`);
  }
  return mode;
}

async function measure(root, distDir, log) {
  const folder = await mkdtemp(join(tmpdir(), 'loupe-sync-bench-results-'));
  const out = join(folder, 'sync.json');
  try {
    log('sync: measuring (the built app in Chromium against hub processes on SQLite)');
    const code = await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(root, 'tests/bench/sync-bench.ts'), distDir, out],
        { cwd: root, stdio: 'inherit' },
      );
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0 || !existsSync(out)) {
      throw new Error(`the sync bench failed (exit ${code})`);
    }
    return JSON.parse(await readFile(out, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const ON = 'sync (Chromium, SQLite hub)';

function pushRows({ node, app }) {
  return [
    {
      metric: `${ON}: push ${node.events / 1000}k decisions through the app, engine start → all acked`,
      value: app.fromEngineStartMs,
      unit: 'ms',
      budget: SYNC_BUDGETS.pushMs,
      baseline: node.ms,
    },
  ];
}

function pullRows({ node, app }) {
  const records = `${node.records / 1000}k`;
  return [
    {
      metric: `${ON}: pull ${records} records into an empty profile, engine start → cursor at high`,
      value: app.fromEngineStartMs,
      unit: 'ms',
      budget: SYNC_BUDGETS.pullMs,
      baseline: node.ms,
    },
    {
      metric: `${ON}: pull ${records} records, records applied per second`,
      value: app.rowsPerSecond,
      unit: 'records/s',
      budget: null,
      baseline: Math.round((node.records * 1000) / node.ms),
    },
    {
      metric: `${ON}: pull ${records} records, peak RSS of the page's renderer`,
      value: app.memory.renderer.peakMb,
      unit: 'MiB',
      budget: null,
      baseline: app.memory.renderer.atStartMb,
    },
  ];
}

function liveRows(live) {
  return [95, 50].map((p) => ({
    metric: `${ON}: A's decision → B's open queue shows it, two profiles, p${p}`,
    value: live[`p${p}`],
    unit: 'ms',
    budget: p === 95 ? SYNC_BUDGETS.liveMs : null,
    baseline: live.hubOnly[`p${p}`],
  }));
}

function reviewRows(review) {
  return [95, 50].map((p) => ({
    metric: `${ON}: decision key → next item painted while a 100k pull runs, p${p}`,
    value: review.duringPull[`p${p}`],
    unit: 'ms',
    budget: p === 95 ? SYNC_BUDGETS.decisionMs : null,
    baseline: review.off[`p${p}`],
  }));
}

/** Measures, prints the sync table and returns its rows. */
export async function runSyncBench({ root, distDir, log }) {
  const started = Date.now();
  const m = await measure(root, process.env.LOUPE_BENCH_SYNC_DIST ?? distDir, log);
  log(`sync measured in ${Math.round((Date.now() - started) / 1000)} s`);
  const rows = [
    ...(m.push === undefined ? [] : pushRows(m.push)),
    ...(m.pull === undefined ? [] : pullRows(m.pull)),
    ...(m.live === undefined ? [] : liveRows(m.live)),
    ...(m.review === undefined ? [] : reviewRows(m.review)),
  ];
  printTable(rows);
  console.log(
    'Sync baselines, same run: the push and the pull vs the same events and the same log ' +
      "through the hub bench's Node client (hub only); A → B vs the two hub requests on the " +
      "way (A's push, B's pull) alone; the decision during a pull vs the same page before it " +
      'was connected; memory vs the RSS before the pull. Load average before/after: ' +
      `${m.loadBefore.join(', ')} / ${m.loadAfter.join(', ')}.`,
  );
  return rows;
}

const isSyncRow = (row) => typeof row?.metric === 'string' && row.metric.startsWith('sync (');

/** Writes `rows` into `file` in place of the sync bench's earlier rows, keeping everyone else's. */
export async function mergeSyncRows(file, rows) {
  let kept = [];
  if (existsSync(file)) {
    try {
      const earlier = JSON.parse(await readFile(file, 'utf8'));
      kept = Array.isArray(earlier) ? earlier.filter((row) => !isSyncRow(row)) : [];
    } catch {
      console.warn(`[bench] ${file} is not JSON; writing the sync rows alone`);
    }
  }
  await writeFile(file, `${JSON.stringify([...kept, ...rows], null, 2)}\n`);
}
