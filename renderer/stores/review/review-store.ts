/**
 * The reviewer's loop, as one store made of slices (CONVENTIONS.md, store slices): the open
 * project (slices/open-project.ts, the one owner of which project is open), the cursor on the
 * draft on screen and its neighbours (slices/cursor.ts), and the decisions with undo and their
 * saves (slices/decisions.ts). What the slices share and nothing renders (the drafts cache, the
 * save queue, the guards against late async steps) is in slices/review-context.ts.
 */
import { create } from 'zustand';
import type { ReviewState } from './review-state';
import { createCursorSlice } from './slices/cursor';
import { createDecisionsSlice } from './slices/decisions';
import { createOpenProjectSlice } from './slices/open-project';
import { createReviewContext } from './slices/review-context';

export type { ReviewState, SaveStatus } from './review-state';

export const useReviewStore = create<ReviewState>()((set, get) => {
  const context = createReviewContext(set, get);
  return {
    ...createOpenProjectSlice(context),
    ...createCursorSlice(context),
    ...createDecisionsSlice(context),
  };
});
