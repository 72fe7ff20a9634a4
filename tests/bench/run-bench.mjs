/**
 * `npm run bench`: builds the renderer, serves it on 127.0.0.1 and measures, in headless Chromium,
 * the review loop and the import (import-bench.mjs) against the budgets in DESIGN.md
 * ("Performance budgets"), each beside a baseline measured in the same run. Prints a table and
 * writes bench-results.json (repo root). Exits 0 when a budget is missed (the figure is the
 * report); non-zero when a measurement failed.
 *
 * LOUPE_BENCH_IMPORT=skip leaves the import out (it takes minutes), =only runs it alone,
 * =profile runs only a traced import for diagnosis (import-profile.mjs: no table, no results
 * file). LOUPE_BENCH_IMPORT_ROWS changes the import's size (default 100,000; 20,000 to profile).
 * The hub's push and pull follow (hub-bench.mjs); LOUPE_BENCH_HUB=skip leaves them out, =only
 * runs them alone and replaces only their rows in bench-results.json. Then the sync client's
 * push, pull and live rows (sync-bench.mjs), with LOUPE_BENCH_SYNC=skip|only likewise. Long drafts
 * (long-draft-bench.mjs: 1 MB drafts opened and edited) follow the review loop, with
 * LOUPE_BENCH_LONG=skip|only likewise. The queue
 * search's rows (search-bench.mjs) follow the review loop, with LOUPE_BENCH_SEARCH=skip|only.
 * The lead statistics' rows (stats-bench.mjs, its own page and worker) come before the export's,
 * with LOUPE_BENCH_STATS=skip|only.
 * The export's rows (export-bench.mjs, a Node process) come last, LOUPE_BENCH_EXPORT=skip|only.
 */
/* global window, document, HTMLElement, requestAnimationFrame -- inside page.evaluate callbacks */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { printTable, report, round } from './bench-report.mjs';
import { exportMode, mergeExportRows, runExportBench } from './export-bench.mjs';
import { hubMode, mergeHubRows, runHubBench } from './hub-bench.mjs';
import { IMPORT_ROWS, measureImport } from './import-bench.mjs';
import { PROFILE_ROWS, profileImport } from './import-profile.mjs';
import { longDraftMode, measureLongDrafts, mergeLongDraftRows } from './long-draft-bench.mjs';
import { installProbes, seedDrafts, watchFirstRows } from './page-probes.mjs';
import { mergeSearchRows, runSearchBench, searchMode } from './search-bench.mjs';
import { countSearchSegments } from './search-bench-page.mjs';
import { startStaticServer } from './static-server.mjs';
import { mergeStatsRows, runStatsBench, statsMode } from './stats-bench.mjs';
import { mergeSyncRows, runSyncBench, syncMode } from './sync-bench.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT_ID = 'loupe-demo';
const STORED_DRAFTS = 100_000;
const DECISIONS = 60;
const KEYSTROKES = 100;
const EDITOR_DRAFT_ID = 'bench-editor-20kb';
const WAIT_MS = 20_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromiumPath() {
  const candidates = [process.env.LOUPE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) {
    throw new Error('No Chromium found; install it or set LOUPE_CHROMIUM.');
  }
  return found;
}

/** ~20 KB (UTF-8) of mixed Traditional Chinese / English markdown. */
function editorDraftText() {
  const block =
    '## 退款說明 Refund details\n\n' +
    '親愛的客戶您好，感謝您的來信。We have checked order **A-1024** and the refund of ' +
    'NT$1,280 will go back to the original card within five business days.\n\n' +
    '- 訂單編號：A-1024\n- 退款金額：NT$1,280\n- Expected date: `2026-12-03`\n\n' +
    '> 若有任何問題，請直接回覆此郵件。If anything is unclear, reply to this e-mail.\n\n';
  let text = '';
  while (new TextEncoder().encode(text).length < 20 * 1024) {
    text += block;
  }
  return text;
}

