/**
 * Long drafts (issue 12, point 4; DESIGN.md budget: "a 1 MB draft, or one line of 200k
 * characters, opened: no main-thread task over 200 ms"). In a fresh profile, three drafts of
 * 1 MB (UTF-8) are stored in the demo project: many lines, one line, and mixed Chinese and
 * English. Each is opened from the queue as the first draft of a session of its own (a fresh
 * profile, Enter on its row: the review screen's first open is the costly one) and its editor
 * opened (E); measured from
 * the key's own timeStamp to the draft's first part painted (one frame plus one task) and to the
 * editor's textarea (or first part) focused, then a key typed in the editor to the change shown
 * in the diff (joined on a pause, written to the edit buffer, diffed), each with the longest
 * main-thread task (Long Tasks API, tasks over 50 ms; 0 when there was none) from the key until
 * half a second after. Baselines in the same
 * page: the same text laid out alone in a plain pre-wrap <div> of the pane's width (for the
 * draft) and in a plain <textarea> (for the editor).
 *
 * LOUPE_BENCH_LONG=skip leaves these rows out; =only runs them alone and replaces only their rows
 * in bench-results.json.
 */
/* global window, document, indexedDB, MutationObserver, requestAnimationFrame -- page code */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { round } from './bench-report.mjs';

export const LONG_TASK_BUDGET = 200;
const METRIC_PREFIX = 'long draft';
const MB = 1024 * 1024;
const SETTLE_MS = 500;

export function longDraftMode() {
  const mode = process.env.LOUPE_BENCH_LONG ?? 'run';
  if (!['run', 'skip', 'only'].includes(mode)) {
    throw new Error(`LOUPE_BENCH_LONG must be run, skip or only, not "${mode}"`);
  }
  return mode;
}

const utf8 = (text) => Buffer.byteLength(text, 'utf8');

/** The three drafts, each about 1 MB of UTF-8. */
export function longDrafts() {
  const sentence =
    'The refund for order A-1024 of NT$1,280 goes back to the original card within five ' +
    'business days, and the reviewer should check the amount, the date and the tone. ';
  const mixed =
    '親愛的客戶您好，感謝您的來信。退款金額 NT$1,280 將於五個工作天內退回原信用卡。' +
    'We have checked order A-1024 and the refund is on its way. ';
  const grow = (piece) => {
    let text = '';
    let n = 0;
    while (utf8(text) < MB) {
      text += piece(n);
      n += 1;
    }
    return text;
  };
  return [
    {
      id: 'bench-long-lines',
      label: '1 MB, many lines',
      text: grow((n) => `${sentence}${n % 3 === 2 ? '\n\n' : '\n'}`),
    },
    { id: 'bench-long-one-line', label: '1 MB, one line', text: grow(() => sentence) },
    {
      id: 'bench-long-cjk',
      label: '1 MB, mixed Chinese',
      text: grow((n) => `${mixed}${n % 4 === 3 ? '\n' : ''}`),
    },
  ];
}

/** Page code: stores `drafts` (highest priority first) in the demo project, with queue entries. */
async function storeDrafts({ projectId, drafts }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['drafts', 'queueEntries'], 'readwrite');
    drafts.forEach(({ id, text }, index) => {
      const priority = 2000 - index;
      const createdAt = '2026-01-01T00:00:00.000Z';
      tx.objectStore('drafts').put({
        id,
        projectId,
        context: [
          { kind: 'ticket', title: 'Ticket', text: 'Where is the refund for order A-1024?' },
        ],
        draft: text,
        model: { name: 'bench-model', version: '1' },
        metadata: {},
        priority,
        createdAt,
        status: 'pending',
      });
      // What renderer/db/queue-entry.ts builds for it.
      tx.objectStore('queueEntries').put({
        projectId,
        draftId: id,
        rank: -priority,
        priority,
        createdAt,
        arrival: 0,
        status: 'pending',
        model: 'bench-model 1',
        preview: text.slice(0, 1120).replace(/\s+/g, ' ').trim().slice(0, 280),
      });
    });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Page code: arms a measurement of the next keydown until `what` ('draft' <id> or 'editor') is
 * on screen; `window.__long.result` resolves to { ms, longestTask }.
 */
