/**
 * The reviewer's loop: which draft is on screen (by id), that draft with its derived state, and
 * the decisions (approve, edit, escalate, skip, undo). The order of the queue belongs to the queue
 * store; this store reads drafts one at a time, with the neighbours read ahead (read-ahead.ts),
 * so the next draft paints as soon as a key asks for it.
 *
 * Each decision is one Dexie transaction (`recordDecision`), saved in order behind the screen:
 * the next draft shows at once, and "Saved" only after the transaction resolves.
 */
import { create } from 'zustand';
import type { DecisionKind, DecisionPayloads, Labels } from '../../../shared/domain/decision-event';
import { draftsChangedIn, onDataChange } from '../../db/change-feed';
import { getDatabase } from '../../db/database-instance';
import {
  findUndoTarget,
  ownHeads,
  recordDecision,
} from '../../db/repositories/decisions-repository';
import { getMeta, setMeta } from '../../db/repositories/meta-repository';
import { getProject } from '../../db/repositories/projects-repository';
import {
  firstQueueEntryWithStatus,
  readQueuePage,
} from '../../db/repositories/queue-entries-repository';
import type { DraftStateRow, ProjectRow } from '../../db/rows';
import { useProfileStore } from '../profile/profile-store';
import { createLoadedDrafts, type LoadedDraft, type LoadedDrafts } from './loaded-drafts';
import { neighbour, neighbourFromIndex, readAhead } from './read-ahead';
import { createSaveQueue } from './save-queue';
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
  /**
   * The open project was renamed or given new settings (projects store): the screen shows the
   * new rubric and name, and decisions from now on record the new settings version.
   */
  projectChanged: (project: ProjectRow) => void;
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

/** A decision (or an undo's retract) that committed: which draft, and its state now. */
interface Saved {
  draftId: string;
  state: DraftStateRow;
  kind: DecisionKind;
}

