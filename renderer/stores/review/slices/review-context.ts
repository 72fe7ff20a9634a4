/**
 * What the review store's slices share besides the state itself: the cache of drafts read for
 * the open project, the queue of saves, and the guards that keep late async steps from landing
 * on a project or a draft the reviewer has left. Not state: nothing renders from these.
 */
import type { StoreApi } from 'zustand';
import type { LoadedDrafts } from '../loaded-drafts';
import { createSaveQueue, type SaveQueue } from '../save-queue';
import type { ReviewState } from '../review-state';

export interface ReviewContext {
  /** The open project's drafts as read so far; null before a project is open. */
  loaded: LoadedDrafts | null;
  readonly saves: SaveQueue;
  /** Bumped by every openProject, so the late steps of an older one are dropped. */
  openToken: number;
  /**
   * While the next draft is looked up in the index, a second decision key would decide the same
   * draft again: such keys are ignored for that moment.
   */
  resolvingNext: boolean;
  readonly set: StoreApi<ReviewState>['setState'];
  readonly get: StoreApi<ReviewState>['getState'];
}

export function createReviewContext(
  set: StoreApi<ReviewState>['setState'],
  get: StoreApi<ReviewState>['getState'],
): ReviewContext {
  return { loaded: null, saves: createSaveQueue(), openToken: 0, resolvingNext: false, set, get };
}

/** Whether `projectId` is still the open project (the reviewer may have opened another). */
export const stillOpen = (context: ReviewContext, projectId: string): boolean =>
  context.get().project?.id === projectId;
