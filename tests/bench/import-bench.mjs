/**
 * The import benchmark (issue 4, point 9; DESIGN.md "Performance budgets": import ≥ 10k drafts/s
 * of 1 KB, within 2× of a raw IndexedDB bulk put of the same rows). Writes a JSON Lines file of
 * synthetic drafts to a temporary folder, then, each in a fresh browser profile on the same
 * origin:
 * - the baseline: the same rows put with plain IndexedDB, 500 rows per strict transaction (the
 *   app's batch size and durability);
 * - the app: the real import screen driven like a reviewer (pick the file, accept the suggested
 *   mapping into a new project, check the whole file, import the valid rows), timed from the test
 *   side (the click's own timestamp to the step's result in the page; the app sets no User Timing
 *   marks for imports), with the peak memory of each pass, and the stored drafts counted after;
 * - for context, the same rows put in one transaction, and into a store without indexes, and the
 *   requests the app's batches make issued with plain IndexedDB (import-app-shaped.mjs).
 */
/* global window -- inside page.evaluate callbacks */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { rawAppShapedPut } from './import-app-shaped.mjs';
import { writeImportFile } from './import-file.mjs';
import { startPeakWindow } from './import-memory.mjs';
import { armStep, countStoredDrafts, loadRawRows, rawBulkPut } from './import-probes.mjs';

export const IMPORT_ROWS = 100_000;
/** renderer/import/import-file.ts BATCH_ROWS. */
const BATCH_ROWS = 500;
const CHECK_TIMEOUT_MS = 15 * 60_000;
const WRITE_TIMEOUT_MS = 60 * 60_000;
const RAW_FILE_INPUT = '#bench-raw-file';

const count = (value) => value.toLocaleString('en-US');
const load = () => loadavg().map((value) => Math.round(value * 10) / 10);

