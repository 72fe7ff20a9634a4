/**
 * The decisions the hub refused (SYNC.md §2: kept, never dropped silently), for the sync panel's
 * list: what was decided, on which draft of which project, when, and the hub's reason. Read when
 * the panel opens and again whenever the outbox changes while it is open.
 */
import { create } from 'zustand';
import type { DecisionKind } from '../../../shared/domain/decision-event';
import { onDataChange } from '../../db/change-feed';
import { getDatabase } from '../../db/database-instance';
import { listRejected } from '../../db/repositories/outbox-repository';

/** One refused decision as the list shows it. */
export interface RejectedDecision {
  eventId: string;
  /** Undefined only if the event itself could not be read (it is written with its row). */
  kind: DecisionKind | undefined;
  projectId: string | undefined;
  draftId: string | undefined;
  /** A code of REJECTION_REASONS (shared/sync/push.ts), or one a newer hub sends. */
  reason: string;
  /** The hub's words: which field and why. */
  detail: string | undefined;
  /** When the decision was made on this machine (ISO 8601). */
  decidedAt: string | undefined;
  /** When the hub's refusal arrived (ISO 8601). */
  rejectedAt: string | undefined;
}

export interface RejectedDecisionsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Newest first. */
  items: RejectedDecision[];
  /** Reads the list and keeps it current; returns the function that stops following. */
  follow: () => () => void;
  load: () => Promise<void>;
  reset: () => void;
}

const initialState = { status: 'idle', items: [] } satisfies Partial<RejectedDecisionsState>;

export const useRejectedDecisionsStore = create<RejectedDecisionsState>()((set, get) => ({
  ...initialState,

  follow() {
    void get().load();
    return onDataChange((change) => {
      if (change.outbox === true || change.hub === true) {
        void get().load();
      }
    });
  },

  async load() {
    if (get().status === 'idle') {
      set({ status: 'loading' });
    }
    try {
      const rows = await listRejected(getDatabase());
      set({
        status: 'ready',
        items: rows.map(({ row, event }) => ({
          eventId: row.eventId,
          kind: event?.kind,
          projectId: event?.projectId ?? row.projectId,
          draftId: event?.draftId,
          reason: row.rejectedReason ?? 'invalid_event',
          detail: row.rejectedDetail,
          decidedAt: event?.clientTime,
          rejectedAt: row.rejectedAt,
        })),
      });
    } catch (error) {
      console.error('Could not read the refused decisions', error);
      set({ status: 'error' });
    }
  },

  reset: () => set(initialState),
}));
