/**
 * Saves a file the statistics screen made (report CSV/XLSX, disagreements JSON Lines) through
 * the bridge: Electron's save dialog, or a download in the browser build. The existing save path
 * is enough; no IPC of its own.
 */
import { getBridge } from '../../../platform/current-bridge';

// eslint-disable-next-line @typescript-eslint/require-await -- an async iterable of one value
async function* oneChunk(content: Uint8Array | string) {
  yield content;
}

/** Resolves true when saved, false when the lead cancelled; rejects when writing failed. */
export async function saveStatisticsFile(
  suggestedName: string,
  mimeType: string,
  content: Uint8Array | string,
): Promise<boolean> {
  const extension = suggestedName.slice(suggestedName.lastIndexOf('.') + 1);
  const result = await getBridge().saveFile(
    { suggestedName, mimeType, extensions: [extension], asDownload: true },
    oneChunk(content),
  );
  return result.saved;
}

/**
 * The screen as a printed report (its print stylesheet): a PDF through the save dialog in the
 * desktop app, the print dialog in the browser build. True when the app saved a PDF.
 */
export async function printStatisticsReport(
  suggestedName: string,
  title: string,
): Promise<boolean> {
  const result = await getBridge().printPage({ suggestedName, title });
  return result.saved;
}
