/**
 * Issue 14 point 9 (statistics half): a solo reviewer is their own lead. After three approvals
 * and an escalation made by keyboard, a second reviewer's decisions on the same drafts are
 * written to IndexedDB (as a sync would bring them), so the screen has two reviewers to agree.
 * The lead opens Statistics, checks the headline numbers, narrows them to one reviewer, exports
 * the report as CSV and XLSX (both read back), prints it (window.print stubbed; the print
 * stylesheet photographed), reads and saves a project's audit log, and runs axe. Screenshots in
 * both languages and themes go to /tmp/notes/shots/stats-e2e-*.png.
 */
import { mkdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { StatisticsPage } from './pages/statistics-page';
import { axeViolations, REVIEWER_NAME, useReviewSession } from './support/review-session';

const SHOTS = '/tmp/notes/shots/';
const OTHER = { id: 'reviewer-b', device: 'device-b' };
const APPROVALS = 9;

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}stats-e2e-${name}.png`, fullPage: true });
}

/**
 * Gives every decided draft a second reviewer's decision, written as a synced event would be:
 * the same call on each but the first approval, which the second reviewer escalates — one
 * disagreement in ten shared drafts. Returns the local reviewer's id.
 */
function seedSecondReviewer(page: Page): Promise<string> {
  return page.evaluate(async (other) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('loupe');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    type Event = Record<string, unknown> & { kind: string; reviewerId: string; seq?: number };
    const events = await new Promise<Event[]>((resolve, reject) => {
      const request = db.transaction('events').objectStore('events').getAll();
      request.onsuccess = () => resolve(request.result as Event[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const mine = events
      .filter((event) => event.kind === 'approve' || event.kind === 'escalate')
      .sort((a, b) => String(a.clientTime).localeCompare(String(b.clientTime)));
    const firstApproval = mine.findIndex((event) => event.kind === 'approve');
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('events', 'readwrite');
      mine.forEach((event, index) => {
        const copy: Event = {
          ...event,
          eventId: `${other.id}-${index}`,
          reviewerId: other.id,
          deviceId: other.device,
          deviceSeq: index + 1,
          parents: [],
        };
        delete copy.seq;
        if (index === firstApproval) {
          Object.assign(copy, {
            kind: 'escalate',
            payload: { reasonId: 'other', note: 'Not sure about the tone.' },
          });
        }
        tx.objectStore('events').put(copy);
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
    return mine[0]?.reviewerId ?? '';
  }, OTHER);
}

describe('the lead statistics, solo', () => {
  const start = useReviewSession();

  it(
    'shows the numbers, filters by reviewer, exports, prints and audits (en)',
    { timeout: 120_000 },
    async () => {
      const { session, queue, review } = await start({ locale: 'en-US', language: 'en' });
      const { page } = session;
      await queue.openByKeyboard(0);
      await review.waitUntilShown();
      // Ten drafts, so the two reviewers share enough (MIN_SHARED_ITEMS) for α and κ.
      for (let i = 0; i < APPROVALS; i += 1) {
        await review.approve(i % 2 === 0 ? 5 : 4);
      }
      await review.escalate(1, 'The refund window contradicts the policy.');
      await review.backToQueue();
      await queue.waitUntilShown();
      await expect.poll(() => queue.count('escalated')).toBe(1);
      const me = await seedSecondReviewer(page);
      expect(me).not.toBe('');
      await page.reload();
      await queue.waitUntilShown();

      const stats = new StatisticsPage(page, 'en');
      await stats.open();
      // Both reviewers: 20 decisions on 10 drafts, 17 approvals and 3 escalations; they agree on
      // 9 of 10. By hand, nominal Krippendorff's α over 20 values (17 approve, 3 escalate) with
      // one disagreeing unit: D_o = 2/20, D_e = 2·17·3/(20·19), α = 1 − D_o/D_e ≈ 0.63.
      // Cohen's κ: p_o = 0.9, p_e = 0.9·0.8 + 0.1·0.2 = 0.74, κ = 0.16/0.26 ≈ 0.62.
      const all = await stats.summary();
      expect(all).toMatchObject({
        Decisions: '20',
        'Approval rate': '85.0%',
        'Edit rate': '0.0%',
        'Escalation rate': '15.0%',
        "Krippendorff's α (verdict)": '0.63',
      });
      const pairs = page.getByRole('table', { name: 'Reviewer pairs', exact: true });
      expect(await pairs.locator('tbody tr').count()).toBe(1);
      expect(await pairs.locator('tbody tr').locator('th, td').allTextContents()).toEqual([
        `${REVIEWER_NAME} · ${OTHER.id}`, // this machine's reviewer by name, the other by id
        '10',
        '0.62',
        '90.0%',
      ]);
      await shot(page, 'en-light');
      expect(await axeViolations(page), 'axe on the statistics screen').toEqual([]);

      // One reviewer: only the second reviewer's ten calls, eight of them approvals.
      await stats.filter('reviewer', OTHER.id);
      const narrowed = await stats.summary();
      expect(narrowed).toMatchObject({ Decisions: '10', 'Approval rate': '80.0%' });
      expect((await stats.filterLines()).join('\n')).toContain(OTHER.id);

      // CSV: BOM, the filter written on it, the decision count in the summary table.
      const csv = await stats.exportReport('csv');
      expect(csv.name).toMatch(/^loupe-statistics-\d{4}-\d{2}-\d{2}\.csv$/);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csvText = csv.bytes.toString('utf8');
      expect(csvText).toContain(OTHER.id);
      expect(csvText).toMatch(/\r\nDecisions,10\r\n/);

      // XLSX: the summary's decision count is a number cell, headers frozen.
      const xlsx = await stats.exportReport('xlsx');
      expect(xlsx.name).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      const { buffer, byteOffset, byteLength } = xlsx.bytes;
      await workbook.xlsx.load(buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      expect(names[0]).toBe('About');
      expect(names).toContain('Summary');
      const summarySheet = workbook.getWorksheet('Summary');
      let decisionsCell: unknown;
      summarySheet?.eachRow((row) => {
        if (row.getCell(1).value === 'Decisions') {
          decisionsCell = row.getCell(2).value;
        }
      });
      expect(decisionsCell).toBe(Number(narrowed.Decisions));
      expect(summarySheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const about = workbook.getWorksheet('About');
      const aboutText: string[] = [];
      about?.eachRow((row) => aboutText.push(row.getCell(1).text));
      expect(aboutText.join('\n')).toContain(OTHER.id);

      await stats.filter('reviewer', '');
      expect((await stats.summary()).Decisions).toBe('20');

      // Print: the button calls window.print; the print stylesheet keeps charts and tables.
      await stats.stubPrint();
      await stats.printButton().click();
      expect(await stats.printCalls()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)].filter(
            (element) =>
              getComputedStyle(element).visibility === 'visible' &&
              element.getClientRects().length > 0,
          ).length;
        return {
          charts: shown('.stats-screen .chart-figure canvas'),
          chartTables: shown('.stats-screen .chart-figure table'),
          filterForm: shown('.stats-filters'),
          buttons: shown('.stats-report-actions'),
          filterLines: shown('.stats-print-filters li'),
        };
      });
      // Every drawn chart prints with its table under it, though the tables are closed on screen.
      expect(printed.charts).toBeGreaterThanOrEqual(4);
      expect(printed.chartTables).toBeGreaterThanOrEqual(printed.charts);
      expect(printed).toMatchObject({ filterForm: 0, buttons: 0 });
      expect(printed.filterLines).toBeGreaterThan(0);
      await shot(page, 'en-print');
      await page.emulateMedia({ media: 'screen' });

      // Audit log: the demo project's events, saved as CSV.
      await stats.auditProject().selectOption({ index: 1 });
      await expect.poll(() => stats.auditRows().count()).toBe(20);
      const audit = await stats.saveAuditCsv();
      expect([...audit.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(audit.bytes.toString('utf8').slice(1)).toMatch(/^seq,eventId,kind,/);
      expect(await axeViolations(page), 'axe with the audit log open').toEqual([]);

      await stats.setTheme('dark');
      await shot(page, 'en-dark');
      expect(await axeViolations(page), 'axe on the statistics screen, dark').toEqual([]);
    },
  );

  it(
    'shows the statistics in Traditional Chinese, dark and light, with no axe violations',
    { timeout: 90_000 },
    async () => {
      const { session, queue, review } = await start({
        locale: 'zh-TW',
        language: 'zh-TW',
        colorScheme: 'dark',
      });
      const { page } = session;
      await queue.openByKeyboard(0);
      await review.waitUntilShown();
      await review.approve(5);
      await review.escalate(1, '退款期限與政策不符。');
      await review.backToQueue();
      await queue.waitUntilShown();
      await seedSecondReviewer(page);
      await page.reload();
      await queue.waitUntilShown();

      const stats = new StatisticsPage(page, 'zh-TW');
      await stats.open();
      // One approval and one escalation each, the second reviewer escalating the approved draft.
      expect(await stats.summary()).toMatchObject({ 決定: '4', 核准率: '25.0%', 呈報率: '75.0%' });
      await stats.auditProject().selectOption({ index: 1 });
      await expect.poll(() => stats.auditRows().count()).toBe(4);
      expect(await axeViolations(page), 'axe on the statistics screen (zh-TW)').toEqual([]);
      await shot(page, 'zh-TW-dark');
      await stats.setTheme('light');
      await shot(page, 'zh-TW-light');
      expect(await axeViolations(page), 'axe on the statistics screen (zh-TW, light)').toEqual([]);
    },
  );
});