async function timed(page, arm, act) {
  await arm();
  await act();
  return page.evaluate(() => window.__bench.result);
}

async function blurFields(page) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) {
      document.activeElement.blur();
    }
  });
}

async function currentHeading(page) {
  return (await page.locator('header.review-header h2').textContent())?.trim() ?? '';
}

/**
 * Reloads and waits for the first queue rows: `coldStart` is from navigation start, `opened` from
 * the moment the queue store started opening the project (its User Timing mark).
 */
async function firstRowsAfterReload(page) {
  await page.reload();
  await page.waitForFunction(() => typeof window.__benchFirstRows?.firstRowsAt === 'number', null, {
    timeout: 60_000,
  });
  const probe = await page.evaluate(() => window.__benchFirstRows);
  if (typeof probe.queueOpenAt !== 'number') {
    throw new Error('The queue store set no loupe:queue-open mark.');
  }
  return { coldStart: probe.firstRowsAt, opened: probe.firstRowsAt - probe.queueOpenAt };
}

async function measure(page) {
  const log = (line) => console.log(`[bench] ${line}`);
  page.setDefaultTimeout(WAIT_MS);

  log('onboarding and demo queue');
  await page.goto('/');
  await page.getByTestId('onboarding').waitFor();
  await page.getByTestId('onboarding').getByRole('textbox').fill('Bench Reviewer');
  await page.keyboard.press('Enter');
  await page.getByTestId('onboarding').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Load the demo queue' }).click();
  await page.getByRole('listbox').waitFor();

  const demoFirstRows = await firstRowsAfterReload(page);
  log(`first rows, demo queue only: ${JSON.stringify(demoFirstRows)} ms`);

  const editorText = editorDraftText();
  log(
    `seeding ${STORED_DRAFTS} drafts (+1 editor draft: ${editorText.length} chars, ${new TextEncoder().encode(editorText).length} bytes UTF-8)`,
  );
  const seeded = await page.evaluate(seedDrafts, {
    projectId: PROJECT_ID,
    count: STORED_DRAFTS,
    batchSize: 5000,
    editorDraft: { id: EDITOR_DRAFT_ID, text: editorText },
  });
  log(`seeded in ${round(seeded.ms)} ms; ${seeded.total} drafts stored`);

  const bigFirstRows = await firstRowsAfterReload(page);
  log(`first rows, ${seeded.total} drafts: ${JSON.stringify(bigFirstRows)} ms`);

  // The rest of the queue is read behind the first rows; the filters open once it is whole.
  const showing = page.locator('.queue-showing', { hasText: 'Showing' });
  await showing.waitFor({ timeout: 120_000 });
  const wholeQueueMs = await page.evaluate(() => {
    const marks = performance.getEntriesByName('loupe:queue-open', 'mark');
    return performance.now() - marks[marks.length - 1].startTime;
  });
  log(`whole queue read: ${round(wholeQueueMs)} ms`);
  const searchStarted = Date.now();
  await page.getByRole('searchbox').fill('order 4242 can');
  await page.locator('.queue-showing', { hasText: /^Showing 1 of/ }).waitFor({ timeout: 120_000 });
  const searchMs = Date.now() - searchStarted;
  log(`search over ${seeded.total} drafts: ${searchMs} ms`);
  await page.getByRole('searchbox').fill('');
  await page.locator('.queue-showing', { hasText: /^Showing 100,/ }).waitFor();
  // Drafts seeded raw have no stored search texts: the worker folds them and writes them back
  // (about 65 MB) after that first search. An app's own import stores them with the drafts, so
  // the decisions are timed once that one-off write is done, not while it competes for the disk.
  const backfillStarted = Date.now();
  await page.waitForFunction(
    countSearchSegments,
    { projectId: 'loupe-demo', drafts: seeded.total - 48 },
    { timeout: 180_000, polling: 500 },
  );
  log(`search texts stored in ${Date.now() - backfillStarted} ms more`);

  await page.evaluate(installProbes);
  const list = page.getByRole('listbox');
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.locator('header.review-header h2').waitFor();
  const opened = await currentHeading(page);
  if (!opened.endsWith(EDITOR_DRAFT_ID)) {
    throw new Error(`Expected the 20 KB draft first in the queue, got "${opened}".`);
  }

  log('editor keystrokes (interleaved with a plain <textarea> in the same page)');
  await blurFields(page);
  await page.keyboard.press('e');
  const editor = 'textarea.draft-editor-text';
  await page.locator(editor).waitFor();
  await page.evaluate((text) => {
    const plain = document.createElement('textarea');
    plain.id = 'bench-plain-textarea';
    plain.value = text;
    plain.style.cssText = 'position:fixed;right:0;bottom:0;width:300px;height:120px;z-index:9999';
    document.body.append(plain);
  }, editorText);
  const typed = 'The quick brown fox jumps over the lazy dog 0123456789 '
    .repeat(2)
    .slice(0, KEYSTROKES);
  const editorMs = [];
  const plainMs = [];
  for (const selector of [editor, '#bench-plain-textarea']) {
    await page.locator(selector).focus();
    await page.keyboard.press('Control+End');
  }
  for (const character of typed) {
    for (const [selector, into] of [
      [editor, editorMs],
      ['#bench-plain-textarea', plainMs],
    ]) {
      await page.locator(selector).focus();
      const sample = await timed(
        page,
        () => page.evaluate(([s, t]) => window.__bench.armInput(s, t), [selector, WAIT_MS]),
        () => page.keyboard.type(character),
      );
      into.push(sample);
    }
  }
  const editorValue = await page.locator(editor).inputValue();
  if (!editorValue.endsWith(typed)) {
    throw new Error('The editor does not end with the typed text; keystrokes went elsewhere.');
  }
  await page.evaluate(() => document.getElementById('bench-plain-textarea')?.remove());
  await page.locator(editor).focus();
  await page.keyboard.press('Escape');
  await page.locator(editor).waitFor({ state: 'detached' });

  log(`${DECISIONS} decisions (rate 4 then A) interleaved with ${DECISIONS} J (next, no decision)`);
  const approveMs = [];
  const nextMs = [];
  const armHeader = () => page.evaluate((t) => window.__bench.armHeader(t), WAIT_MS);
  for (let round_ = 0; round_ < DECISIONS; round_ += 1) {
    await blurFields(page);
    nextMs.push((await timed(page, armHeader, () => page.keyboard.press('j'))).ms);
    // Outside the timed window: answer the required rating, then leave the form fields.
    const rated = await page.evaluate(async () => {
      const input = document.querySelector('fieldset[data-question-id="quality"] input[value="4"]');
      input?.click();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      if (document.activeElement instanceof HTMLElement) {
        document.activeElement.blur();
      }
      return input?.checked === true;
    });
    if (!rated) {
      throw new Error('Could not answer the required rating question.');
    }
    const before = await currentHeading(page);
    const sample = await timed(page, armHeader, () => page.keyboard.press('a'));
    if (sample.heading.trim() === before) {
      throw new Error('Approve did not move to another draft.');
    }
    approveMs.push(sample.ms);
  }
  return {
    demoFirstRows,
    bigFirstRows,
    wholeQueueMs,
    searchMs,
    editorMs,
    plainMs,
    approveMs,
    nextMs,
    seeded,
  };
}

