/**
 * Page object for the import screen (renderer/features/import): a file from the dialog or a
 * drop, the mapping step, the check report and the outcome. Selectors go by role and the
 * screen's own words in both languages (IMPORT_TEXT), so a renamed button fails here first.
 */
import type { Locator, Page } from 'playwright-core';
import type { Language } from './first-screen-page';

export const IMPORT_TEXT = {
  en: {
    openImport: 'Import a file…',
    newProjectName: 'Name of the new project',
    check: 'Check the whole file',
    importValid: /^Import the [\d,]+ valid rows$/,
    openQueue: 'Open the queue',
    encoding: 'Encoding',
    finished: 'The import is finished',
  },
  'zh-TW': {
    openImport: '匯入檔案…',
    newProjectName: '新專案的名稱',
    check: '檢查整個檔案',
    importValid: /^匯入 [\d,]+ 列有效資料$/,
    openQueue: '開啟佇列',
    encoding: '編碼',
    finished: '匯入完成',
  },
} as const;

export class ImportPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return IMPORT_TEXT[this.language];
  }

  screen(): Locator {
    return this.page.getByTestId('import-screen');
  }

  report(): Locator {
    return this.page.locator('.import-report');
  }

  /** The report's problems as `line|field|reason` strings, in order. */
  async problems(): Promise<string[]> {
    return this.report()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim() ?? '').join(
            '|',
          ),
        ),
      );
  }

  /** Clicks "Import a file…" and gives `path` to the file dialog. */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.text.openImport }).first().click();
    await (await chooser).setFiles(path);
    await this.page.locator('.import-mapping-step').waitFor();
  }

  /** Drops a file made of `bytes` on the window, as a file manager would. */
  async dropFile(name: string, bytes: Uint8Array): Promise<void> {
    await this.page.evaluate(
      ({ fileName, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], fileName));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          document.body.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        }
      },
      { fileName: name, data: Array.from(bytes) },
    );
    await this.page.locator('.import-mapping-step').waitFor();
  }

  encodingSelect(): Locator {
    return this.page.getByRole('combobox', { name: this.text.encoding, exact: true });
  }

  /** Names the new project, checks the file and waits for the report. */
  async checkIntoNewProject(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.text.newProjectName }).fill(name);
    await this.page.getByRole('button', { name: this.text.check }).click();
    await this.report().waitFor({ timeout: 60_000 });
  }

  /** Imports the valid rows and waits for the outcome; returns its summary line. */
  async importValidRows(): Promise<string> {
    await this.page.getByRole('button', { name: this.text.importValid }).click();
    const outcome = this.page.locator('.import-outcome');
    await outcome.getByRole('heading', { name: this.text.finished }).waitFor({ timeout: 60_000 });
    return (await outcome.getByRole('status').textContent()) ?? '';
  }

  async openQueue(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.openQueue }).click();
  }
}
