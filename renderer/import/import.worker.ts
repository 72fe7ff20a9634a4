/**
 * The import, off the UI thread (DESIGN.md: "Imports write in chunks of a few hundred rows, each
 * chunk one transaction, in a worker"): decoding, parsing, checking and writing 100k rows takes
 * seconds, during which the reviewer keeps working. Opens its own connection to the database the
 * page names. Progress is sent at most every PROGRESS_MS, plus the final figures.
 */
import type { ImportProgress } from '../../shared/import/import-run';
import { LoupeDatabase } from '../db/loupe-database';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import { runImportPass } from './run-import-pass';

const PROGRESS_MS = 100;

// The DOM lib is in scope for the renderer's tsconfig; a worker only needs these members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null;
  postMessage: (message: FromImportWorker) => void;
};

const controller = new AbortController();

async function run(message: Extract<ToImportWorker, { type: 'run' }>) {
  const db = new LoupeDatabase({ name: message.databaseName });
  let lastSent = 0;
  const onProgress = (progress: ImportProgress) => {
    const now = performance.now();
    if (now - lastSent >= PROGRESS_MS) {
      lastSent = now;
      scope.postMessage({ type: 'progress', progress });
    }
  };
  try {
    const result = await runImportPass(
      db,
      message.request,
      message.file,
      controller.signal,
      onProgress,
    );
    scope.postMessage({ type: 'finished', result });
  } catch (error) {
    scope.postMessage({
      type: 'crashed',
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => {
  if (event.data.type === 'cancel') {
    controller.abort();
    return;
  }
  void run(event.data);
};

scope.postMessage({ type: 'ready' });
