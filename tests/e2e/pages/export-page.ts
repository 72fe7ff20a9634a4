/** The export dialog (issue 13 point 1), as an evaluator drives it in the browser build. */
import type { Download, Locator, Page } from 'playwright-core';
import type { Language } from './first-screen-page';

export const EXPORT_TEXT = {
  en: {
    open: 'Export labelled set…',
    title: 'Export labelled set',
    preview: 'Records to write',
    excluded: 'Left out, by reason',
    start: 'Export',
    finished: 'Export finished',
    again: 'Export another set',
  },
  'zh-TW': {
    open: '匯出標註資料集…',
    title: '匯出標註資料集',
    preview: '將寫入的紀錄',
    excluded: '未納入的原因',
    start: '匯出',
    finished: '匯出完成',
    again: '再匯出一份',
  },
} as const satisfies Record<Language, Record<string, string>>;

export class ExportPage {
  private readonly text;

  constructor(
    private readonly page: Page,
    language: Language,
  ) {
    this.text = EXPORT_TEXT[language];
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.text.title });
  }

  /** Opens the dialog with the queue's button. */
  async openFromQueue(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.open }).click();
    await this.waitForPreview();
  }

  /** Opens the dialog with the File menu's key (Ctrl+Shift+E in the browser build). */
  async openByKey(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+E');
    await this.waitForPreview();
  }

  /** Waits until the choices are read and the preview has counted them. */
  async waitForPreview(): Promise<void> {
    await this.dialog().getByRole('table', { name: this.text.preview }).waitFor();
  }

  async chooseFormat(format: string): Promise<void> {
    await this.dialog()
      .getByRole('radio', { name: new RegExp(`^${format} `) })
      .check();
    await this.waitForPreview();
  }

  /** The preview's counts, row header → number as shown. */
  async counts(table: 'preview' | 'excluded'): Promise<Record<string, string>> {
    const rows = this.dialog()
      .getByRole('table', { name: table === 'preview' ? this.text.preview : this.text.excluded })
      .getByRole('row');
    const out: Record<string, string> = {};
    for (const row of await rows.all()) {
      const header = await row.getByRole('rowheader').textContent();
      out[header ?? ''] = (await row.getByRole('cell').textContent()) ?? '';
    }
    return out;
  }

  /** Presses Export and collects the `count` downloads it makes, by file name. */
  async exportAndCatch(count: number): Promise<Map<string, Download>> {
    const downloads = new Map<string, Download>();
    let done: () => void = () => undefined;
    const all = new Promise<void>((resolve) => {
      done = resolve;
    });
    const onDownload = (download: Download) => {
      downloads.set(download.suggestedFilename(), download);
      if (downloads.size === count) {
        done();
      }
    };
    this.page.on('download', onDownload);
    try {
      await this.dialog().getByRole('button', { name: this.text.start, exact: true }).click();
      await all;
      await this.dialog().getByRole('heading', { name: this.text.finished }).waitFor();
    } finally {
      this.page.off('download', onDownload);
    }
    return downloads;
  }

  async again(): Promise<void> {
    await this.dialog().getByRole('button', { name: this.text.again }).click();
    await this.waitForPreview();
  }
}
