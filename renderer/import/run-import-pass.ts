/**
 * Runs one pass of an import (check or write) over a stream of the file: the body of the import
 * worker, and what the page runs itself where no worker can start (jsdom tests).
 */
import type { ImportProgress } from '../../shared/import/import-run';
import type { LoupeDatabase } from '../db/loupe-database';
import { checkFile, writeFile } from './import-file';
import type { ImportPassRequest, ImportPassResult } from './import-protocol';
import { streamChunks } from './stream-chunks';

export function runImportPass(
  db: LoupeDatabase,
  request: ImportPassRequest,
  file: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportPassResult> {
  const chunks = streamChunks(file);
  if (request.pass === 'check') {
    return checkFile(chunks, { ...request.options, signal, onProgress });
  }
  return writeFile(db, chunks, { ...request.options, signal, onProgress });
}
