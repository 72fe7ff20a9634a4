/**
 * How fast an import goes and how long is left. A checking pass goes by the bytes read (the row
 * count of the whole file is unknown until the end, its size is not); a writing pass, when the
 * check told how many rows it will write, by the rows written.
 */
import type { ImportProgress } from '../../../shared/import/import-run';

export interface ImportRate {
  rowsPerSecond: number | null;
  /** Null until enough is read to tell (the first half second says little). */
  secondsLeft: number | null;
  /** 0–1, by bytes. */
  fraction: number;
}

const SETTLE_MS = 500;

export function importRate(
  progress: ImportProgress,
  fileSize: number,
  elapsedMs: number,
  rowsToWrite: number | null = null,
): ImportRate {
  if (rowsToWrite !== null && progress.rowsWritten !== undefined) {
    return rateByRows(progress.rowsWritten, rowsToWrite, elapsedMs);
  }
  const fraction = fileSize > 0 ? Math.min(1, progress.bytesRead / fileSize) : 1;
  if (elapsedMs < SETTLE_MS || progress.bytesRead === 0) {
    return { rowsPerSecond: null, secondsLeft: null, fraction };
  }
  const seconds = elapsedMs / 1000;
  const bytesPerSecond = progress.bytesRead / seconds;
  return {
    rowsPerSecond: progress.rowsRead / seconds,
    secondsLeft: Math.max(0, (fileSize - progress.bytesRead) / bytesPerSecond),
    fraction,
  };
}

function rateByRows(written: number, total: number, elapsedMs: number): ImportRate {
  const fraction = total > 0 ? Math.min(1, written / total) : 1;
  if (elapsedMs < SETTLE_MS || written === 0) {
    return { rowsPerSecond: null, secondsLeft: null, fraction };
  }
  const rowsPerSecond = written / (elapsedMs / 1000);
  return { rowsPerSecond, secondsLeft: Math.max(0, (total - written) / rowsPerSecond), fraction };
}