function armLong({ what, draftId, timeoutMs, settleMs }) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  let started = null;
  const onKey = (event) => {
    started ??= event.timeStamp;
  };
  window.addEventListener('keydown', onKey, true);
  const ready = () => {
    if (what === 'editor') {
      // The single textarea, or the first part of the part editor (a long draft).
      return (
        document.activeElement?.matches?.('textarea.draft-editor-text, textarea.draft-part') ===
        true
      );
    }
    if (what === 'typed') {
      // The change is in the diff: joined on the pause, written, diffed and drawn.
      const diff = document.querySelector('.draft-diff');
      return diff?.getAttribute('aria-busy') === 'false' && diff.querySelector('ins') !== null;
    }
    const heading = document.querySelector('header.review-header h2')?.textContent ?? '';
    const part = document.querySelector(
      '.draft-pane .long-text-part-shown, .draft-pane .markdown p',
    );
    return heading.includes(draftId) && (part?.textContent ?? '') !== '';
  };
  window.__long = {
    result: new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${what} not shown in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const mutations = new MutationObserver(() => {
        if (started === null || !ready()) {
          return;
        }
        mutations.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() =>
          setTimeout(() => {
            const ms = performance.now() - started;
            setTimeout(() => {
              tasks.push(...observer.takeRecords());
              observer.disconnect();
              window.removeEventListener('keydown', onKey, true);
              const durations = tasks
                .filter((task) => task.startTime + task.duration >= started)
                .map((task) => task.duration);
              resolve({ ms, longestTask: Math.max(0, ...durations) });
            }, settleMs);
          }, 0),
        );
      });
      mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
    }),
  };
}

/** Page code: the same text laid out alone (a pre-wrap <div> or a <textarea>), timed the same way. */
async function layOutAlone({ text, element, width, settleMs }) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await new Promise((done) => setTimeout(done, 50));
  const started = performance.now();
  const box = document.createElement(element);
  box.style.cssText =
    `position:fixed;left:0;top:0;width:${width}px;height:600px;overflow:auto;z-index:9999;` +
    'white-space:pre-wrap;overflow-wrap:anywhere;background:white;font:inherit';
  if (element === 'textarea') {
    box.value = text;
  } else {
    box.textContent = text;
  }
  document.body.append(box);
  if (element === 'textarea') {
    box.focus();
  }
  void box.offsetHeight;
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const ms = performance.now() - started;
  await new Promise((done) => setTimeout(done, settleMs));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  box.remove();
  const durations = tasks.filter((task) => task.startTime + task.duration >= started);
  return { ms, longestTask: Math.max(0, ...durations.map((task) => task.duration)) };
}

async function timedKey(page, key, armed) {
  await page.evaluate(armLong, { ...armed, timeoutMs: 120_000, settleMs: SETTLE_MS });
  await page.keyboard.press(key);
  return page.evaluate(() => window.__long.result);
}

async function blur(page) {
  await page.evaluate(() => document.activeElement?.blur?.());
}

/**
 * A fresh profile with the demo project and `drafts` stored, reloaded on the queue; the caller
 * closes the context and removes `profileDir`.
 */
async function freshSession(launch, drafts) {
  const profileDir = await mkdtemp(join(tmpdir(), 'loupe-bench-long-'));
  const context = await chromium.launchPersistentContext(profileDir, launch);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (error) => console.error(`[bench] page error: ${error.message}`));
  await page.goto('/');
  await page.getByTestId('onboarding').getByRole('textbox').fill('Bench Reviewer');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Load the demo queue' }).click();
  await page.getByRole('listbox').waitFor();
  await page.evaluate(storeDrafts, {
    projectId: 'loupe-demo',
    drafts: drafts.map(({ id, text }) => ({ id, text })),
  });
  await page.reload();
  await page.locator('[role="option"]').first().waitFor();
  return { profileDir, context, page };
}

