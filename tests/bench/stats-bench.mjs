/**
 * The lead statistics' part of `npm run bench` (issue 14 point 10; DESIGN.md "Performance
 * budgets": statistics over 100k decisions ≤ 500 ms, off the UI thread, no main-thread task over
 * 50 ms). Builds a small page (stats-bench.html) with Vite, as the app's pages are built, and
 * opens it in headless Chromium under the app's CSP. Its Web Worker runs the app's statistics
 * worker logic (renderer/stores/lead/statistics/statistics-worker-handler.ts) over generated team data
 * (stats-bench-data.ts: 20,000 drafts, two to five reviewers each, 100,000 decision events over
 * twelve weeks) handed to it in place of the IndexedDB read; the figure is timed inside the
 * worker, while a 'longtask' PerformanceObserver on the page records every main-thread task over
 * 50 ms (the answer's structured clone onto the page included).
 *
 * Cold: the first run in a fresh worker (the filter choices built), median of three workers, over
 * a store that holds every edit's rate (the `editRates` table, schema v10: what every opening
 * after the first reads; computed once in the worker before, untimed, and handed to the handler
 * as its `loadEditRates`). Also cold, on its own row and against the same budget: the first
 * opening after the edits arrived, with no stored rate (every edit rate computed, then stored;
 * median of three workers). Warm, in the last worker with the handler's edit-rate cache filled:
 * five filters, each set and then cleared again (every decision counted), median of each kind.
 * Also the page's side: request → answer received, and reading the answer (Chromium
 * deserialises the structured clone when `data` is first read, on the main thread). Baseline, same worker and same run: one
 * plain pass over the same drafts and events, counting them per kind (cold: its first pass in
 * each worker; warm: later passes).
 *
 * LOUPE_BENCH_STATS=skip leaves it out, =only runs it alone (no renderer build, no other rows)
 * and replaces only its rows in bench-results.json. By default it runs before the export rows,
 * except when LOUPE_BENCH_IMPORT is `only` or `profile`.
 */
/* global window -- inside page.evaluate callbacks */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { printTable, round } from './bench-report.mjs';
import { startStaticServer } from './static-server.mjs';

export const STATS_BUDGETS = { workerMs: 500, longTaskMs: 50 };

const COLD_WORKERS = 3;
/** The filter changes of the warm runs: what a lead clicks through. */
const WARM_FILTERS = [
  { modelVersions: ['2026-11-rc'] },
  { from: '2026-10-05', to: '2026-11-15' },
  { reviewers: ['reviewer-01', 'reviewer-02', 'reviewer-03'] },
  { projects: ['support-zh-tw'] },
  { guidelinesVersions: [2] },
];
const METRIC = 'lead statistics, 100k decisions on 20k drafts';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

/** `run`, `skip` or `only` (LOUPE_BENCH_STATS), given LOUPE_BENCH_IMPORT's mode. */
export function statsMode(importMode) {
  const quiet = ['only', 'profile'].includes(importMode);
  const mode = process.env.LOUPE_BENCH_STATS ?? (quiet ? 'skip' : 'run');
  if (!['run', 'skip', 'only'].includes(mode)) {
    throw new Error(`LOUPE_BENCH_STATS must be run, skip or only, not "${mode}"`);
  }
  return mode;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const longest = (samples) => Math.max(0, ...samples.flatMap((sample) => sample.longTasksMs));
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function chromiumPath() {
  const candidates = [process.env.LOUPE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) {
    throw new Error('No Chromium found; install it or set LOUPE_CHROMIUM.');
  }
  return found;
}

/** The bench page and its worker, bundled by Vite into `outDir`. */
async function buildPage(root, outDir) {
  await build({
    configFile: false,
    root: join(root, 'tests/bench'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(root, 'tests/bench/stats-bench.html') },
    },
    worker: { format: 'es' },
  });
}

/**
 * Cold runs, each in a new worker: over a stand-in store holding every edit's rate
 * (`storedRates`), or none. Checks what the handler stored afterwards: nothing when the rates
 * were there (so none was computed), every counted edit's rate once when they were not.
 */
