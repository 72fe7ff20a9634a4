/** Messages between the page and the export worker (export.worker.ts). */
import type { ExportManifest } from '../../../shared/export';
import type { ExportChoices } from './export-choices';
import type { StoreExportRequest } from './run-store-export';

export type ToExportWorker =
  /**
   * `write`: post the chunks (batched, each acknowledged); otherwise only count (a preview).
   * `choices`: also gather the filter values of the drafts read, sent with `done`.
   */
  | {
      type: 'run';
      id: number;
      dbName: string;
      request: StoreExportRequest;
      write: boolean;
      choices: boolean;
    }
  /** The page wrote the last batch of run `id`; the worker may send the next. */
  | { type: 'ack'; id: number }
  | { type: 'cancel'; id: number };

export type FromExportWorker =
  | { type: 'progress'; id: number; rows: number; total: number }
  | { type: 'chunk'; id: number; fileName: string; bytes: Uint8Array }
  | { type: 'done'; id: number; manifest: ExportManifest; choices?: ExportChoices }
  | { type: 'failed'; id: number; message: string; aborted: boolean };
