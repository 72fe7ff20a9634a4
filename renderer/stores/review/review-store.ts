/**
 * The reviewer's loop: which draft is on screen (by id), that draft with its derived state, and
 * the decisions (approve, edit, escalate, skip, undo). The order of the queue belongs to the queue
 * store; this store reads drafts one at a time, with the neighbours read ahead (loaded-drafts.ts),
 * so the next draft paints as soon as a decision commits.
 *
 * Each decision is one Dexie transaction (`recordDecision`); the store shows it as saved only
 * after that resolves, then moves on.
 */
import { create } from 'zustand';
import type { DecisionKind, DecisionPayloads, Labels } from '../../../shared/domain/decision-event';
import { getDatabase } from '../../db/database-instance';
import { findUndoTarget, recordDecision } from '../../db/repositories/decisions-repository';
import { getMeta, setMeta } from '../../db/repositories/meta-repository';
import { getProject } from '../../db/repositories/projects-repository';
import {
  firstQueueEntryWithStatus,
  listQueueEntries,
  neighbourInQueue,
} from '../../db/repositories/queue-entries-repository';
import type { DraftRow, ProjectRow } from '../../db/rows';
import { useProfileStore } from '../profile/profile-store';
import { useQueueStore } from '../queue/queue-store';
import { createLoadedDrafts, type LoadedDraft, type LoadedDrafts } from './loaded-drafts';
import { prepareDecision, resetActiveTimer, takeActiveTime } from './review-session';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface ReviewState {
  project: ProjectRow | null;
  /** The draft on screen; null before a project is open or when it has no drafts. */
  currentId: string | null;
  /** The current draft and its state once read (null while it is being read). */
  current: LoadedDraft | null;
  saveStatus: SaveStatus;
  /** i18n key of the last error, shown until the next action. */
  errorKey: string | null;
  /** Decisions made in this sitting (undo takes one back). */
  sittingCount: number;
  /** Opens a project on the remembered draft, else its first pending one, else its first. */
  openProject: (projectId: string) => Promise<void>;
  /** Shows a draft of the open project. */
  show: (draftId: string) => Promise<void>;
  next: () => void;
  previous: () => void;
  approve: (labels?: Labels) => Promise<void>;
  edit: (finalText: string, labels?: Labels) => Promise<void>;
  escalate: (reasonId: string, note: string) => Promise<void>;
  skip: () => Promise<void>;
  /** Retracts this reviewer's latest decision, on any item, and shows that item again. */
  undo: () => Promise<void>;
  reset: () => void;
}

const initialState = {
  project: null,
  currentId: null,
  current: null,
  saveStatus: 'idle',
  errorKey: null,
  sittingCount: 0,
} satisfies Partial<ReviewState>;

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

/** The draft `step` places after (or before) `draftId` in queue order, if the queue knows it. */
function neighbour(draftId: string, step: 1 | -1): string | undefined {
  const { entries, positions } = useQueueStore.getState();
  const index = positions.get(draftId);
  return index === undefined ? undefined : entries[index + step]?.draftId;
}

