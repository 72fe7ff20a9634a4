/**
 * Where the review goes next, and getting it ready: the draft before or after one in queue order
 * (from the queue store's positions, else from the index for a draft the queue has not read yet),
 * and reading those neighbours ahead so J or a decision paints without waiting for the database.
 */
import type { DraftRow } from '../../db/rows';
import { getDatabase } from '../../db/database-instance';
import { neighbourInQueue } from '../../db/repositories/queue-entries-repository';
import { useQueueStore } from '../queue/queue-store';
import type { LoadedDraft, LoadedDrafts } from './loaded-drafts';

/** Told about each draft read ahead, when the page is idle (see `setReadAheadListener`). */
export type ReadAheadListener = (draft: DraftRow) => void;

let readAheadListener: ReadAheadListener | null = null;

/**
 * The review screen prepares what it will show of a read-ahead draft (parsed markdown, grounding
 * hints) while the reviewer reads the current one, so J or a decision only mounts it. Returns a
 * function that removes the listener.
 */
export function setReadAheadListener(listener: ReadAheadListener): () => void {
  readAheadListener = listener;
  return () => {
    if (readAheadListener === listener) {
      readAheadListener = null;
    }
  };
}

const whenIdle = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(work, { timeout: 1000 });
  } else {
    setTimeout(work, 0);
  }
};

/**
 * The draft `step` places after (or before) `draftId` in the list the reviewer came from: the
 * filtered or searched list when they opened the draft from one (issue 12), else queue order.
 * Undefined when the queue does not know yet (read the index); null at either end of a
 * filtered list, which J and a decision must not leave.
 */
export function neighbour(draftId: string, step: 1 | -1): string | null | undefined {
  const { entries, positions, trail } = useQueueStore.getState();
  const onTrail = trail?.positions.get(draftId);
  if (trail !== null && onTrail !== undefined) {
    return trail.draftIds[onTrail + step] ?? null;
  }
  const index = positions.get(draftId);
  return index === undefined ? undefined : entries[index + step]?.draftId;
}

/** The neighbour from the index, for a draft beyond what the queue has read so far. */
export async function neighbourFromIndex(
  cache: LoadedDrafts,
  draftId: string,
  step: 1 | -1,
): Promise<string | undefined> {
  const draft = cache.peek(draftId)?.draft;
  return draft === undefined ? undefined : neighbourInQueue(getDatabase(), draft, step);
}

/** Reads `id` into `cache` and tells the listener; undefined when there is none or it failed. */
function readInto(
  cache: LoadedDrafts,
  id: string | null | undefined,
): Promise<LoadedDraft | undefined> {
  return id === undefined || id === null
    ? Promise.resolve(undefined)
    : cache
        .load(id)
        .then((loaded) => {
          if (loaded !== undefined) {
            whenIdle(() => readAheadListener?.(loaded.draft));
          }
          return loaded;
        })
        .catch((error: unknown) => {
          console.error('Could not read ahead', error);
          return undefined;
        });
}

/**
 * Reads the drafts on either side of `draftId` into `cache`, then tells the listener. Resolves
 * to the draft after it (the one J shows), undefined when there is none or it could not be read.
 */
export function readAhead(cache: LoadedDrafts, draftId: string): Promise<LoadedDraft | undefined> {
  void readInto(cache, neighbour(draftId, -1));
  return readInto(cache, neighbour(draftId, 1));
}

/** Reads the draft after `upcomingId` (the one shown two keys from now), as `readAhead` does. */
export function readLater(
  cache: LoadedDrafts,
  upcomingId: string,
): Promise<LoadedDraft | undefined> {
  return readInto(cache, neighbour(upcomingId, 1));
}
