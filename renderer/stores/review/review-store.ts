/**
 * The reviewer's loop over one project's queue: which draft is on screen, its derived state, and
 * the decisions (approve, edit, escalate, skip, undo). Each decision is one Dexie transaction
 * (`recordDecision`); the store shows it as saved only after that resolves, then moves on.
 */
import { create } from 'zustand';
import type { DecisionKind, DecisionPayloads, Labels } from '../../../shared/domain/decision-event';
import { getDatabase } from '../../db/database-instance';
import { findUndoTarget, recordDecision } from '../../db/repositories/decisions-repository';
import { listProjectDrafts } from '../../db/repositories/drafts-repository';
import { getMeta, setMeta } from '../../db/repositories/meta-repository';
import { getProject } from '../../db/repositories/projects-repository';
import type { DraftRow, DraftStateRow, ProjectRow } from '../../db/rows';
import { useProfileStore } from '../profile/profile-store';
import { prepareDecision, resetActiveTimer } from './review-session';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface ReviewState {
  project: ProjectRow | null;
  /** The project's drafts in queue order. */
  drafts: DraftRow[];
  /** Derived state per draft id, for drafts that have any decision. */
  states: Record<string, DraftStateRow>;
  currentIndex: number;
  saveStatus: SaveStatus;
  /** i18n key of the last error, shown until the next action. */
  errorKey: string | null;
  /** Decisions made in this sitting (undo takes one back). */
  sittingCount: number;
  openProject: (projectId: string) => Promise<void>;
  goTo: (index: number) => void;
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
  drafts: [],
  states: {},
  currentIndex: 0,
  saveStatus: 'idle',
  errorKey: null,
  sittingCount: 0,
} satisfies Partial<ReviewState>;

const clampIndex = (index: number, length: number) => Math.max(0, Math.min(index, length - 1));

export const useReviewStore = create<ReviewState>()((set, get) => {
  /** Remembers the item on screen so a restart opens it again. */
  const rememberPosition = (index: number) => {
    const { project, drafts } = get();
    const draft = drafts[index];
    if (project !== null && draft !== undefined) {
      void setMeta(getDatabase(), 'reviewPosition', { projectId: project.id, draftId: draft.id });
    }
  };

  const show = (index: number) => {
    const currentIndex = clampIndex(index, get().drafts.length);
    if (currentIndex !== get().currentIndex) {
      resetActiveTimer();
    }
    set({ currentIndex });
    rememberPosition(currentIndex);
  };

  /** Records a decision on `draftId`, then updates the queue; returns false when it failed. */
  const decide = async <K extends DecisionKind>(
    kind: K,
    payload: DecisionPayloads[K],
    draftId: string,
    nextDraftId: string,
  ): Promise<boolean> => {
    const { project, states } = get();
    if (project === null) {
      return false;
    }
    set({ saveStatus: 'saving', errorKey: null });
    try {
      const parents = kind === 'retract' ? [] : (states[draftId]?.heads ?? []);
      const event = await prepareDecision(kind, payload, {
        projectId: project.id,
        draftId,
        parents,
      });
      const nextPosition = { projectId: project.id, draftId: nextDraftId };
      const { state } = await recordDecision(getDatabase(), event, nextPosition);
      set((current) => ({
        saveStatus: 'saved',
        states: { ...current.states, [draftId]: state },
        drafts: current.drafts.map((row) =>
          row.id === draftId ? { ...row, status: state.status } : row,
        ),
        sittingCount: Math.max(0, current.sittingCount + (kind === 'retract' ? -1 : 1)),
      }));
      return true;
    } catch (error) {
      console.error(`Could not save the ${kind} decision`, error);
      const key =
        error instanceof Error && error.message.startsWith('review.')
          ? error.message
          : 'review.errors.saveFailed';
      set({ saveStatus: 'error', errorKey: key });
      return false;
    }
  };

  /** Decides on the draft on screen and, once saved, moves to the next one. */
  const decideCurrent = async <K extends DecisionKind>(kind: K, payload: DecisionPayloads[K]) => {
    const { drafts, currentIndex } = get();
    const draft = drafts[currentIndex];
    if (draft === undefined) {
      return;
    }
    const nextDraft = drafts[clampIndex(currentIndex + 1, drafts.length)] ?? draft;
    if (await decide(kind, payload, draft.id, nextDraft.id)) {
      show(currentIndex + 1);
    }
  };

  return {
    ...initialState,

    async openProject(projectId) {
      const db = getDatabase();
      const [project, drafts, states, position] = await Promise.all([
        getProject(db, projectId),
        listProjectDrafts(db, projectId),
        db.draftState
          .where('[projectId+draftId]')
          .between([projectId, ''], [projectId, '\uffff'])
          .toArray(),
        getMeta(db, 'reviewPosition'),
      ]);
      const byDraft = Object.fromEntries(states.map((state) => [state.draftId, state]));
      const remembered =
        position?.projectId === projectId
          ? drafts.findIndex((row) => row.id === position.draftId)
          : -1;
      const firstPending = drafts.findIndex((row) => row.status === 'pending');
      resetActiveTimer();
      set({
        ...initialState,
        project: project ?? null,
        drafts,
        states: byDraft,
        currentIndex: Math.max(0, remembered >= 0 ? remembered : firstPending),
      });
    },

    goTo: (index) => show(index),
    next: () => show(get().currentIndex + 1),
    previous: () => show(get().currentIndex - 1),

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
        show(get().drafts.findIndex((row) => row.id === target.draftId));
      }
    },

    reset: () => set(initialState),
  };
});
