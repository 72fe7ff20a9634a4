/**
 * The page's side of the queue search: one client per open project. It runs the search index in
 * a Web Worker (search.worker.ts), so reading and folding 100k drafts and scanning them never
 * hold up the page; where there is no worker (jsdom tests), or it fails to start or breaks, the
 * same index runs on the page instead, in short slices (scan-search-index.ts): slower, never lost.
 */
import type { LoupeDatabase } from '../../db/loupe-database';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { scanSearchIndex, type ScanReport } from './scan-search-index';
import { openSearchIndex, type SearchIndex } from './search-index';

/** Marks the moment the index is whole: DevTools and `npm run bench` time it from opening. */
export const SEARCH_INDEX_READY_MARK = 'loupe:search-index-ready';

export interface SearchClient {
  readonly projectId: string;
  /** These drafts may have changed; nothing is read until the next search. */
  markStale(draftIds: readonly string[]): void;
  /**
   * Adds the ids of the drafts holding `needle` (folded) to `found`, reporting as it goes.
   * Resolves when done, or when a newer search or `stop` superseded it.
   */
  search(
    needle: string,
    found: Set<string>,
    onProgress: (report: ScanReport) => void,
  ): Promise<void>;
  /** Stops the running search. */
  stop(): void;
  /** Drops the index (another project opened, or the queue reset). */
  close(): void;
}

const markWhole = () => performance.mark(SEARCH_INDEX_READY_MARK);

/** The index on the page (no worker). */
function pageClient(db: LoupeDatabase, projectId: string): SearchClient {
  const index: SearchIndex = openSearchIndex(db, projectId, { onWhole: markWhole });
  let token = 0;
  return {
    projectId,
    markStale: (draftIds) => index.markStale(draftIds),
    async search(needle, found, onProgress) {
      token += 1;
      const mine = token;
      // A failed read of changed drafts leaves their older text, not the search undone.
      await index.refreshStale().catch((error: unknown) => {
        console.error('Could not read changed drafts for the search', error);
      });
      if (mine !== token) {
        return;
      }
      await scanSearchIndex(index, needle, found, { shouldStop: () => mine !== token, onProgress });
    },
    stop() {
      token += 1;
    },
    close() {
      token += 1;
      index.close();
    },
  };
}

interface Running {
  token: number;
  needle: string;
  found: Set<string>;
  onProgress: (report: ScanReport) => void;
  finish: () => void;
}

/** The index in a worker; falls back to `pageClient` if the worker cannot run. */
function workerClient(db: LoupeDatabase, projectId: string): SearchClient {
  let worker: Worker | null = new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
  });
  let fallback: SearchClient | null = null;
  let running: Running | null = null;
  let token = 0;
  const send = (message: ToSearchWorker) => worker?.postMessage(message);
  const settle = () => {
    running?.finish();
    running = null;
  };

  worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
    const message = event.data;
    if (message.type === 'whole') {
      markWhole();
      return;
    }
    if (running === null || message.token !== running.token) {
      return; // a search that was superseded
    }
    message.found.forEach((id) => running?.found.add(id));
    running.onProgress({ scanned: message.scanned, done: message.done });
    if (message.done) {
      settle();
    }
  };
  worker.onerror = (event) => {
    console.error('The search worker failed; searching on the page instead', event.message);
    worker?.terminate();
    worker = null;
    fallback = pageClient(db, projectId);
    const interrupted = running;
    running = null;
    if (interrupted !== null) {
      // Searched again on the page: matches already found stay, the set takes no duplicates.
      void fallback
        .search(interrupted.needle, interrupted.found, interrupted.onProgress)
        .then(interrupted.finish);
    }
  };
  send({ type: 'open', databaseName: db.name, projectId });

  return {
    projectId,
    markStale(draftIds) {
      if (fallback !== null) {
        fallback.markStale(draftIds);
      } else {
        send({ type: 'stale', draftIds });
      }
    },
    search(needle, found, onProgress) {
      settle();
      if (fallback !== null) {
        return fallback.search(needle, found, onProgress);
      }
      token += 1;
      const mine = token;
      return new Promise<void>((finish) => {
        running = { token: mine, needle, found, onProgress, finish };
        send({ type: 'search', token: mine, needle });
      });
    },
    stop() {
      settle();
      fallback?.stop();
      send({ type: 'stop' });
    },
    close() {
      settle();
      fallback?.close();
      worker?.terminate();
      worker = null;
    },
  };
}

/** A search client for `projectId`'s drafts in `db`. */
export function openSearchClient(db: LoupeDatabase, projectId: string): SearchClient {
  if (typeof Worker === 'undefined') {
    return pageClient(db, projectId);
  }
  try {
    return workerClient(db, projectId);
  } catch (error) {
    console.error('The search worker could not start; searching on the page instead', error);
    return pageClient(db, projectId);
  }
}

/** The open project's client, one at a time: another project's replaces it. */
export interface ProjectSearch {
  /** The client for `projectId` (opened now, and the index read, if it was another's). */
  clientFor(projectId: string): SearchClient;
  /** The open client, if any. */
  current(): SearchClient | null;
  /** Closes the open client. */
  drop(): void;
}

export function projectSearch(database: () => LoupeDatabase): ProjectSearch {
  let client: SearchClient | null = null;
  return {
    clientFor(projectId) {
      if (client?.projectId !== projectId) {
        client?.close();
        client = openSearchClient(database(), projectId);
      }
      return client;
    },
    current: () => client,
    drop() {
      client?.close();
      client = null;
    },
  };
}
