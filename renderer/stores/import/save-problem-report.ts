/**
 * Saves a checking pass's problems as CSV where the reviewer chooses (the bridge's save dialog;
 * in the browser build, a download), named after the imported file. Resolves false when saving failed (a cancel is not a failure).
 */
import type { ImportProblem } from '../../../shared/import/types';
import { problemReportCsv } from '../../../shared/import/problem-report';
import { getBridge } from '../../platform/current-bridge';

/** The report is at most 10,000 short rows: one chunk. */
// eslint-disable-next-line @typescript-eslint/require-await -- an async iterable of one value
async function* oneChunk(text: string) {
  yield text;
}

export async function saveProblemReport(
  fileName: string,
  problems: readonly ImportProblem[],
): Promise<boolean> {
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  try {
    await getBridge().saveFile(
      {
        suggestedName: `${base}-problems.csv`,
        mimeType: 'text/csv',
        extensions: ['csv'],
        // At most 10,000 short rows: in the browser build, a download that always arrives.
        asDownload: true,
      },
      oneChunk(problemReportCsv(problems)),
    );
    return true;
  } catch (error) {
    console.error('Could not save the report', error);
    return false;
  }
}
