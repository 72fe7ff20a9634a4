/**
 * Starts one import pass in the import worker and relays its progress; resolves with its result.
 * Where no worker can start (jsdom tests, or a policy fault) the pass runs on the page instead:
 * slower to the eye, same result. Cancel through `signal`: the worker stops between chunks, and
 * batches already written stay written (the writing pass can be run again to finish).
 */
import type { ImportProgress } from '../../../shared/import/import-run';
import { getDatabase } from '../../db/database-instance';
import type {
  FromImportWorker,
  ImportPassRequest,
  ImportPassResult,
  ToImportWorker,
} from '../../import/import-protocol';
import { runImportPass } from '../../import/run-import-pass';

export type PassRunner = (
  request: ImportPassRequest,
  file: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
) => Promise<ImportPassResult>;

const onPage: PassRunner = (request, file, signal, onProgress) =>
  runImportPass(getDatabase(), request, file, signal, onProgress);

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') {
    return null;
  }
  try {
    return new Worker(new URL('../../import/import.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch (error) {
    console.error('The import worker could not start; importing on the page instead', error);
    return null;
  }
}

const inWorker: PassRunner = (request, file, signal, onProgress) => {
  const worker = startWorker();
  if (worker === null) {
    return onPage(request, file, signal, onProgress);
  }
  return new Promise<ImportPassResult>((resolve, reject) => {
    let ready = false;
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToImportWorker);
    const finish = () => {
      signal.removeEventListener('abort', cancel);
      worker.terminate();
    };
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      if (message.type === 'ready') {
        ready = true;
        const run: ToImportWorker = {
          type: 'run',
          databaseName: getDatabase().name,
          request,
          file,
        };
        worker.postMessage(run, [file]);
        if (signal.aborted) {
          cancel();
        }
      } else if (message.type === 'progress') {
        onProgress(message.progress);
      } else if (message.type === 'finished') {
        finish();
        resolve(message.result);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      if (!ready) {
        console.error('The import worker did not load; importing on the page instead', event);
        onPage(request, file, signal, onProgress).then(resolve, reject);
        return;
      }
      reject(new Error(event.message || 'the import worker stopped'));
    };
  });
};

/** Runs one pass (see the module comment). */
export const runPass: PassRunner = inWorker;
