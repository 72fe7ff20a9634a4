/**
 * The drafts the review screen shows, read one at a time: the one on screen and its neighbours,
 * read ahead so J, K and every decision paint the next draft without waiting for the database.
 * A small cache: the queue may hold 100k drafts, the reviewer looks at one.
 */
import { getDatabase } from '../../db/database-instance';
import { getDraftState } from '../../db/repositories/draft-state-repository';
import { getDraft } from '../../db/repositories/drafts-repository';
import type { DraftRow, DraftStateRow } from '../../db/rows';

/** A draft with its derived state (absent while nobody has decided on it). */
export interface LoadedDraft {
  draft: DraftRow;
  state: DraftStateRow | undefined;
}

const KEEP = 8;

export interface LoadedDrafts {
  /** The project whose drafts this cache holds. */
  readonly projectId: string;
  /** The draft if it is already read, without waiting. */
  peek: (draftId: string) => LoadedDraft | undefined;
  /** Reads the draft (once; later calls share the read). Undefined when it does not exist. */
  load: (draftId: string) => Promise<LoadedDraft | undefined>;
  /** Replaces a draft's state after a decision committed. */
  setState: (draftId: string, state: DraftStateRow) => void;
  /** Drops what is known of a draft (it changed in the database); the next load reads it. */
  forget: (draftId: string) => void;
  clear: () => void;
}

/** A cache for one project's drafts. */
export function createLoadedDrafts(projectId: string): LoadedDrafts {
  const ready = new Map<string, LoadedDraft>();
  const reading = new Map<string, Promise<LoadedDraft | undefined>>();

  const remember = (draftId: string, loaded: LoadedDraft) => {
    ready.delete(draftId);
    ready.set(draftId, loaded);
    // Maps keep insertion order: the first key is the one used longest ago.
    while (ready.size > KEEP) {
      ready.delete(ready.keys().next().value as string);
    }
  };

  return {
    projectId,
    peek: (draftId) => ready.get(draftId),
    load(draftId) {
      const known = ready.get(draftId);
      if (known !== undefined) {
        return Promise.resolve(known);
      }
      let promise = reading.get(draftId);
      if (promise === undefined) {
        const db = getDatabase();
        promise = Promise.all([
          getDraft(db, projectId, draftId),
          getDraftState(db, projectId, draftId),
        ])
          .then(([draft, state]) => {
            if (draft === undefined) {
              return undefined;
            }
            const loaded = { draft, state };
            remember(draftId, loaded);
            return loaded;
          })
          .finally(() => reading.delete(draftId));
        reading.set(draftId, promise);
      }
      return promise;
    },
    setState(draftId, state) {
      const known = ready.get(draftId);
      if (known !== undefined) {
        remember(draftId, {
          draft: { ...known.draft, status: state.status },
          state,
        });
      }
    },
    forget(draftId) {
      ready.delete(draftId);
      reading.delete(draftId);
    },
    clear() {
      ready.clear();
      reading.clear();
    },
  };
}