export const useReviewStore = create<ReviewState>()((set, get) => {
  let loaded: LoadedDrafts | null = null;
  // Decisions not yet committed, and the promise of the last one (the next waits for it).
  let saving = 0;
  let savedSoFar: Promise<unknown> = Promise.resolve();

  const readAhead = (draftId: string) => {
    for (const id of [neighbour(draftId, 1), neighbour(draftId, -1)]) {
      if (id !== undefined && loaded !== null) {
        loaded
          .load(id)
          .then((read) => {
            if (read !== undefined) {
              whenIdle(() => readAheadListener?.(read.draft));
            }
          })
          .catch((error: unknown) => console.error('Could not read ahead', error));
      }
    }
  };

  const showDraft = async (draftId: string, options: { remember: boolean }) => {
    const { project, currentId } = get();
    const cache = loaded;
    if (project === null || cache === null) {
      return;
    }
    if (draftId !== currentId) {
      resetActiveTimer();
    }
    const known = cache.peek(draftId);
    set({ currentId: draftId, current: known ?? null });
    if (options.remember) {
      // Remembers the item on screen so a restart opens it again.
      void setMeta(getDatabase(), 'reviewPosition', { projectId: project.id, draftId });
    }
    if (known === undefined) {
      try {
        const read = await cache.load(draftId);
        if (get().currentId === draftId) {
          set({ current: read ?? null });
        }
      } catch (error) {
        console.error('Could not read the draft', error);
        set({ errorKey: 'review.errors.readFailed' });
      }
    }
    readAhead(draftId);
  };

  /**
   * Records a decision on `draftId`, then updates the queue; resolves false when it failed.
   * Decisions are saved one after another (a second one waits for the first to commit, so it
   * sees the first in the draft's heads); the screen does not wait for them.
   */
  const decide = <K extends DecisionKind>(
    kind: K,
    payload: DecisionPayloads[K],
    draftId: string,
    nextDraftId: string,
  ): Promise<boolean> => {
    const { project } = get();
    const cache = loaded;
    if (project === null || cache === null) {
      return Promise.resolve(false);
    }
    // Now, while this draft is still the one on screen; the clock restarts when the next shows.
    const activeMs = takeActiveTime(kind);
    saving += 1;
    set({ saveStatus: 'saving', errorKey: null });
    const saved = savedSoFar.then(async () => {
      try {
        const parents = kind === 'retract' ? [] : ((await cache.load(draftId))?.state?.heads ?? []);
        const target = { projectId: project.id, draftId, parents };
        const event = await prepareDecision(kind, payload, target, activeMs);
        const nextPosition = { projectId: project.id, draftId: nextDraftId };
        const { state } = await recordDecision(getDatabase(), event, nextPosition);
        cache.setState(draftId, state);
        useQueueStore.getState().setEntryStatus(project.id, draftId, state.status);
        saving -= 1;
        if (get().project?.id !== project.id) {
          return true; // saved; the reviewer has since opened another project
        }
        set((now) => ({
          saveStatus: saving > 0 ? 'saving' : now.saveStatus === 'error' ? 'error' : 'saved',
          current: now.currentId === draftId ? (cache.peek(draftId) ?? now.current) : now.current,
          sittingCount: Math.max(0, now.sittingCount + (kind === 'retract' ? -1 : 1)),
        }));
        return true;
      } catch (error) {
        saving -= 1;
        console.error(`Could not save the ${kind} decision`, error);
        const key =
          error instanceof Error && error.message.startsWith('review.')
            ? error.message
            : 'review.errors.saveFailed';
        set({ saveStatus: 'error', errorKey: key });
        return false;
      }
    });
    savedSoFar = saved;
    return saved;
  };

  /**
   * Decides on the draft on screen and shows the next one at once (DESIGN.md: "next item painted
   * at once"); the header says "Saving…" until the transaction commits, then "Saved". If it
   * fails, the reviewer is taken back to that draft, which keeps its old status.
   */
  const decideCurrent = async <K extends DecisionKind>(kind: K, payload: DecisionPayloads[K]) => {
    const draftId = get().current?.draft.id;
    if (draftId === undefined) {
      return;
    }
    if (useProfileStore.getState().profile === null) {
      // Decisions carry the reviewer's name; say so and stay on this draft.
      set({ saveStatus: 'error', errorKey: 'review.errors.noProfile' });
      return;
    }
    const nextId = neighbour(draftId, 1) ?? (await neighbourOf(draftId, 1)) ?? draftId;
    const saved = decide(kind, payload, draftId, nextId);
    // The decision's transaction stores the new position itself.
    const shown = showDraft(nextId, { remember: false });
    if (!(await saved)) {
      await shown;
      await showDraft(draftId, { remember: true });
    }
    await shown;
  };

  /** The neighbour from the index, for a draft beyond what the queue has read so far. */
  const neighbourOf = async (draftId: string, direction: 1 | -1) => {
    const draft = loaded?.peek(draftId)?.draft;
    return draft === undefined ? undefined : neighbourInQueue(getDatabase(), draft, direction);
  };

  const step = async (direction: 1 | -1) => {
    const { currentId } = get();
    if (currentId === null) {
      return;
    }
    const id = neighbour(currentId, direction) ?? (await neighbourOf(currentId, direction));
    if (id !== undefined && get().currentId === currentId) {
      await showDraft(id, { remember: true });
    }
  };

  return {
    ...initialState,

    async openProject(projectId) {
      const db = getDatabase();
      loaded?.clear();
      loaded = createLoadedDrafts(projectId);
      const [project, position] = await Promise.all([
        getProject(db, projectId),
        getMeta(db, 'reviewPosition'),
      ]);
      resetActiveTimer();
      set({ ...initialState, project: project ?? null });
      const remembered =
        position?.projectId === projectId ? await loaded.load(position.draftId) : undefined;
      const start =
        remembered?.draft.id ??
        (await firstQueueEntryWithStatus(db, projectId, 'pending'))?.draftId ??
        (await listQueueEntries(db, projectId, 1))[0]?.draftId;
      if (start !== undefined) {
        await showDraft(start, { remember: false });
      }
    },

    show: (draftId) => showDraft(draftId, { remember: true }),
    next: () => void step(1),
    previous: () => void step(-1),

    approve: (labels) => decideCurrent('approve', labels === undefined ? {} : { labels }),
    edit: (finalText, labels) =>
      decideCurrent('edit', labels === undefined ? { finalText } : { finalText, labels }),
    escalate: (reasonId, note) => decideCurrent('escalate', { reasonId, note }),
    skip: () => decideCurrent('skip', {}),

    async undo() {
      const { profile, deviceId } = useProfileStore.getState();
      if (profile === null || deviceId === null) {
        return;
      }
      const target = await findUndoTarget(getDatabase(), deviceId, profile.reviewerId);
      if (target === undefined || target.projectId !== get().project?.id) {
        set({ errorKey: 'review.errors.nothingToUndo' });
        return;
      }
      const retract = { targetEventId: target.eventId };
      if (await decide('retract', retract, target.draftId, target.draftId)) {
        await showDraft(target.draftId, { remember: false });
      }
    },

    reset: () => {
      saving = 0;
      loaded?.clear();
      loaded = null;
      set(initialState);
    },
  };
});