function importMode() {
  const mode = process.env.LOUPE_BENCH_IMPORT ?? 'run';
  if (!['run', 'skip', 'only', 'profile'].includes(mode)) {
    throw new Error(`LOUPE_BENCH_IMPORT must be run, skip, only or profile, not "${mode}"`);
  }
  return mode;
}

async function measureReview(launch) {
  const profileDir = await mkdtemp(join(tmpdir(), 'loupe-bench-profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, launch);
    await context.addInitScript(watchFirstRows);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`[bench] page error: ${error.message}`));
    const started = Date.now();
    const measured = await measure(page);
    console.log(`[bench] measured in ${Math.round((Date.now() - started) / 1000)} s`);
    return measured;
  } finally {
    await context?.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}

function buildRenderer() {
  console.log('[bench] building the renderer');
  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    throw new Error('npm run build:renderer failed');
  }
}

async function main() {
  const mode = importMode();
  const hub = hubMode(mode);
  const sync = syncMode(mode, hub);
  const search = searchMode(mode, hub, sync);
  const log = (line) => console.log(`[bench] ${line}`);
  const results = join(ROOT, 'bench-results.json');
  const exporting = exportMode();
  const stats = statsMode(mode);
  if (stats === 'only') {
    await mergeStatsRows(results, await runStatsBench({ root: ROOT, log }));
    log('wrote the statistics rows into bench-results.json');
    return;
  }
  if (exporting === 'only') {
    await mergeExportRows(results, await runExportBench({ root: ROOT, log }));
    log('wrote the export rows into bench-results.json');
    return;
  }
  if (hub === 'only') {
    await mergeHubRows(results, await runHubBench({ root: ROOT, log }));
    log('wrote the hub rows into bench-results.json');
  }
  if (sync === 'only') {
    buildRenderer();
    const distDir = join(ROOT, 'dist/renderer');
    await mergeSyncRows(results, await runSyncBench({ root: ROOT, distDir, log }));
    log('wrote the sync rows into bench-results.json');
  }
  if (hub === 'only' || sync === 'only') {
    return;
  }
  const rowsSet = process.env.LOUPE_BENCH_IMPORT_ROWS;
  buildRenderer();
  const server = await startStaticServer(join(ROOT, 'dist/renderer'));
  const launch = {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    baseURL: server.origin,
  };
  const longDrafts = longDraftMode();
  try {
    if (longDrafts === 'only') {
      const longRows = await measureLongDrafts({ launch, log });
      printTable(longRows);
      await mergeLongDraftRows(join(ROOT, 'bench-results.json'), longRows);
      log('wrote the long-draft rows into bench-results.json');
      return;
    }
    if (mode === 'profile') {
      await profileImport({ root: ROOT, launch, log, rows: Number(rowsSet ?? PROFILE_ROWS) });
      return;
    }
    if (search === 'only') {
      await mergeSearchRows(results, await runSearchBench({ launch, log }));
      log('wrote the search rows into bench-results.json');
      return;
    }
    const review = mode === 'only' ? undefined : await measureReview(launch);
    let imported;
    if (mode !== 'skip') {
      const started = Date.now();
      imported = await measureImport({ launch, log, rows: Number(rowsSet ?? IMPORT_ROWS) });
      log(`import measured in ${Math.round((Date.now() - started) / 1000)} s`);
    }
    const rows = report({ review, imported });
    if (longDrafts === 'run' && mode !== 'only') {
      const longRows = await measureLongDrafts({ launch, log });
      printTable(longRows);
      rows.push(...longRows);
    }
    if (search === 'run') {
      rows.push(...(await runSearchBench({ launch, log })));
    }
    if (hub === 'run') {
      rows.push(...(await runHubBench({ root: ROOT, log })));
    }
    if (sync === 'run') {
      rows.push(...(await runSyncBench({ root: ROOT, distDir: join(ROOT, 'dist/renderer'), log })));
    }
    if (stats === 'run') {
      rows.push(...(await runStatsBench({ root: ROOT, log })));
    }
    if (exporting === 'run' && mode !== 'only') {
      rows.push(...(await runExportBench({ root: ROOT, log })));
    }
    await writeFile(join(ROOT, 'bench-results.json'), `${JSON.stringify(rows, null, 2)}\n`);
    log('wrote bench-results.json');
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`[bench] measurement failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