export const useReviewStore = create<ReviewState>()((set, get) => {
  let loaded: LoadedDrafts | null = null;
  const saves = createSaveQueue();
  // Bumped by every openProject, so the late steps of an older one are dropped.
  let openToken = 0;
  // While the next draft is looked up in the index, a second decision key would decide the same
  // draft again: such keys are ignored for that moment.
  let resolvingNext = false;

  const showDraft = async (draftId: string, options: { remember: boolean }) => {
    const { project, currentId } = get();
    const cache = loaded;
    if (project === null || cache?.projectId !== project.id) {
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
        if (get().currentId === draftId && loaded === cache) {
          set({ current: read ?? null });
        }
      } catch (error) {
        console.error('Could not read the draft', error);
        set({ errorKey: 'review.errors.readFailed' });
      }
    }
    readAhead(cache, draftId);
  };

  const sameProject = (project: ProjectRow) => get().project?.id === project.id;

  /**
   * Runs `work` (which records one event) after every earlier save has committed, so a decision
   * sees the one before it in the draft's heads and an undo finds the decision just made. The
   * screen does not wait: "Saving…" shows until the last one commits. Resolves to what was saved,
   * null when there was nothing to save, or 'failed'.
   */
  const enqueue = async (
    project: ProjectRow,
    cache: LoadedDrafts,
    work: () => Promise<Saved | null>,
  ): Promise<Saved | null | 'failed'> => {
    const outcome = saves.run(work);
    set({ saveStatus: 'saving', errorKey: null });
    const result = await outcome;
    const stillSaving = saves.pending() > 0;
    if (!result.ok) {
      console.error('Could not save the decision', result.error);
      if (sameProject(project)) {
        const { error } = result;
        const key =
          error instanceof Error && error.message.startsWith('review.')
            ? error.message
            : 'review.errors.saveFailed';
        set({ saveStatus: 'error', errorKey: key });
      }
      return 'failed';
    }
    const saved = result.value;
    if (saved !== null) {
      // The queue follows the change feed (recordDecision announces the commit).
      cache.setState(saved.draftId, saved.state);
    }
    if (!sameProject(project)) {
      return saved; // saved; the reviewer has since opened another project
    }
    if (saved === null) {
      set({ saveStatus: stillSaving ? 'saving' : 'idle', errorKey: 'review.errors.nothingToUndo' });
      return null;
    }
    set((now) => ({
      saveStatus: stillSaving ? 'saving' : now.saveStatus === 'error' ? 'error' : 'saved',
      current:
        now.currentId === saved.draftId ? (cache.peek(saved.draftId) ?? now.current) : now.current,
      sittingCount: Math.max(0, now.sittingCount + (saved.kind === 'retract' ? -1 : 1)),
    }));
    return saved;
  };

  /** Records a decision on `draftId`; `nextDraftId` is where the reviewer goes. */
  const decide = <K extends DecisionKind>(
    kind: K,
    payload: DecisionPayloads[K],
    draftId: string,
    nextDraftId: string,
    activeMs: number,
  ): Promise<Saved | null | 'failed'> => {
    const { project } = get();
    const cache = loaded;
    if (project === null || cache === null) {
      return Promise.resolve('failed');
    }
    return enqueue(project, cache, async () => {
      const seen = await cache.load(draftId);
      // A new decision supersedes the reviewer's own standing ones, never a teammate's: theirs
      // stay heads, so decisions that disagree make the draft disputed (DESIGN.md: only a lead's
      // resolve lists every head and settles it).
      const reviewerId = useProfileStore.getState().profile?.reviewerId;
      const parents =
        reviewerId === undefined
          ? []
          : await ownHeads(getDatabase(), seen?.state?.heads ?? [], reviewerId);
      // `project` as it was when the key was pressed: a settings change saved while this waited
      // in the queue does not apply to a decision made before it.
      const { guidelinesVersion } = project;
      const draftVersion = seen?.draft.draftVersion;
      const target = {
        projectId: project.id,
        draftId,
        parents,
        guidelinesVersion,
        ...(draftVersion === undefined ? {} : { draftVersion }),
      };
      const event = await prepareDecision(kind, payload, target, activeMs);
      // Where the reviewer is as it commits (J during a save has moved them on): a restart
      // opens that draft, not an older one.
      const position = sameProject(project) ? (get().currentId ?? nextDraftId) : nextDraftId;
      const { state } = await recordDecision(getDatabase(), event, {
        projectId: project.id,
        draftId: position,
      });
      return { draftId, state, kind };
    });
  };

  /**
   * Decides on the draft on screen and shows the next one at once (DESIGN.md: "next item painted
   * at once"); the header says "Saving…" until the transaction commits, then "Saved". If it
   * fails, the reviewer is taken back to that draft (unless they moved on), which keeps its
   * old status.
   */
  const decideCurrent = async <K extends DecisionKind>(kind: K, payload: DecisionPayloads[K]) => {
    const draftId = get().current?.draft.id;
    if (draftId === undefined || resolvingNext) {
      return;
    }
    if (useProfileStore.getState().profile === null) {
      // Decisions carry the reviewer's name; say so and stay on this draft.
      set({ saveStatus: 'error', errorKey: 'review.errors.noProfile' });
      return;
    }
    // Now, while this draft is still the one on screen; the clock restarts when the next shows.
    const activeMs = takeActiveTime(kind);
    // At the end of a filtered list the reviewer stays on the draft just decided.
    const near = neighbour(draftId, 1);
    let nextId = near === null ? draftId : near;
    if (nextId === undefined) {
      resolvingNext = true;
      try {
        const cache = loaded;
        nextId =
          (cache === null ? undefined : await neighbourFromIndex(cache, draftId, 1)) ?? draftId;
      } finally {
        resolvingNext = false;
      }
    }
    const saved = decide(kind, payload, draftId, nextId, activeMs);
    const shown = showDraft(nextId, { remember: false });
    if ((await saved) === 'failed' && get().currentId === nextId) {
      await shown;
      await showDraft(draftId, { remember: true });
    }
    await shown;
  };

  const step = async (direction: 1 | -1) => {
    const { currentId } = get();
    if (currentId === null) {
      return;
    }
    const cache = loaded;
    const near = neighbour(currentId, direction);
    if (near === null) {
      return; // the end of the filtered list the reviewer came from
    }
    const id =
      near ?? (cache === null ? undefined : await neighbourFromIndex(cache, currentId, direction));
    if (id !== undefined && get().currentId === currentId) {
      await showDraft(id, { remember: true });
    }
  };

  /**
   * Another writer changed drafts of the open project (a pulled page: a teammate's decision, a
   * revision, a withdrawal): what the cache knows of them is dropped, and the draft on screen is
   * read again and repainted where it stands.
   */
  const followChanges = () =>
    onDataChange((change) => {
      const cache = loaded;
      const project = get().project;
      if (cache === null || project === null) {
        return;
      }
      if (change.projects?.includes(project.id) === true) {
        void getProject(getDatabase(), project.id).then((fresh) => {
          if (fresh !== undefined && sameProject(fresh)) {
            set({ project: fresh });
          }
        });
      }
      const touched = draftsChangedIn(change, project.id);
      if (touched === null) {
        return;
      }
      for (const draftId of touched.draftIds) {
        cache.forget(draftId);
      }
      const currentId = get().currentId;
      if (currentId !== null && touched.draftIds.includes(currentId)) {
        void cache.load(currentId).then((fresh) => {
          if (fresh !== undefined && get().currentId === currentId && loaded === cache) {
            set({ current: fresh });
          }
        });
      }
    });
  let unfollow: (() => void) | null = null;

  return {
    ...initialState,

    async openProject(projectId) {
      unfollow ??= followChanges();
      openToken += 1;
      const token = openToken;
      const db = getDatabase();
      const cache = createLoadedDrafts(projectId);
      loaded?.clear();
      loaded = cache;
      const [project, position] = await Promise.all([
        getProject(db, projectId),
        getMeta(db, 'reviewPosition'),
      ]);
      if (token !== openToken) {
        return;
      }
      resetActiveTimer();
      set({ ...initialState, project: project ?? null });
      const remembered =
        position?.projectId === projectId ? await cache.load(position.draftId) : undefined;
      const start =
        remembered?.draft.id ??
        (await firstQueueEntryWithStatus(db, projectId, 'pending'))?.draftId ??
        (await readQueuePage(db, projectId, null, 1)).entries[0]?.draftId;
      if (start !== undefined && token === openToken) {
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
      const { project } = get();
      const cache = loaded;
      if (profile === null || deviceId === null || project === null || cache === null) {
        return;
      }
      // The target is chosen inside the queue of saves: Z right after A takes back that A, and
      // a second Z the decision before it, never the same one twice.
      const saved = await enqueue(project, cache, async () => {
        const db = getDatabase();
        const target = await findUndoTarget(db, deviceId, profile.reviewerId);
        if (target === undefined || target.projectId !== project.id) {
          return null;
        }
        const retract = { targetEventId: target.eventId };
        const on = {
          projectId: project.id,
          draftId: target.draftId,
          parents: [],
          guidelinesVersion: project.guidelinesVersion,
        };
        const event = await prepareDecision('retract', retract, on, takeActiveTime('retract'));
        const { state } = await recordDecision(db, event, {
          projectId: project.id,
          draftId: target.draftId,
        });
        return { draftId: target.draftId, state, kind: 'retract' };
      });
      if (saved !== null && saved !== 'failed' && sameProject(project)) {
        await showDraft(saved.draftId, { remember: false });
      }
    },

    projectChanged(project) {
      if (sameProject(project)) {
        set({ project });
      }
    },

    reset: () => {
      unfollow?.();
      unfollow = null;
      saves.forget();
      loaded?.clear();
      loaded = null;
      set(initialState);
    },
  };
});
