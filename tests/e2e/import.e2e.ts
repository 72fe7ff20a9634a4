import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_TEXT, ImportPage } from './pages/import-page';
import { OnboardingPage } from './pages/onboarding-page';
import { QueuePage } from './pages/queue-page';
import { ReviewPage } from './pages/review-page';
import { tabOutOfFields } from './support/keyboard';
import { REVIEWER_NAME, saveScreenshot } from './support/review-session';
import { useHealthySession } from './support/session';

const BIG5_CSV = fileURLToPath(new URL('./fixtures/support-drafts-big5.csv', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loupe-import-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A JSON Lines file with five good drafts, one broken line (4) and a repeated id (7). */
async function jsonlFile(): Promise<string> {
  const record = (id: string, n: number) =>
    JSON.stringify({
      id,
      question: `How long does refund ${n} take?`,
      response: `  Refund ${n} arrives within **five** business days.\n`,
      knowledge: 'Policy: refunds take five business days.',
      model: 'support-bot-2',
    });
  const lines = [
    record('r1', 1),
    record('r2', 2),
    record('r3', 3),
    '{"id": "r9", "response": ',
    record('r4', 4),
    record('r5', 5),
    record('r2', 22),
  ];
  const path = join(dir, 'refund-drafts.jsonl');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

/** A JSON Lines file of `count` valid drafts: big enough that writing it takes seconds. */
async function bigJsonlFile(count: number): Promise<string> {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    lines.push(
      JSON.stringify({
        id: `big-${String(i).padStart(6, '0')}`,
        question: `第 ${i} 題：退款要多久？`,
        response: `您好，第 ${i} 筆退款會在五個工作天內退回原信用卡。Refund ${i} takes five business days.`,
      }),
    );
  }
  const path = join(dir, 'big-drafts.jsonl');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

/** Counts the drafts stored in the app's database (IndexedDB 'loupe', store 'drafts'). */
function storedDrafts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('loupe');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(new Error(String(count.error)));
        };
      }),
  );
}

/** A decision by keyboard on a project without a rubric: A, then the next draft shows. */
async function approveByKeyboard(page: Page, review: ReviewPage): Promise<string> {
  const id = await review.currentId();
  await tabOutOfFields(page);
  await page.keyboard.press('a');
  await review.waitForDraftOtherThan(id);
  return id;
}

