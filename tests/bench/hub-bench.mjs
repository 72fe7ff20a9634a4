/**
 * The hub's part of `npm run bench` (DESIGN.md "Performance budgets": push 10k events ≤ 5 s,
 * pull 100k records ≤ 20 s on loopback, both engines). Runs hub-bench.ts under tsx in a process
 * of its own (it starts the hub in another, see there for what is measured), turns its figures
 * into rows beside their baselines and budgets, and prints them.
 *
 * LOUPE_BENCH_HUB=skip leaves it out, =only runs it alone (no renderer build, no Chromium) and
 * replaces only the hub's rows in bench-results.json. By default it runs after the browser
 * measurements, except when LOUPE_BENCH_IMPORT is `only` or `profile`. PostgreSQL is measured
 * on the cluster BENCH_DATABASE_URL or TEST_DATABASE_URL names (a database is created and
 * dropped); without either, its rows are skipped and the bench says so.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './bench-report.mjs';

export const HUB_BUDGETS = { pushMs: 5_000, pullMs: 20_000 };

const ENGINE_LABELS = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** `run`, `skip` or `only` (LOUPE_BENCH_HUB); `importMode` is LOUPE_BENCH_IMPORT's. */
export function hubMode(importMode) {
  const mode =
    process.env.LOUPE_BENCH_HUB ?? (['only', 'profile'].includes(importMode) ? 'skip' : 'run');
  if (!['run', 'skip', 'only'].includes(mode)) {
    throw new Error(`LOUPE_BENCH_HUB must be run, skip or only, not "${mode}"`);
  }
  return mode;
}

async function measure(root, log) {
  const folder = await mkdtemp(join(tmpdir(), 'loupe-hub-bench-results-'));
  const out = join(folder, 'hub.json');
  try {
    log('hub: measuring (a hub process per engine, a scripted client over loopback HTTP)');
    const code = await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(root, 'tests/bench/hub-bench.ts'), out],
        { cwd: root, stdio: 'inherit' },
      );
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0 || !existsSync(out)) {
      throw new Error(`the hub bench failed (exit ${code})`);
    }
    return JSON.parse(await readFile(out, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const thousands = (n) => `${Math.round(n / 1000)}k`;

function engineRows(m) {
  const on = `hub (${ENGINE_LABELS[m.engine]})`;
  const { solo, together } = m.concurrency;
  return [
    {
      metric: `${on}: push ${thousands(m.push.events)} decision events, ${m.push.batch} per request, 1 client`,
      value: m.push.ms,
      unit: 'ms',
      budget: HUB_BUDGETS.pushMs,
      baseline: m.push.baselineMs,
    },
    {
      metric: `${on}: pull ${thousands(m.pull.records)} records, ${m.pull.page} per page, from cursor 0`,
      value: m.pull.ms,
      unit: 'ms',
      budget: HUB_BUDGETS.pullMs,
      baseline: m.pull.baselineMs,
    },
    {
      metric: `${on}: peak RSS of the hub process during the ${thousands(m.pull.records)} pull`,
      value: m.pull.peakMb,
      unit: 'MiB',
      budget: null,
      baseline: m.pull.rssBeforeMb,
    },
    {
      metric: `${on}: pushes per second, 1 event each, ${together.clients} clients at once`,
      value: together.perSecond,
      unit: 'pushes/s',
      budget: null,
      baseline: solo.perSecond,
    },
    {
      metric: `${on}: push latency p95, 1 event each, ${together.clients} clients at once`,
      value: together.p95Ms,
      unit: 'ms',
      budget: null,
      baseline: solo.p95Ms,
    },
    {
      metric: `${on}: publish ${thousands(m.publish.drafts)} drafts (~1 KB), 500 per request (context)`,
      value: m.publish.ms,
      unit: 'ms',
      budget: null,
      baseline: null,
    },
  ];
}

/** Measures the hub on each engine, prints its table and returns its rows. */
export async function runHubBench({ root, log }) {
  const started = Date.now();
  const measured = await measure(root, log);
  log(`hub measured in ${Math.round((Date.now() - started) / 1000)} s`);
  const engines = Object.values(measured.engines);
  const rows = engines.flatMap(engineRows);
  printTable(rows);
  console.log(
    'Hub baselines, same engine, same run: the push vs the rows the hub stored, inserted with ' +
      "the engine's plain driver into a fresh database's hub_log in one transaction of " +
      'multi-row INSERTs; the pull vs one plain SELECT of the same rows; memory vs the RSS ' +
      'before the pull; 8 clients vs 1. Load average before/after: ' +
      engines
        .map((m) => `${m.engine} ${m.loadBefore.join(', ')} / ${m.loadAfter.join(', ')}`)
        .join('; ') +
      '.',
  );
  if (measured.postgresSkipped !== null) {
    console.log(`PostgreSQL rows skipped: ${measured.postgresSkipped}.`);
  }
  return rows;
}

const isHubRow = (row) => typeof row?.metric === 'string' && row.metric.startsWith('hub (');

/** Writes `rows` into `file` in place of the hub's earlier rows, keeping everyone else's. */
export async function mergeHubRows(file, rows) {
  let kept = [];
  if (existsSync(file)) {
    try {
      const earlier = JSON.parse(await readFile(file, 'utf8'));
      kept = Array.isArray(earlier) ? earlier.filter((row) => !isHubRow(row)) : [];
    } catch {
      console.warn(`[bench] ${file} is not JSON; writing the hub's rows alone`);
    }
  }
  await writeFile(file, `${JSON.stringify([...kept, ...rows], null, 2)}\n`);
}
