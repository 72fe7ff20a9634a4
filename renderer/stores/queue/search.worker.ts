/**
 * The queue's search, off the page's main thread (issue 12, point 13): the index of 100k folded
 * drafts is read, held and scanned here, so a search or the index being read never holds up a
 * decision. Opens its own connection to the database the page names, as the import worker does.
 */
import { LoupeDatabase } from '../../db/loupe-database';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { scanSearchIndex } from './scan-search-index';
import { openSearchIndex, type SearchIndex } from './search-index';

// The DOM lib is in scope for the renderer's tsconfig; a worker only needs these members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage: (message: FromSearchWorker) => void;
};

/** A worker's slice: long enough that yielding costs little, short enough to hear a new search. */
const WORKER_SLICE_MS = 40;

// A message to ourselves is a macrotask without setTimeout's 4 ms clamp on nested timers.
const channel = new MessageChannel();
const yielded: (() => void)[] = [];
channel.port1.onmessage = () => yielded.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    yielded.push(resolve);
    channel.port2.postMessage(null);
  });

let db: LoupeDatabase | null = null;
let index: SearchIndex | null = null;
let current = 0;

async function search(token: number, needle: string) {
  const searched = index;
  if (searched === null) {
    return;
  }
  current = token;
  await searched.refreshStale().catch((error: unknown) => {
    console.error('Could not read changed drafts for the search', error);
  });
  const found = new Set<string>();
  let sent = 0;
  await scanSearchIndex(searched, needle, found, {
    shouldStop: () => current !== token || index !== searched,
    sliceMs: WORKER_SLICE_MS,
    yieldToMain: nextTask,
    onProgress: ({ scanned, done }) => {
      // Only what is new since the last report: the page keeps the set.
      const fresh = found.size > sent ? [...found].slice(sent) : [];
      sent = found.size;
      scope.postMessage({ type: 'progress', token, found: fresh, scanned, done });
    },
  });
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'open':
      index?.close();
      if (db?.name !== message.databaseName) {
        db?.close();
        db = new LoupeDatabase({ name: message.databaseName });
      }
      index = openSearchIndex(db, message.projectId, {
        onWhole: () => scope.postMessage({ type: 'whole' }),
        repack: true,
      });
      break;
    case 'stale':
      index?.markStale(message.draftIds);
      break;
    case 'search':
      search(message.token, message.needle).catch((error: unknown) => {
        console.error('The search failed', error);
        scope.postMessage({
          type: 'progress',
          token: message.token,
          found: [],
          scanned: 0,
          done: true,
        });
      });
      break;
    case 'stop':
      current = 0;
      break;
  }
};
