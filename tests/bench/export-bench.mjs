/**
 * The export's part of `npm run bench` (DESIGN.md "Performance budgets": export 100k labelled
 * records, JSON Lines ≤ 5 s, Parquet ≤ 10 s, memory flat). Runs export-bench.ts under tsx in a
 * process of its own, so the resident size it reads is the export's, and turns its figures into
 * rows beside the baseline measured in the same process: the same drafts and events written as
 * one plain `JSON.stringify` line each.
 *
 * LOUPE_BENCH_EXPORT=skip leaves it out, =only runs it alone (no renderer build, no Chromium) and
 * replaces only its rows in bench-results.json. LOUPE_BENCH_EXPORT_RECORDS changes the size.
 *
 * Then the same from the hub API (export-hub-bench.ts): the hub as its own process on SQLite (and
 * PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set), `GET /v1/exports/loupe` and
 * `/parquet` downloaded to the end, beside a `/v1/sync/pull` of the same drafts and decisions
 * from the same hub. LOUPE_BENCH_EXPORT_HUB=skip leaves only that part out.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable, round } from './bench-report.mjs';

export const EXPORT_BUDGETS = { loupeMs: 5_000, parquetMs: 10_000 };

/** `run` or `skip` (LOUPE_BENCH_EXPORT_HUB): the hub API's part of the export bench. */
export function exportHubMode() {
  const mode = process.env.LOUPE_BENCH_EXPORT_HUB ?? 'run';
  if (!['run', 'skip'].includes(mode)) {
    throw new Error(`LOUPE_BENCH_EXPORT_HUB must be run or skip, not "${mode}"`);
  }
  return mode;
}

/** `run`, `skip` or `only` (LOUPE_BENCH_EXPORT). */
export function exportMode() {
  const mode = process.env.LOUPE_BENCH_EXPORT ?? 'run';
  if (!['run', 'skip', 'only'].includes(mode)) {
    throw new Error(`LOUPE_BENCH_EXPORT must be run, skip or only, not "${mode}"`);
  }
  return mode;
}

async function measure(root, script = 'export-bench.ts') {
  const folder = await mkdtemp(join(tmpdir(), 'loupe-export-bench-results-'));
  const out = join(folder, 'export.json');
  try {
    const code = await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', join(root, 'tests/bench', script), out],
        { cwd: root, stdio: 'inherit' },
      );
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0 || !existsSync(out)) {
      throw new Error(`${script} failed (exit ${code})`);
    }
    return JSON.parse(await readFile(out, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const thousands = (n) => `${Math.round(n / 1000)}k`;

const ENGINE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
const growth = (figures) =>
  figures.peakMb === null || figures.rssBeforeMb === null
    ? null
    : round(figures.peakMb - figures.rssBeforeMb);

/** The hub API's rows, per engine, beside a pull of the same records from the same hub. */
async function runExportHubBench({ root, log }) {
  log('export: measuring the hub API (the hub as its own process, GET /v1/exports/:format)');
  const m = await measure(root, 'export-hub-bench.ts');
  const records = thousands(m.records);
  const rows = [];
  for (const [engine, e] of Object.entries(m.engines)) {
    const from = `from the hub API (${ENGINE_NAMES[engine] ?? engine})`;
    rows.push(
      {
        metric: `export ${records} labelled records ${from} as loupe JSON Lines`,
        value: round(e.loupe.ms),
        unit: 'ms',
        budget: EXPORT_BUDGETS.loupeMs,
        baseline: round(e.pull.ms),
      },
      {
        metric: `export ${records} labelled records ${from} as Parquet`,
        value: round(e.parquet.ms),
        unit: 'ms',
        budget: EXPORT_BUDGETS.parquetMs,
        baseline: round(e.pull.ms),
      },
      {
        metric: `export ${records} ${from} as loupe JSON Lines: hub peak resident size growth`,
        value: growth(e.loupe),
        unit: 'MiB',
        budget: null,
        baseline: growth(e.pull),
      },
      {
        metric: `export ${records} ${from} as Parquet: hub peak resident size growth`,
        value: growth(e.parquet),
        unit: 'MiB',
        budget: null,
        baseline: growth(e.pull),
      },
    );
  }
  printTable(rows);
  for (const [engine, e] of Object.entries(m.engines)) {
    console.log(
      `Export from the hub API (${ENGINE_NAMES[engine] ?? engine}), same hub process, same run: ` +
        `${e.drafts} drafts and one decision each (60% approved, 30% edited, 10% escalated, ` +
        `left out), ${e.gold} records in each file (loupe ${e.loupe.bytes} B, Parquet ` +
        `${e.parquet.bytes} B). Baseline: GET /v1/sync/pull of the same ${e.pull.records} log ` +
        `records, ${e.pull.pages} pages (${e.pull.bytes} B). Floor: one raw SELECT of the drafts ` +
        `and their decisions, ${e.rawSelect.ms} ms. Load average ${e.loadBefore.join(' ')} ` +
        `before, ${e.loadAfter.join(' ')} after.`,
    );
  }
  if (m.postgresSkipped) {
    console.log(`Export from the hub API on PostgreSQL skipped: ${m.postgresSkipped}.`);
  }
  return rows;
}

/** Measures the export, prints its table and returns its rows. */
export async function runExportBench({ root, log }) {
  log('export: measuring (a Node process: the shared writers, from drafts and events to a file)');
  const m = await measure(root);
  const records = thousands(m.records);
  const rows = [
    {
      metric: `export ${records} labelled records as loupe JSON Lines, to disk`,
      value: round(m.loupe.ms),
      unit: 'ms',
      budget: EXPORT_BUDGETS.loupeMs,
      baseline: round(m.plain.ms),
    },
    {
      metric: `export ${records} labelled records as Parquet, to disk`,
      value: round(m.parquet.ms),
      unit: 'ms',
      budget: EXPORT_BUDGETS.parquetMs,
      baseline: round(m.plain.ms),
    },
    {
      metric: `export ${records} as loupe JSON Lines: peak resident size growth`,
      value: round(m.loupe.peakGrowthMb),
      unit: 'MiB',
      budget: null,
      baseline: round(m.plain.peakGrowthMb),
    },
    {
      metric: `export ${records} as Parquet: peak resident size growth`,
      value: round(m.parquet.peakGrowthMb),
      unit: 'MiB',
      budget: null,
      baseline: round(m.plain.peakGrowthMb),
    },
  ];
  printTable(rows);
  console.log(
    'Export baseline, same process, same run: the same drafts and events (generated one at a ' +
      'time, 60% approved, 30% edited, 10% escalated) written as one JSON.stringify line each. ' +
      `Files: plain ${m.plain.value.bytes} B, loupe ${m.loupe.value.bytes} B, Parquet ` +
      `${m.parquet.value.bytes} B.`,
  );
  if (exportHubMode() === 'run') {
    rows.push(...(await runExportHubBench({ root, log })));
  }
  return rows;
}

const isExportRow = (row) => typeof row?.metric === 'string' && row.metric.startsWith('export ');

/** Writes `rows` into `file` in place of the export's earlier rows, keeping everyone else's. */
export async function mergeExportRows(file, rows) {
  let kept = [];
  if (existsSync(file)) {
    try {
      const earlier = JSON.parse(await readFile(file, 'utf8'));
      kept = Array.isArray(earlier) ? earlier.filter((row) => !isExportRow(row)) : [];
    } catch {
      console.warn(`[bench] ${file} is not JSON; writing the export's rows alone`);
    }
  }
  await writeFile(file, `${JSON.stringify([...kept, ...rows], null, 2)}\n`);
}