/** Runs `act(page, context)` in a new persistent profile (real on-disk IndexedDB), then drops it. */
export async function inFreshProfile(launch, act) {
  const dir = await mkdtemp(join(tmpdir(), 'loupe-bench-import-profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(dir, launch);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`[bench] page error: ${error.message}`));
    return await act(page, context);
  } finally {
    await context?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One baseline, on the app's page and origin: the file read in the page through a file input
 * and parsed into the rows the app stores (timed on its own: the checking pass's baseline), then
 * stored with plain IndexedDB by `probe` into database `name`.
 */
async function rawBaseline(page, { file, rows, log, name, batchRows, probe, indexes }) {
  await page.goto('/');
  await page.evaluate((id) => {
    const input = window.document.createElement('input');
    input.type = 'file';
    input.id = id;
    input.hidden = true;
    window.document.body.append(input);
  }, RAW_FILE_INPUT.slice(1));
  await page.setInputFiles(RAW_FILE_INPUT, file);
  const parsed = await page.evaluate(loadRawRows, {
    selector: RAW_FILE_INPUT,
    projectId: 'bench-raw',
    importId: 'bench-raw-import',
    now: new Date().toISOString(),
  });
  const put = await page.evaluate(probe, { name, batchRows, durability: 'strict', indexes });
  if (put.rows !== rows) {
    throw new Error(`the raw put into ${name} stored ${put.rows} rows, not ${rows}`);
  }
  log(
    `raw: read and parsed ${count(parsed.rows)} rows in ${Math.round(parsed.ms)} ms; ` +
      `${name}: ${put.transactions} transactions in ${Math.round(put.ms)} ms`,
  );
  return { parsed, put };
}

/**
 * Imports `file` through the UI into a new project, like a reviewer. `around` may wrap each pass
 * (beforeCheck/afterCheck, beforeWrite/afterWrite: the profile run traces them; what the `after`
 * hooks return comes back in `traced`). Returns the timings, memory and what was stored.
 */
export async function importThroughUi(page, browser, { file, rows, log, around = {} }) {
  page.setDefaultTimeout(60_000);
  await page.goto('/');
  await page.getByTestId('onboarding').waitFor();
  await page.getByTestId('onboarding').getByRole('textbox').fill('Bench Reviewer');
  await page.keyboard.press('Enter');
  await page.getByTestId('onboarding').waitFor({ state: 'detached' });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a file…' }).first().click();
  await (await chooser).setFiles(file);
  await page.locator('.import-mapping-step').waitFor();
  await page.getByLabel('Name of the new project').fill('Bench import');

  // The checking pass: reads, decodes, parses and checks every row in the worker; writes nothing.
  const checkPeak = await startPeakWindow(browser);
  await around.beforeCheck?.();
  await page.evaluate(armStep, { selector: '.import-report', timeoutMs: CHECK_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  const check = await page.evaluate(() => window.__benchStep);
  const tracedCheck = await around.afterCheck?.();
  const checkMemory = await checkPeak();
  const summary = (await page.locator('.import-report-summary').textContent())?.trim() ?? '';
  log(`app: checking pass ${Math.round(check.ms)} ms: "${summary}"`);
  if (summary !== `All ${count(rows)} rows can be imported.`) {
    throw new Error(`the check did not accept every row: "${summary}"`);
  }

  // The writing pass: the same reading and checking again, plus the batches written.
  const importButton = page.getByRole('button', { name: `Import the ${count(rows)} valid rows` });
  await importButton.waitFor();
  const writePeak = await startPeakWindow(browser);
  await around.beforeWrite?.();
  await page.evaluate(armStep, { selector: '.import-outcome', timeoutMs: WRITE_TIMEOUT_MS });
  await importButton.click();
  const write = await page.evaluate(() => window.__benchStep);
  const tracedWrite = await around.afterWrite?.();
  const writeMemory = await writePeak();
  log(`app: memory, check ${JSON.stringify(checkMemory)}, write ${JSON.stringify(writeMemory)}`);
  const outcome = (await page.locator('.import-outcome').textContent())?.trim() ?? '';
  log(`app: writing pass ${Math.round(write.ms)} ms: "${outcome.slice(0, 60)}…"`);

  const stored = await page.evaluate(countStoredDrafts);
  log(`app: stored ${JSON.stringify(stored)}`);
  if (stored.inProject !== rows || stored.job?.added !== rows) {
    throw new Error(`expected ${rows} drafts stored by the import, found ${stored.inProject}`);
  }
  return {
    check,
    write,
    checkMemory,
    writeMemory,
    stored,
    traced: { check: tracedCheck, write: tracedWrite },
  };
}

/**
 * The whole import benchmark (see the module comment). `launch` holds the persistent-context
 * options (Chromium path, flags, base URL of the served renderer).
 */
export async function measureImport({ launch, log, rows = IMPORT_ROWS }) {
  const dir = await mkdtemp(join(tmpdir(), 'loupe-bench-import-'));
  try {
    const file = join(dir, `drafts-${rows}.jsonl`);
    const fileBytes = await writeImportFile(file, rows);
    log(`import file: ${count(rows)} drafts, ${count(fileBytes)} bytes (${file})`);
    const loadBefore = load();
    // Each in its own fresh profile (an empty IndexedDB store, as the app's import gets), with
    // the pair the budget compares next to each other in time: the machine's load drifts.
    const raw = (name, batchRows, probe = rawBulkPut, indexes = true) =>
      inFreshProfile(launch, (page) =>
        rawBaseline(page, { file, rows, log, name, batchRows, probe, indexes }),
      );
    const appShaped = await raw('bench-raw-app-shaped', BATCH_ROWS, rawAppShapedPut);
    const app = await inFreshProfile(launch, (page, context) =>
      importThroughUi(page, context.browser(), { file, rows, log }),
    );
    const batched = await raw('bench-raw-batched', BATCH_ROWS);
    const single = await raw('bench-raw-single', null);
    const noIndexes = await raw('bench-raw-no-indexes', BATCH_ROWS, rawBulkPut, false);
    const baseline = {
      parsed: batched.parsed,
      batched: batched.put,
      single: single.put,
      noIndexes: noIndexes.put,
      appShaped: appShaped.put,
    };
    const loadAfter = load();
    log(
      `load average (1, 5, 15 min): ${loadBefore.join(', ')} before, ${loadAfter.join(', ')} after`,
    );
    return { rows, fileBytes, baseline, app, loadBefore, loadAfter };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
