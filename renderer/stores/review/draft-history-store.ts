/**
 * The open draft's decision history (issue 12): every event this machine holds for it, its own
 * and its teammates', oldest first. Read again when the change feed says the draft changed (a
 * decision here, a pulled page), so an escalation's reason and note show as soon as they exist.
 */
import { create } from 'zustand';
import { draftsChangedIn, onDataChange } from '../../db/change-feed';
import { getDatabase } from '../../db/database-instance';
import { listDraftEvents } from '../../db/repositories/events-repository';
import type { EventRow } from '../../db/rows';

export interface DraftHistory {
  projectId: string;
  draftId: string;
  /** Oldest first (by the time they were made, then by id). */
  events: EventRow[];
}

export interface DraftHistoryState {
  history: DraftHistory | null;
  /** Reads the history of one draft; a later call wins over an earlier one still reading. */
  read: (projectId: string, draftId: string) => Promise<void>;
  reset: () => void;
}

const byTime = (a: EventRow, b: EventRow) =>
  a.clientTime.localeCompare(b.clientTime) || a.eventId.localeCompare(b.eventId);

export const useDraftHistoryStore = create<DraftHistoryState>()((set, get) => {
  let latest = 0;
  onDataChange((change) => {
    const shown = get().history;
    if (shown === null) {
      return;
    }
    const touched = draftsChangedIn(change, shown.projectId);
    if (touched?.draftIds.includes(shown.draftId) === true) {
      void get().read(shown.projectId, shown.draftId);
    }
  });
  return {
    history: null,

    async read(projectId, draftId) {
      latest += 1;
      const token = latest;
      try {
        const events = await listDraftEvents(getDatabase(), projectId, draftId);
        if (token === latest) {
          set({ history: { projectId, draftId, events: events.sort(byTime) } });
        }
      } catch (error) {
        // Only the history is missing; the draft itself is on screen.
        console.error('Could not read the draft’s decisions', error);
      }
    },

    reset: () => {
      latest += 1;
      set({ history: null });
    },
  };
});