describe('importing drafts (issue 4)', () => {
  const open = useHealthySession();

  it(
    'after a failed preview another file is chosen from the screen or by Ctrl+O, encodings and line ends are choices, and the report downloads',
    { timeout: 90_000 },
    async () => {
      const session = await open({ locale: 'en-US' });
      const { page } = session;
      const onboarding = new OnboardingPage(page, 'en');
      await onboarding.open(session.origin);
      await onboarding.enterName(REVIEWER_NAME);
      const importer = new ImportPage(page, 'en');

      const binary = join(dir, 'binary.jsonl');
      await writeFile(binary, new Uint8Array([0x7b, 0x00, 0x7d, 0x00, 0x0a]));
      await importer.chooseFile(binary);
      const check = page.getByRole('button', { name: IMPORT_TEXT.en.check });
      await expect.poll(() => check.isDisabled()).toBe(true);
      // A disabled primary button looks disabled, not like the live accent button.
      expect(
        Number(await check.evaluate((button) => getComputedStyle(button).opacity)),
      ).toBeLessThan(0.6);
      await saveScreenshot(page, 'import-failed-preview-en');

      // Windows-1252 that is valid Big5 too ("Pérez", "Müller"): detection says it is a guess.
      const latin = join(dir, 'latin.csv');
      const latinText = 'id,output\r\n1,Señor Pérez wrote to Müller\r\n2,Gràcias from Zoëlle\r\n';
      await writeFile(
        latin,
        Uint8Array.from(latinText, (char) => char.charCodeAt(0)),
      );
      let chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose another file…' }).click();
      await (await chooser).setFiles(latin);
      await page.getByText('Señor Pérez wrote to Müller').waitFor();
      expect(await page.locator('.import-encoding-notice').textContent()).toContain(
        'Loupe is not sure which encoding this file is in',
      );
      await importer.encodingSelect().focus();
      await saveScreenshot(page, 'import-encoding-choice-en');

      // Ctrl+O opens the dialog in the browser build too; a CSV whose rows end in a lone CR.
      const loneCr = join(dir, 'old-mac.csv');
      await writeFile(loneCr, 'id,output\r1,first\r2,\r3,third\r');
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Control+o');
      await (await chooser).setFiles(loneCr);
      await expect
        .poll(() => page.locator('.import-mapping-step [role="alert"]').textContent())
        .toContain('The rows of this file end in a lone CR');
      await page
        .getByRole('combobox', { name: 'Format', exact: true })
        .selectOption({ label: 'CSV, rows ending in a lone CR (old Mac)' });
      await importer.checkIntoNewProject('Old exports');
      expect(await importer.problems()).toEqual(['3|output|missing draft']);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save the report as CSV…' }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe('old-mac-problems.csv');
      const report = await readFile((await saved.path()) ?? '', 'utf8');
      expect(report).toContain('3,output,missing draft');
    },
  );

  it(
    'imports span annotations in code points, reports the one that does not fit, and draws the others in the draft',
    { timeout: 90_000 },
    async () => {
      const session = await open({ locale: 'en-US' });
      const { page } = session;
      const onboarding = new OnboardingPage(page, 'en');
      await onboarding.open(session.origin);
      await onboarding.enterName(REVIEWER_NAME);
      const text = 'Ms. Lin 😀 flew from 台北 to Tokyo on 3 May; the refund was NT$1,280.';
      const path = join(dir, 'entities.jsonl');
      const at = (part: string) => [...text.slice(0, text.indexOf(part))].length;
      const span = (part: string, label: string) => ({
        start: at(part),
        end: at(part) + [...part].length,
        label,
        text: part,
      });
      await writeFile(
        path,
        `${JSON.stringify({
          id: 'e1',
          output: text,
          entities: [
            span('Ms. Lin', 'PERSON'),
            span('台北', 'PLACE'),
            span('Tokyo', 'PLACE'),
            span('NT$1,280', 'AMOUNT'),
            { start: 3, end: 9, label: 'PERSON', text: 'Lin 😀' },
          ],
        })}\n`,
      );
      const importer = new ImportPage(page, 'en');
      await importer.chooseFile(path);
      await page
        .getByRole('combobox', { name: 'Span offsets count' })
        .selectOption({ label: 'Unicode code points (Python)' });
      await importer.checkIntoNewProject('Entities');
      expect(await importer.problems()).toEqual([
        "1|entities|span 5: the draft's text at its offsets is not the text it quotes (check the unit of the offsets); it is not shown",
      ]);
      expect(await importer.importValidRows()).toContain('1 added');
      await importer.openQueue();
      const queue = new QueuePage(page, 'en');
      await queue.waitUntilShown();
      await queue.openByKeyboard(0);
      const review = new ReviewPage(page, 'en');
      await review.waitUntilShown();
      const region = page.getByRole('region', { name: 'The draft with its spans' });
      await region.waitFor();
      expect(await region.locator('mark').allTextContents()).toEqual([
        'Ms. Lin',
        '台北',
        'Tokyo',
        'NT$1,280',
      ]);
      await saveScreenshot(page, 'draft-spans-en');
    },
  );

  it(
    'imports a JSON Lines file from the dialog in a worker, reports its bad lines, and the drafts can be reviewed',
    { timeout: 90_000 },
    async () => {
      const session = await open({ locale: 'en-US' });
      const { page } = session;
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const onboarding = new OnboardingPage(page, 'en');
      await onboarding.open(session.origin);
      await onboarding.enterName(REVIEWER_NAME);

      const importer = new ImportPage(page, 'en');
      await importer.chooseFile(await jsonlFile());
      await importer.checkIntoNewProject('Refund replies');
      expect(await importer.problems()).toEqual([
        '4|whole row|invalid JSON',
        '7|id|duplicate id in the file (first on row 2)',
      ]);
      await saveScreenshot(page, 'import-report-en');
      expect(await storedDrafts(page), 'the check writes nothing').toBe(0);

      expect(await importer.importValidRows()).toContain('5 added');
      expect(
        workers.some((url) => /import\.worker/.test(url)),
        workers.join(', '),
      ).toBe(true);
      await importer.openQueue();
      const queue = new QueuePage(page, 'en');
      await queue.waitUntilShown();
      expect(await queue.count('pending')).toBe(5);

      await queue.openByKeyboard(0);
      const review = new ReviewPage(page, 'en');
      await review.waitUntilShown();
      expect(await review.currentId()).toBe('r1');
      await expect
        .poll(() => page.locator('.draft-pane').textContent())
        .toContain('Refund 1 arrives within five business days.');
      expect(await approveByKeyboard(page, review)).toBe('r1');
      await review.backToQueue();
      await queue.waitUntilShown();
      await expect.poll(() => queue.count('approved')).toBe(1);

      // After a restart Loupe reopens the draft the reviewer was on (r2), then back to the list.
      await page.reload();
      await review.waitForDraft('r2');
      await review.backToQueue();
      await queue.waitUntilShown();
      expect(await queue.count('approved')).toBe(1);
      expect(await queue.count('pending')).toBe(4);
    },
  );

  it(
    'imports a Big5 CSV dropped on the window, in Traditional Chinese, and a second import adds nothing',
    { timeout: 90_000 },
    async () => {
      const session = await open({ locale: 'zh-TW' });
      const { page } = session;
      const onboarding = new OnboardingPage(page, 'zh-TW');
      await onboarding.open(session.origin);
      await onboarding.enterName(REVIEWER_NAME);

      const importer = new ImportPage(page, 'zh-TW');
      const bytes = new Uint8Array(await readFile(BIG5_CSV));
      await importer.dropFile('客服草稿.csv', bytes);
      await expect
        .poll(() => importer.encodingSelect().locator('option:checked').textContent())
        .toBe('自動偵測（Big5（繁體中文），可能）');
      await saveScreenshot(page, 'import-mapping-zh-TW');
      await importer.checkIntoNewProject('客服草稿');
      // Lines, not records: the first record spans lines 2–3 (a quoted newline, CRLF).
      expect(await importer.problems()).toEqual(['5|回覆|缺少草稿']);
      expect(await importer.importValidRows()).toContain('新增 3 筆');
      await importer.openQueue();

      const queue = new QueuePage(page, 'zh-TW');
      await queue.waitUntilShown();
      expect(await queue.count('pending')).toBe(3);
      await queue.openByKeyboard(0);
      const review = new ReviewPage(page, 'zh-TW');
      await review.waitUntilShown();
      expect(await review.currentId()).toBe('tw-1');
      await expect
        .poll(() => page.locator('.draft-pane').textContent())
        .toContain('您好，退貨需要七個工作天。');
      await expect
        .poll(() => page.locator('.source-panel').textContent())
        .toContain('請問退貨要幾天？');
      await saveScreenshot(page, 'import-review-zh-TW');
      await approveByKeyboard(page, review);

      // The same file again, into the queue on screen: nothing is added twice.
      await importer.dropFile('客服草稿.csv', bytes);
      await page.getByRole('button', { name: '檢查整個檔案' }).click();
      await importer.report().waitFor();
      expect(await importer.importValidRows()).toContain('新增 0 筆、更新 0 筆、3 筆原本就有');
      expect(await storedDrafts(page)).toBe(3);

      // Chromium's Big5 decoder (WHATWG) refuses a byte Node's ICU lets through: 0x80 is no
      // lead byte. Such a file is neither UTF-8 nor Big5, and the reviewer is told so at once.
      await page.getByRole('button', { name: '匯入其他檔案' }).click();
      const broken = new Uint8Array([...bytes.subarray(0, 40), 0x80, 0x41, 0x0d, 0x0a]);
      await importer.dropFile('壞掉的.csv', broken);
      await expect
        .poll(() => page.locator('.import-mapping-step [role="alert"]').textContent())
        .toContain('無法辨識的編碼');
      expect(await storedDrafts(page)).toBe(3);
    },
  );

  it(
    'an import cut off by closing the window is offered on the next start and finishes without duplicates',
    { timeout: 120_000 },
    async () => {
      const total = 60_000;
      const path = await bigJsonlFile(total);
      const session = await open({ locale: 'en-US' });
      const { page } = session;
      const onboarding = new OnboardingPage(page, 'en');
      await onboarding.open(session.origin);
      await onboarding.enterName(REVIEWER_NAME);
      const importer = new ImportPage(page, 'en');
      await importer.chooseFile(path);
      await importer.checkIntoNewProject('Big refunds');
      await page.getByRole('button', { name: IMPORT_TEXT.en.importValid }).click();

      // Some batches are stored, not all: now the window "closes".
      await expect
        .poll(() => storedDrafts(page), { timeout: 30_000, interval: 20 })
        .toBeGreaterThan(0);
      await page.reload();
      const stored = await storedDrafts(page);
      expect(stored, 'the write was cut off part-way').toBeLessThan(total);
      expect(stored % 500, 'whole batches only').toBe(0);

      const banner = page.locator('.import-unfinished');
      await banner.waitFor({ timeout: 30_000 });
      expect(await banner.textContent()).toContain('big-drafts.jsonl');
      expect(await banner.textContent()).toContain('interrupted');
      await saveScreenshot(page, 'import-interrupted-en');

      const chooser = page.waitForEvent('filechooser');
      await banner.getByRole('button', { name: 'Choose the file again to finish' }).click();
      await (await chooser).setFiles(path);
      const outcome = page.locator('.import-outcome');
      await outcome
        .getByRole('heading', { name: IMPORT_TEXT.en.finished })
        .waitFor({ timeout: 90_000 });
      const summary = (await outcome.getByRole('status').textContent()) ?? '';
      expect(summary).toContain(`${(total - stored).toLocaleString('en')} added`);
      expect(summary).toContain(`${stored.toLocaleString('en')} already there`);
      expect(await storedDrafts(page)).toBe(total);
      await importer.openQueue();
      await expect(page.locator('.import-unfinished').count()).resolves.toBe(0);
    },
  );
});
