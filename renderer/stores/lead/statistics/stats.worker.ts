/**
 * The lead's statistics, off the page's main thread (issue 14 point 4): reading 20,000 drafts
 * and computing every statistic would hold up the page. Opens its own connection to the
 * database the page names, as export.worker.ts does; the edit rates it computes are kept there
 * (edit-rates-repository.ts), so the next opening does not compute them again.
 */
import { LoupeDatabase } from '../../../db/loupe-database';
import { readEditRates, saveEditRates } from '../../../db/repositories/edit-rates-repository';
import { readStatsDrafts } from '../../../db/repositories/stats-drafts-repository';
import type { FromStatsWorker, ToStatsWorker } from './statistics-protocol';
import { createStatsWorkerHandler } from './statistics-worker-handler';

// The DOM lib is in scope for the renderer's tsconfig; a worker only needs these members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToStatsWorker>) => void) | null;
  postMessage: (message: FromStatsWorker) => void;
};

let db: LoupeDatabase | null = null;

function database(name: string): LoupeDatabase {
  if (db?.name !== name) {
    db?.close();
    db = new LoupeDatabase({ name });
  }
  return db;
}

const handle = createStatsWorkerHandler({
  load: (dbName) => readStatsDrafts(database(dbName)),
  post: (message) => scope.postMessage(message),
  loadEditRates: (dbName) => readEditRates(database(dbName)),
  saveEditRates: (dbName, entries) => saveEditRates(database(dbName), entries),
});

scope.onmessage = (event) => handle(event.data);
