/**
 * LOUPE_BENCH_IMPORT=profile: a diagnostic import run, not part of the table. Builds the
 * renderer again unminified with source maps (into a temporary folder; the measured run uses the
 * normal build), then imports through the UI in a fresh profile with a Chromium trace of each
 * pass (V8's CPU profiler on every thread, the import worker's included; for the writing pass
 * also IndexedDB's trace events), summarised by import-trace-summary.mjs. The trace files are
 * kept for DevTools' Performance panel.
 * Tracing slows the import down; its times are for proportions, not for the budget. Runs on
 * PROFILE_ROWS rows unless told otherwise: a trace of every IndexedDB request of 100,000 rows is
 * larger than a string Node can parse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importThroughUi, inFreshProfile } from './import-bench.mjs';
import { writeImportFile } from './import-file.mjs';
import { printTraceSummary, summariseTrace } from './import-trace-summary.mjs';
import { startStaticServer } from './static-server.mjs';

const CPU_PROFILER = 'disabled-by-default-v8.cpu_profiler';
export const PROFILE_ROWS = 20_000;

const perSecond = (rows, ms) => `${Math.round((rows * 1000) / ms).toLocaleString('en-US')} rows/s`;

export async function profileImport({ root, launch, log, rows }) {
  const dir = await mkdtemp(join(tmpdir(), 'loupe-bench-import-trace-'));
  let server;
  try {
    log(`profile: building an unminified renderer with source maps in ${dir}`);
    const outDir = join(dir, 'renderer');
    const build = spawnSync(
      'npx',
      [
        'vite',
        'build',
        '--config',
        'vite.renderer.config.ts',
        '--minify',
        'false',
        '--sourcemap',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit' },
    );
    if (build.status !== 0) {
      throw new Error('the unminified renderer build failed');
    }
    server = await startStaticServer(outDir);
    const traced = { ...launch, baseURL: server.origin };
    const file = join(dir, `drafts-${rows}.jsonl`);
    await writeImportFile(file, rows);

    const app = await inFreshProfile(traced, (page, context) => {
      const browser = context.browser();
      return importThroughUi(page, browser, {
        file,
        rows,
        log,
        around: {
          beforeCheck: () => browser.startTracing(page, { categories: [CPU_PROFILER] }),
          afterCheck: () => browser.stopTracing(),
          beforeWrite: () =>
            browser.startTracing(page, { categories: [CPU_PROFILER, 'IndexedDB', 'leveldb'] }),
          afterWrite: () => browser.stopTracing(),
        },
      });
    });
    for (const pass of ['check', 'write']) {
      const ms = app[pass].ms;
      const tracePath = join(tmpdir(), `loupe-import-trace-${pass}-${Date.now()}.json`);
      await writeFile(tracePath, app.traced[pass]);
      log(`profile: ${pass} pass, traced: ${perSecond(rows, ms)}; trace in ${tracePath}`);
      const summary = await summariseTrace(app.traced[pass], join(outDir, 'assets'), root);
      printTraceSummary(summary, (line) => log(`${pass}: ${line}`));
    }
  } finally {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