async function coldRuns(page, log, storedRates) {
  const label = storedRates ? 'cold run, rates stored' : 'cold run, first opening';
  const samples = [];
  const baseline = [];
  for (let n = 0; n < COLD_WORKERS; n += 1) {
    const generated = await page.evaluate((s) => window.__statsBench.startWorker(s), storedRates);
    if (n === 0) {
      log(
        `stats: data generated in the worker in ${round(generated.ms)} ms: ${JSON.stringify(generated.summary)}`,
      );
    }
    if (storedRates) {
      log(
        `stats: rates stored in ${round(generated.rates.ms)} ms (${generated.rates.count} edits; untimed)`,
      );
    }
    const sample = await page.evaluate(() => window.__statsBench.run({}));
    samples.push(sample);
    const stored = await page.evaluate(() => window.__statsBench.stored());
    baseline.push(await page.evaluate(() => window.__statsBench.baseline()));
    log(
      `stats: ${label} ${n + 1}: ${round(sample.workerMs)} ms in the worker, ${round(sample.pageMs)} ms on the page (answer read in ${round(sample.readMs)} ms), long tasks [${sample.longTasksMs.map(round).join(', ')}]; then stored ${stored.rates} new rates in ${stored.saves} writes; load ${load()}`,
    );
    if (n === 0) {
      log(`stats: what came back: ${JSON.stringify(sample.summary)}`);
    }
    // A run that counted nothing would be fast and wrong: the generated data decides ~97k.
    if (!(sample.summary.decisions?.total > 90_000)) {
      throw new Error(`The statistics counted too little: ${JSON.stringify(sample.summary)}`);
    }
    // Over stored rates the run must have computed none; without, it stores each edit's once.
    const expected = storedRates ? 0 : sample.summary.edits;
    if (stored.rates !== expected || stored.saves !== (expected === 0 ? 0 : 1)) {
      throw new Error(
        `${label}: stored ${stored.rates} rates in ${stored.saves} writes, expected ${expected}`,
      );
    }
  }
  return { samples, baseline };
}

async function measure(page, log) {
  const calibration = await page.evaluate(() => window.__statsBench.calibrate());
  if (calibration.length === 0) {
    throw new Error('The long-task observer saw no task for a 120 ms busy loop.');
  }
  log(`stats: long-task observer checked (a 120 ms busy loop seen as ${round(calibration[0])} ms)`);
  const first = await coldRuns(page, log, false);
  // Last, so the warm runs below continue in a worker that read its rates from the store.
  const stored = await coldRuns(page, log, true);
  const cold = stored.samples;
  const coldBaseline = stored.baseline;
  const firstOpening = first.samples;
  const firstOpeningBaseline = first.baseline;
  // Warm: each filter change, then back to no filter (every decision again): both are changes.
  const warmFiltered = [];
  const warmAll = [];
  const warmRun = async (filters, into) => {
    const sample = await page.evaluate((f) => window.__statsBench.run(f), filters);
    into.push(sample);
    log(
      `stats: warm run ${JSON.stringify(filters)}: ${round(sample.workerMs)} ms in the worker, ${round(sample.pageMs)} ms on the page (answer read in ${round(sample.readMs)} ms), long tasks [${sample.longTasksMs.map(round).join(', ')}]`,
    );
  };
  for (const filters of WARM_FILTERS) {
    await warmRun(filters, warmFiltered);
    await warmRun({}, warmAll);
  }
  const warmBaseline = [];
  for (let n = 0; n < WARM_FILTERS.length; n += 1) {
    warmBaseline.push(await page.evaluate(() => window.__statsBench.baseline()));
  }
  return {
    cold,
    coldBaseline,
    firstOpening,
    firstOpeningBaseline,
    warmFiltered,
    warmAll,
    warmBaseline,
  };
}

