/** Selectors over the queue store. */
import type { QueueState } from './queue-store';

export const selectQueueStatus = (state: QueueState) => state.status;

/** Drafts across all projects. */
export const selectTotalDrafts = (state: QueueState) =>
  Object.values(state.draftCounts).reduce((sum, count) => sum + count, 0);

export const selectLoadQueue = (state: QueueState) => state.load;
