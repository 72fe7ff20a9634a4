/**
 * 'report:save-pdf' (issue 14 point 6): the lead's report printed to PDF and saved where the
 * user picked — atomically, with nothing rendered when the dialog is cancelled, and nothing left
 * under the chosen name when printing fails.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FileSaveRegistry } from '../../../electron/handlers/file-saves';
import { saveReportAsPdf } from '../../../electron/handlers/report-pdf';
import { makeTempDir } from '../support/temp-dir';

const PDF = new TextEncoder().encode('%PDF-1.7\n… the report …\n%%EOF\n');

function deps(folder: string, answer: { canceled: boolean; filePath?: string }) {
  const seen: SaveDialogOptions[] = [];
  const printToPdf = vi.fn(() => Promise.resolve(PDF));
  return {
    seen,
    printToPdf,
    deps: {
      dialogs: {
        showSaveDialog: (options: SaveDialogOptions) => {
          seen.push(options);
          return Promise.resolve(answer);
        },
      },
      saves: new FileSaveRegistry(),
      ownerId: 1,
      defaultFolder: folder,
      printToPdf,
    },
  };
}

describe('saving the report as a PDF', () => {
  it('prints the page and writes the PDF where the user picked, suggesting a .pdf name', async () => {
    const folder = await makeTempDir();
    const target = path.join(folder, '審閱統計.pdf');
    const { deps: d, seen, printToPdf } = deps(folder, { canceled: false, filePath: target });

    const result = await saveReportAsPdf({ suggestedName: '../審閱統計' }, d);

    expect(result).toEqual({ canceled: false, name: '審閱統計.pdf', bytes: PDF.byteLength });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(PDF);
    expect(printToPdf).toHaveBeenCalledTimes(1);
    // The suggestion is reduced to a name in the default folder, with the PDF extension.
    expect(seen[0]?.defaultPath).toBe(path.join(folder, '審閱統計.pdf'));
    expect(seen[0]?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect((await fs.readdir(folder)).sort()).toEqual(['審閱統計.pdf']); // no temp file left
  });

  it('renders nothing when the dialog is cancelled', async () => {
    const folder = await makeTempDir();
    const { deps: d, printToPdf } = deps(folder, { canceled: true });

    expect(await saveReportAsPdf({ suggestedName: 'report.pdf' }, d)).toEqual({ canceled: true });
    expect(printToPdf).not.toHaveBeenCalled();
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('leaves an earlier file of that name untouched when printing fails', async () => {
    const folder = await makeTempDir();
    const target = path.join(folder, 'report.pdf');
    await fs.writeFile(target, 'the earlier report');
    const { deps: d } = deps(folder, { canceled: false, filePath: target });
    d.printToPdf.mockRejectedValueOnce(new Error('the window was closed'));

    await expect(saveReportAsPdf({ suggestedName: 'report.pdf' }, d)).rejects.toThrow(
      'the window was closed',
    );
    expect(await fs.readFile(target, 'utf8')).toBe('the earlier report');
    expect(await fs.readdir(folder)).toEqual(['report.pdf']);
  });
});