function rows(m) {
  const worker = (samples) => round(median(samples.map((sample) => sample.workerMs)));
  const onPage = (samples) => round(median(samples.map((sample) => sample.pageMs)));
  return [
    {
      metric: `${METRIC}: in the worker, cold (a new worker; every edit rate read from the store, as at every opening after the first; median of ${COLD_WORKERS} workers)`,
      value: worker(m.cold),
      unit: 'ms',
      budget: STATS_BUDGETS.workerMs,
      baseline: worker(m.coldBaseline),
    },
    {
      metric: `${METRIC}: in the worker, cold, first opening after the edits arrived (every edit rate computed, then stored; median of ${COLD_WORKERS} workers)`,
      value: worker(m.firstOpening),
      unit: 'ms',
      budget: STATS_BUDGETS.workerMs,
      baseline: worker(m.firstOpeningBaseline),
    },
    {
      metric: `${METRIC}: in the worker, warm, filters cleared (every decision; edit rates cached; median of ${WARM_FILTERS.length})`,
      value: worker(m.warmAll),
      unit: 'ms',
      budget: STATS_BUDGETS.workerMs,
      baseline: worker(m.warmBaseline),
    },
    {
      metric: `${METRIC}: in the worker, warm, one filter set (edit rates cached; median of ${WARM_FILTERS.length} filters)`,
      value: worker(m.warmFiltered),
      unit: 'ms',
      budget: STATS_BUDGETS.workerMs,
      baseline: worker(m.warmBaseline),
    },
    {
      metric: `${METRIC}: request → answer on the page, warm, filters cleared (median)`,
      value: onPage(m.warmAll),
      unit: 'ms',
      budget: null,
      baseline: onPage(m.warmBaseline),
    },
    {
      metric: `${METRIC}: reading the answer on the page (structured clone), filters cleared (median)`,
      value: round(median(m.warmAll.map((sample) => sample.readMs))),
      unit: 'ms',
      budget: null,
      baseline: round(median(m.warmBaseline.map((sample) => sample.readMs))),
    },
    {
      metric: `${METRIC}: longest main-thread task while they run (cold and warm)`,
      value: round(longest([...m.firstOpening, ...m.cold, ...m.warmFiltered, ...m.warmAll])),
      unit: 'ms',
      budget: STATS_BUDGETS.longTaskMs,
      baseline: round(longest([...m.firstOpeningBaseline, ...m.coldBaseline, ...m.warmBaseline])),
    },
  ];
}

/** Measures and prints the statistics rows; returns them. */
export async function runStatsBench({ root, log }) {
  const outDir = await mkdtemp(join(tmpdir(), 'loupe-stats-bench-'));
  let server;
  let browser;
  try {
    log('stats: building the bench page with Vite');
    await buildPage(root, outDir);
    server = await startStaticServer(outDir);
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`[bench] stats page error: ${error.message}`));
    page.setDefaultTimeout(120_000);
    await page.goto(`${server.origin}/stats-bench.html`);
    await page.waitForFunction(() => window.__statsBench !== undefined);
    log(`stats: measuring in headless Chromium; load average ${load()}`);
    const measured = await measure(page, log);
    const result = rows(measured);
    printTable(result);
    console.log(
      `Statistics: the app's statistics worker handler over generated data and stored edit ` +
        `rates (no IndexedDB read), ` +
        `timed in the worker. Baseline: one plain pass over the same drafts and events in the ` +
        `same worker. Load average after: ${load()} (2 cores, shared).`,
    );
    return result;
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

const isStatsRow = (row) => typeof row?.metric === 'string' && row.metric.startsWith(METRIC);

/** Replaces the statistics rows of `file` (bench-results.json) with `rows`, keeping the rest. */
export async function mergeStatsRows(file, rows_) {
  let kept = [];
  if (existsSync(file)) {
    try {
      const earlier = JSON.parse(await readFile(file, 'utf8'));
      kept = Array.isArray(earlier) ? earlier.filter((row) => !isStatsRow(row)) : [];
    } catch {
      console.warn(`[bench] ${file} is not JSON; writing the statistics rows alone`);
    }
  }
  await writeFile(file, `${JSON.stringify([...kept, ...rows_], null, 2)}\n`);
}
