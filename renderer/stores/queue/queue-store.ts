/** The review queue: how many drafts each project holds, and whether they have been read yet. */
import { create } from 'zustand';
import { getDatabase } from '../../db/database-instance';
import { countDraftsByProject } from '../../db/repositories/drafts-repository';

export interface QueueState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Drafts per project id. */
  draftCounts: Record<string, number>;
  load: () => Promise<void>;
  reset: () => void;
}

const initialState = {
  status: 'idle',
  draftCounts: {},
} satisfies Partial<QueueState>;

export const useQueueStore = create<QueueState>()((set) => ({
  ...initialState,

  async load() {
    set({ status: 'loading' });
    try {
      const draftCounts = await countDraftsByProject(getDatabase());
      set({ status: 'ready', draftCounts });
    } catch (error) {
      console.error('Could not read the queue', error);
      set({ status: 'error' });
    }
  },

  reset: () => set(initialState),
}));
