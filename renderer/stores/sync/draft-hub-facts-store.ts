/**
 * What the review screen shows of the open draft's life on the hub (issue 11, SYNC.md §7): the
 * draft's decision events, so a decision made on an older draft version can be marked stale,
 * and who withdrew the draft, when it was withdrawn. Read for one draft at a time, again
 * whenever the review store hands the screen a fresh copy of it.
 */
import { create } from 'zustand';
import { getDatabase } from '../../db/database-instance';
import { listDraftEvents } from '../../db/repositories/events-repository';
import { getHubLogRow } from '../../db/repositories/hub-log-repository';
import type { EventRow } from '../../db/rows';

export interface DraftHubFacts {
  projectId: string;
  draftId: string;
  /** Every decision event of the draft this machine holds. */
  events: EventRow[];
  /** The hub user who withdrew it, when it is withdrawn and the record was pulled. */
  withdrawnBy: string | undefined;
}

export interface DraftHubFactsState {
  /** The facts of the draft last read; null before. */
  facts: DraftHubFacts | null;
  /** Reads the facts of one draft; `withdrawnSeq` is the seq of its withdrawal, if any. */
  read: (projectId: string, draftId: string, withdrawnSeq?: number) => Promise<void>;
  reset: () => void;
}

const initialState = { facts: null } satisfies Partial<DraftHubFactsState>;

export const useDraftHubFactsStore = create<DraftHubFactsState>()((set) => {
  // The reviewer moves fast (J, K): only the last read may land.
  let latest = 0;
  return {
    ...initialState,

    async read(projectId, draftId, withdrawnSeq) {
      latest += 1;
      const token = latest;
      const db = getDatabase();
      try {
        const [events, withdrawal] = await Promise.all([
          listDraftEvents(db, projectId, draftId),
          withdrawnSeq === undefined ? undefined : getHubLogRow(db, withdrawnSeq),
        ]);
        if (token === latest) {
          set({ facts: { projectId, draftId, events, withdrawnBy: withdrawal?.userId } });
        }
      } catch (error) {
        // Only the hub notices are missing; the draft itself is on screen.
        console.error('Could not read the draft’s hub facts', error);
      }
    },

    reset: () => {
      latest += 1;
      set(initialState);
    },
  };
});
