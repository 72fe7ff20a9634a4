/**
 * 'report:save-pdf': the lead's printable report as a PDF (issue 14 point 6). The save dialog
 * first (the user may cancel before anything is rendered), then Electron's printToPDF of the
 * calling window — the page as its print stylesheet lays it out — written through the same
 * atomic save as every other file (a temp file beside the target, renamed when whole).
 */
import path from 'node:path';
import type { SaveReportPdfRequest, SaveReportPdfResponse } from '../../shared/ipc/contract';
import type { FileDialogs } from './file-dialogs';
import { sanitizeSuggestedName } from './file-dialogs';
import type { FileSaveRegistry } from './file-saves';

export interface ReportPdfDeps {
  dialogs: Pick<FileDialogs, 'showSaveDialog'>;
  saves: FileSaveRegistry;
  ownerId: number;
  defaultFolder: string;
  /** The calling window printed to PDF (webContents.printToPDF). */
  printToPdf: () => Promise<Uint8Array>;
}

/** A suggested name always ends in `.pdf` (what the dialog's filter expects). */
function pdfName(suggested: string): string {
  const name = sanitizeSuggestedName(suggested);
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

export async function saveReportAsPdf(
  request: SaveReportPdfRequest,
  deps: ReportPdfDeps,
): Promise<SaveReportPdfResponse> {
  const result = await deps.dialogs.showSaveDialog({
    defaultPath: path.join(deps.defaultFolder, pdfName(request.suggestedName)),
    ...(request.title === undefined ? {} : { title: request.title }),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') {
    return { canceled: true };
  }
  const pdf = await deps.printToPdf();
  const saveId = await deps.saves.begin(deps.ownerId, result.filePath);
  try {
    await deps.saves.writeChunk(deps.ownerId, saveId, pdf);
  } catch (error) {
    await deps.saves.abort(deps.ownerId, saveId);
    throw error;
  }
  const bytes = await deps.saves.end(deps.ownerId, saveId);
  return { canceled: false, name: path.basename(result.filePath), bytes };
}
