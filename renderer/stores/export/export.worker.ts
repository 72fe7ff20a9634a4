/**
 * The export, off the page's main thread (issue 13 point 1): building 100k records, running the
 * writers and hashing the files would hold up the page for seconds. Opens its own connection to
 * the database the page names (reading Dexie from a worker is fine), and sends the files' bytes
 * to the page in batches, each acknowledged before the next, so memory stays flat however slow
 * the disk is.
 */
import { LoupeDatabase } from '../../db/loupe-database';
import { createChunkBatcher } from '../../../shared/export/chunk-batcher';
import { createChoicesCollector } from './export-choices';
import type { FromExportWorker, ToExportWorker } from './export-protocol';
import { runStoreExport } from './run-store-export';

// The DOM lib is in scope for the renderer's tsconfig; a worker only needs these members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToExportWorker>) => void) | null;
  postMessage: (message: FromExportWorker, transfer?: Transferable[]) => void;
};

/** Progress messages at most this often: enough for a live rate, few enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

let db: LoupeDatabase | null = null;
const running = new Map<number, { controller: AbortController; acked?: () => void }>();

function database(name: string): LoupeDatabase {
  if (db?.name !== name) {
    db?.close();
    db = new LoupeDatabase({ name });
  }
  return db;
}

async function run(message: Extract<ToExportWorker, { type: 'run' }>) {
  const { id } = message;
  const controller = new AbortController();
  const entry: { controller: AbortController; acked?: () => void } = { controller };
  running.set(id, entry);
  const batcher = createChunkBatcher();
  const send = async (fileName: string, bytes: Uint8Array) => {
    const acked = new Promise<void>((resolve) => {
      entry.acked = resolve;
    });
    scope.postMessage({ type: 'chunk', id, fileName, bytes }, [bytes.buffer]);
    await acked;
    controller.signal.throwIfAborted();
  };
  let lastProgress = 0;
  const choices = message.choices ? createChoicesCollector() : undefined;
  try {
    const manifest = await runStoreExport(database(message.dbName), message.request, {
      signal: controller.signal,
      ...(choices !== undefined ? { onItem: (item) => choices.add(item) } : {}),
      async onChunk(fileName, chunk) {
        if (!message.write) {
          return;
        }
        const batch = batcher.add(fileName, chunk);
        if (batch !== undefined) {
          await send(fileName, batch);
        }
      },
      onProgress(rows, total) {
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_EVERY_MS || rows === total) {
          lastProgress = now;
          scope.postMessage({ type: 'progress', id, rows, total });
        }
      },
    });
    if (message.write) {
      for (const [fileName, bytes] of batcher.drain()) {
        await send(fileName, bytes);
      }
    }
    scope.postMessage({
      type: 'done',
      id,
      manifest,
      ...(choices !== undefined ? { choices: choices.choices() } : {}),
    });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
      aborted: controller.signal.aborted,
    });
  } finally {
    running.delete(id);
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'run':
      void run(message);
      return;
    case 'ack':
      running.get(message.id)?.acked?.();
      return;
    case 'cancel': {
      const entry = running.get(message.id);
      entry?.controller.abort(new DOMException('Export canceled', 'AbortError'));
      // A run waiting for an acknowledgement hears the abort once it is released.
      entry?.acked?.();
      return;
    }
  }
};
