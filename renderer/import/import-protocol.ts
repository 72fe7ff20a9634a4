/**
 * Messages between the page and the import worker. One worker per pass: it says `ready` once
 * loaded (only then is the file handed over: a worker that fails to load must not take the file
 * with it), the page sends `run`
 * with the file as a transferred ReadableStream (read in the worker, pulled from the page's
 * source, so a file from the Electron dialog streams over IPC as it is needed), may send
 * `cancel`, and receives progress and then exactly one `finished` or `crashed`.
 */
import type { ImportProgress, ImportResult } from '../../shared/import/import-run';
import type { ImportFileOptions, WriteFileOptions, WriteResult } from './import-file';

/** What a pass needs besides the file; cancel and progress go by message instead. */
export type PassOptions = Omit<ImportFileOptions, 'signal' | 'onProgress'>;

export type ImportPassRequest =
  | { pass: 'check'; options: PassOptions }
  | { pass: 'write'; options: Omit<WriteFileOptions, 'signal' | 'onProgress'> };

export type ImportPassResult = ImportResult | WriteResult;

export type ToImportWorker =
  | {
      type: 'run';
      databaseName: string;
      request: ImportPassRequest;
      file: ReadableStream<Uint8Array>;
    }
  | { type: 'cancel' };

export type FromImportWorker =
  | { type: 'ready' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'finished'; result: ImportPassResult }
  | { type: 'crashed'; message: string };
