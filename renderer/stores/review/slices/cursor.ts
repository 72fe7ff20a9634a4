/**
 * The cursor: which draft is on screen, read one at a time through the open project's cache,
 * with its neighbours read ahead (read-ahead.ts) so the next draft paints as soon as a key asks
 * for it. The order of the queue belongs to the queue store (or the filtered list the reviewer
 * came from); this slice only asks it for neighbours.
 */
import { draftsChangedIn, type DataChange } from '../../../db/change-feed';
import { getDatabase } from '../../../db/database-instance';
import { setMeta } from '../../../db/repositories/meta-repository';
import { afterPaint } from '../after-paint';
import type { LoadedDraft, LoadedDrafts } from '../loaded-drafts';
import { neighbour, neighbourFromIndex, readAhead, readLater } from '../read-ahead';
import type { CursorSlice } from '../review-state';
import { resetActiveTimer } from '../review-session';
import type { ReviewContext } from './review-context';

export const cursorInitialState = {
  currentId: null,
  current: null,
  upcoming: null,
  later: null,
} satisfies Partial<CursorSlice>;

/**
 * Shows `draftId` of the open project: at once when it was read ahead, else once read.
 * `remember` stores it as the review position, so a restart opens it again.
 */
export async function showDraft(
  context: ReviewContext,
  draftId: string,
  options: { remember: boolean },
): Promise<void> {
  const { get, set } = context;
  const { project, currentId } = get();
  const cache = context.loaded;
  if (project === null || cache?.projectId !== project.id) {
    return;
  }
  if (draftId !== currentId) {
    resetActiveTimer();
  }
  const known = cache.peek(draftId);
  const upcomingNow = upcomingAfter(cache, draftId);
  set({
    currentId: draftId,
    current: known ?? null,
    upcoming: upcomingNow,
    later: upcomingNow === null ? null : upcomingAfter(cache, upcomingNow.draft.id),
  });
  // What the reviewer does not see waits for the paint of the draft (issue 12, point 21).
  if (options.remember) {
    afterPaint(() => {
      // Not if the project was closed meanwhile: a closed (or reset) store remembers nothing.
      if (context.loaded === cache) {
        void setMeta(getDatabase(), 'reviewPosition', { projectId: project.id, draftId });
      }
    });
  }
  if (known === undefined) {
    try {
      const read = await cache.load(draftId);
      if (get().currentId === draftId && context.loaded === cache) {
        set({ current: read ?? null });
      }
    } catch (error) {
      console.error('Could not read the draft', error);
      set({ errorKey: 'review.errors.readFailed' });
    }
  }
  const upcoming = await readAhead(cache, draftId);
  const stillHere = () => get().currentId === draftId && context.loaded === cache;
  if (upcoming === undefined || !stillHere()) {
    return;
  }
  set({ upcoming });
  const later = await readLater(cache, upcoming.draft.id);
  if (later !== undefined && stillHere() && get().upcoming?.draft.id === upcoming.draft.id) {
    set({ later });
  }
}

/** The draft after `draftId` when it is already read, for the screen to prepare. */
function upcomingAfter(cache: LoadedDrafts, draftId: string): LoadedDraft | null {
  const next = neighbour(draftId, 1);
  return next === undefined || next === null ? null : (cache.peek(next) ?? null);
}

/**
 * Where the reviewer goes after deciding on `draftId`: the next draft of their list, or the
 * same one at the end of a filtered list. Known at once while the queue has read that far (the
 * key's handler then shows it in the same task); a draft beyond is looked up in the index, and
 * `resolvingNext` holds further decision keys off meanwhile.
 */
export function nextAfterDecision(
  context: ReviewContext,
  draftId: string,
): string | Promise<string> {
  const near = neighbour(draftId, 1);
  if (near === null) {
    return draftId;
  }
  if (near !== undefined) {
    return near;
  }
  const cache = context.loaded;
  if (cache === null) {
    return draftId;
  }
  context.resolvingNext = true;
  return neighbourFromIndex(cache, draftId, 1)
    .then((id) => id ?? draftId)
    .finally(() => {
      context.resolvingNext = false;
    });
}

async function step(context: ReviewContext, direction: 1 | -1): Promise<void> {
  const { currentId } = context.get();
  if (currentId === null) {
    return;
  }
  const cache = context.loaded;
  const near = neighbour(currentId, direction);
  if (near === null) {
    return; // the end of the filtered list the reviewer came from
  }
  const id =
    near ?? (cache === null ? undefined : await neighbourFromIndex(cache, currentId, direction));
  if (id !== undefined && context.get().currentId === currentId) {
    await showDraft(context, id, { remember: true });
  }
}

/**
 * Another writer changed drafts of the open project (a pulled page: a teammate's decision, a
 * revision, a withdrawal): what the cache knows of them is dropped, and the draft on screen is
 * read again and repainted where it stands.
 */
export function followDraftChanges(context: ReviewContext, change: DataChange): void {
  const cache = context.loaded;
  const { project } = context.get();
  const touched = cache === null || project === null ? null : draftsChangedIn(change, project.id);
  if (cache === null || touched === null) {
    return;
  }
  for (const draftId of touched.draftIds) {
    cache.forget(draftId);
  }
  const { currentId, upcoming } = context.get();
  if (currentId !== null && touched.draftIds.includes(currentId)) {
    void cache.load(currentId).then((fresh) => {
      if (
        fresh !== undefined &&
        context.get().currentId === currentId &&
        context.loaded === cache
      ) {
        context.set({ current: fresh });
      }
    });
  }
  // The drafts prepared for the next keys are read again too, or a key would reveal what they
  // were before.
  const upcomingId = upcoming?.draft.id;
  if (upcomingId !== undefined && touched.draftIds.includes(upcomingId)) {
    context.set({ upcoming: null });
    void cache.load(upcomingId).then((fresh) => {
      const now = context.get().currentId;
      if (fresh !== undefined && now !== null && neighbour(now, 1) === upcomingId) {
        context.set({ upcoming: fresh });
      }
    });
  }
  const laterId = context.get().later?.draft.id;
  if (laterId !== undefined && touched.draftIds.includes(laterId)) {
    context.set({ later: null });
    void cache.load(laterId).then((fresh) => {
      const next = context.get().upcoming?.draft.id;
      if (fresh !== undefined && next !== undefined && neighbour(next, 1) === laterId) {
        context.set({ later: fresh });
      }
    });
  }
}

export function createCursorSlice(context: ReviewContext): CursorSlice {
  return {
    ...cursorInitialState,
    show: (draftId) => showDraft(context, draftId, { remember: true }),
    next: () => void step(context, 1),
    previous: () => void step(context, -1),
  };
}