/** Opens each long draft and its editor; returns the bench rows. */
export async function measureLongDrafts({ launch, log }) {
  const drafts = longDrafts();
  const rows = [];
  for (const [index, draft] of drafts.entries()) {
    // Each draft is the first the session opens, in a profile of its own (Enter on its row): the
    // review screen's first open is the costly one, and after J a draft prepared while the
    // previous one was read is only revealed, so opening them one after another measured the
    // first shape's open and hid the others' (issue 12, point 4). A reload is not enough: the
    // app reopens the draft the reviewer was on.
    const session = await freshSession(launch, drafts);
    try {
      const { page } = session;
      await page.getByRole('listbox').focus();
      await page.keyboard.press('Home');
      for (let step = 0; step < index; step += 1) {
        await page.keyboard.press('ArrowDown');
      }
      const opened = await timedKey(page, 'Enter', { what: 'draft', draftId: draft.id });
      const width = await page.locator('.draft-pane').evaluate((pane) => pane.clientWidth);
      await blur(page);
      const editor = await timedKey(page, 'e', { what: 'editor' });
      const typed = await timedKey(page, 'x', { what: 'typed' });
      await page.keyboard.press('Escape');
      await page.locator('.draft-editor').waitFor({ state: 'detached' });
      const alone = await page.evaluate(layOutAlone, {
        text: draft.text,
        element: 'div',
        width,
        settleMs: SETTLE_MS,
      });
      const textarea = await page.evaluate(layOutAlone, {
        text: draft.text,
        element: 'textarea',
        width,
        settleMs: SETTLE_MS,
      });
      await blur(page);
      log(
        `${draft.label} (${draft.text.length} chars): opened ${round(opened.ms)} ms (longest task ` +
          `${round(opened.longestTask)}), alone ${round(alone.ms)} ms; editor ${round(editor.ms)} ms ` +
          `(longest task ${round(editor.longestTask)}), textarea alone ${round(textarea.ms)} ms; ` +
          `typed → diff ${round(typed.ms)} ms (longest task ${round(typed.longestTask)})`,
      );
      const name = `${METRIC_PREFIX} (${draft.label})`;
      rows.push(
        {
          metric: `${name}: key → draft painted`,
          value: round(opened.ms),
          unit: 'ms',
          budget: null,
          baseline: round(alone.ms),
        },
        {
          metric: `${name}: longest main-thread task, opening`,
          value: round(opened.longestTask),
          unit: 'ms',
          budget: LONG_TASK_BUDGET,
          baseline: round(alone.longestTask),
        },
        {
          metric: `${name}: E → editor ready`,
          value: round(editor.ms),
          unit: 'ms',
          budget: null,
          baseline: round(textarea.ms),
        },
        {
          metric: `${name}: longest main-thread task, editor`,
          value: round(editor.longestTask),
          unit: 'ms',
          budget: LONG_TASK_BUDGET,
          baseline: round(textarea.longestTask),
        },
        {
          metric: `${name}: key typed → change in the diff`,
          value: round(typed.ms),
          unit: 'ms',
          budget: null,
          baseline: null,
        },
        {
          metric: `${name}: longest main-thread task, typing`,
          value: round(typed.longestTask),
          unit: 'ms',
          budget: LONG_TASK_BUDGET,
          baseline: null,
        },
      );
    } finally {
      await session.context.close();
      await rm(session.profileDir, { recursive: true, force: true });
    }
  }
  return rows;
}

/** LOUPE_BENCH_LONG=only: replaces the long-draft rows of bench-results.json with `rows`. */
export async function mergeLongDraftRows(path, rows) {
  let previous;
  try {
    previous = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    previous = [];
  }
  const kept = previous.filter((row) => !String(row.metric).startsWith(METRIC_PREFIX));
  await writeFile(path, `${JSON.stringify([...kept, ...rows], null, 2)}\n`);
}
