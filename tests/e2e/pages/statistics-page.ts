/**
 * Page object for the lead's statistics screen (renderer/features/lead/statistics) and the
 * project audit log at its foot (renderer/features/lead/audit): the header's Statistics button,
 * the headline numbers, the filters, the report buttons (files arrive as downloads in the
 * browser build) and the audit log's project picker and save button.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { Language } from './first-screen-page';

export const STATISTICS_TEXT = {
  en: {
    button: 'Statistics',
    title: 'Statistics',
    decisions: 'Decisions',
    reviewer: 'Reviewer',
    project: 'Project',
    csv: 'Export CSV',
    xlsx: 'Export XLSX',
    print: 'Print report…',
    auditProject: 'Project to audit',
    auditSaveCsv: 'Save as CSV…',
    theme: 'Theme',
  },
  'zh-TW': {
    button: '統計',
    title: '統計',
    decisions: '決定',
    reviewer: '審閱者',
    project: '專案',
    csv: '匯出 CSV',
    xlsx: '匯出 XLSX',
    print: '列印報告…',
    auditProject: '要稽核的專案',
    auditSaveCsv: '另存為 CSV…',
    theme: '主題',
  },
} as const;

export class StatisticsPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return STATISTICS_TEXT[this.language];
  }

  screen(): Locator {
    return this.page.locator('section.stats-screen');
  }

  /** Clicks the header's Statistics button and waits until the numbers are drawn. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.button, exact: true }).click();
    await this.waitUntilComputed();
  }

  /** Waits for the worker's newest result: not busy, and the summary drawn. */
  async waitUntilComputed(): Promise<void> {
    await this.screen().locator('dl.stats-summary').waitFor();
    await this.page.waitForFunction(
      () => document.querySelector('section.stats-screen')?.getAttribute('aria-busy') === 'false',
    );
  }

  /** The headline numbers as drawn: label → value. */
  async summary(): Promise<Record<string, string>> {
    return this.screen()
      .locator('dl.stats-summary')
      .evaluate((list) =>
        Object.fromEntries(
          [...list.querySelectorAll('.stats-summary-item')].map((item) => [
            item.querySelector('dt')?.textContent ?? '',
            item.querySelector('dd')?.textContent ?? '',
          ]),
        ),
      );
  }

  /** Picks `value` in a facet's select ('' for all) and waits for the new numbers. */
  async filter(facet: 'reviewer' | 'project', value: string): Promise<void> {
    await this.screen()
      .locator('fieldset.stats-filters')
      .getByLabel(this.text[facet], { exact: true })
      .selectOption(value);
    await this.waitUntilComputed();
  }

  /** The printed filter lines under the filter form. */
  async filterLines(): Promise<string[]> {
    return this.screen().locator('.stats-print-filters li').allTextContents();
  }

  /** Clicks a report button and returns the downloaded file's name and bytes. */
  async exportReport(format: 'csv' | 'xlsx'): Promise<{ name: string; bytes: Buffer }> {
    return this.download(this.page.getByRole('button', { name: this.text[format], exact: true }));
  }

  printButton(): Locator {
    return this.page.getByRole('button', { name: this.text.print, exact: true });
  }

  /** Replaces window.print with a counter, so the click is recorded and no dialog opens. */
  async stubPrint(): Promise<void> {
    await this.page.evaluate(() => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls += 1;
      };
    });
  }

  printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
  }

  auditProject(): Locator {
    return this.page.getByLabel(this.text.auditProject, { exact: true });
  }

  auditRows(): Locator {
    return this.page.locator('table.audit-log__table tbody tr');
  }

  async saveAuditCsv(): Promise<{ name: string; bytes: Buffer }> {
    return this.download(
      this.page.getByRole('button', { name: this.text.auditSaveCsv, exact: true }),
    );
  }

  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.page.getByRole('combobox', { name: this.text.theme }).selectOption(theme);
    await this.page.waitForFunction(
      (wanted) => document.documentElement.getAttribute('data-theme') === wanted,
      theme,
    );
  }

  private async download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return {
      name: download.suggestedFilename(),
      bytes: await readFile((await download.path()) ?? ''),
    };
  }
}
