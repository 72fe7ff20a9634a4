/**
 * Where the export runs: in a Web Worker (export.worker.ts), so a preview or an export of 100k
 * drafts never holds up the page; where there is no worker (jsdom tests) or it cannot start, on
 * the page itself. Both give the same bytes: they call the same `runStoreExport`.
 */
import type { ExportManifest } from '../../../shared/export';
import type { LoupeDatabase } from '../../db/loupe-database';
import { createChoicesCollector, type ExportChoices } from './export-choices';
import type { FromExportWorker, ToExportWorker } from './export-protocol';
import type { StoreExportRequest } from './run-store-export';

export interface EngineRun {
  /** Receives the files' bytes (absent: a preview, only counted). */
  onChunk?: (fileName: string, chunk: Uint8Array) => Promise<void>;
  onProgress?: (rows: number, total: number) => void;
  /** Present: also gather the filter values of the drafts read, handed over at the end. */
  onChoices?: (choices: ExportChoices) => void;
  signal?: AbortSignal;
}

export interface ExportEngine {
  run(request: StoreExportRequest, run: EngineRun): Promise<ExportManifest>;
}

/**
 * The export on the page (no worker). The writers (Parquet's among them) are loaded only when
 * it runs: the app's own bundle stays as it was, and the worker has its own copy.
 */
export function pageEngine(db: LoupeDatabase): ExportEngine {
  return {
    async run(request, run) {
      const { runStoreExport } = await import('./run-store-export');
      const choices = run.onChoices !== undefined ? createChoicesCollector() : undefined;
      const manifest = await runStoreExport(db, request, {
        onChunk: run.onChunk ?? (() => Promise.resolve()),
        ...(run.onProgress !== undefined ? { onProgress: run.onProgress } : {}),
        ...(choices !== undefined ? { onItem: (item) => choices.add(item) } : {}),
        ...(run.signal !== undefined ? { signal: run.signal } : {}),
      });
      if (choices !== undefined) {
        run.onChoices?.(choices.choices());
      }
      return manifest;
    },
  };
}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
  run?: EngineRun;
}

/** The export in a worker; every call falls back to the page if the worker fails to start. */
export function workerEngine(db: LoupeDatabase): ExportEngine {
  let live: Worker;
  try {
    live = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    console.error('The export worker did not start; exporting on the page', error);
    return pageEngine(db);
  }
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const post = (message: ToExportWorker) => live.postMessage(message);

  live.onmessage = (event: MessageEvent<FromExportWorker>) => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (entry === undefined) {
      return;
    }
    switch (message.type) {
      case 'progress':
        entry.run?.onProgress?.(message.rows, message.total);
        return;
      case 'chunk':
        void (entry.run?.onChunk?.(message.fileName, message.bytes) ?? Promise.resolve()).then(
          () => post({ type: 'ack', id: message.id }),
          (error: unknown) => {
            // The page could not write: stop the worker's run and report what failed here.
            post({ type: 'cancel', id: message.id });
            pending.delete(message.id);
            entry.reject(error);
          },
        );
        return;
      case 'done':
        pending.delete(message.id);
        if (message.choices !== undefined) {
          entry.run?.onChoices?.(message.choices);
        }
        (entry.resolve as (value: ExportManifest) => void)(message.manifest);
        return;
      case 'failed':
        pending.delete(message.id);
        entry.reject(
          message.aborted
            ? new DOMException(message.message, 'AbortError')
            : new Error(message.message),
        );
        return;
    }
  };
  live.onerror = (event) => {
    event.preventDefault();
    for (const entry of pending.values()) {
      entry.reject(new Error(`The export worker stopped: ${event.message}`));
    }
    pending.clear();
  };

  return {
    run(request, run) {
      nextId += 1;
      const id = nextId;
      return new Promise<ExportManifest>((resolve, reject) => {
        if (run.signal?.aborted === true) {
          reject(new DOMException('Export canceled', 'AbortError'));
          return;
        }
        pending.set(id, { resolve, reject, run });
        run.signal?.addEventListener('abort', () => post({ type: 'cancel', id }), { once: true });
        post({
          type: 'run',
          id,
          dbName: db.name,
          request,
          write: run.onChunk !== undefined,
          choices: run.onChoices !== undefined,
        });
      });
    },
  };
}

/** The worker engine where `Worker` exists, else the page engine. */
export function createExportEngine(db: LoupeDatabase): ExportEngine {
  return typeof Worker === 'function' ? workerEngine(db) : pageEngine(db);
}
