/**
 * Decisions (approve, edit, escalate, skip) and undo. Each is one Dexie transaction
 * (`recordDecision`), saved in order behind the screen: the next draft shows at once, and
 * "Saved" only after the transaction resolves.
 */
import type { DecisionKind, DecisionPayloads } from '../../../../shared/domain/decision-event';
import { getDatabase } from '../../../db/database-instance';
import {
  findUndoTarget,
  ownHeads,
  recordDecision,
} from '../../../db/repositories/decisions-repository';
import type { DraftStateRow, ProjectRow } from '../../../db/rows';
import { useProfileStore } from '../../profile/profile-store';
import { nextPaint } from '../after-paint';
import type { LoadedDrafts } from '../loaded-drafts';
import type { DecisionsSlice } from '../review-state';
import { prepareDecision, takeActiveTime } from '../review-session';
import { nextAfterDecision, showDraft } from './cursor';
import { stillOpen, type ReviewContext } from './review-context';

export const decisionsInitialState = {
  saveStatus: 'idle',
  errorKey: null,
  sittingCount: 0,
} satisfies Partial<DecisionsSlice>;

/** A decision (or an undo's retract) that committed: which draft, and its state now. */
interface Saved {
  draftId: string;
  state: DraftStateRow;
  kind: DecisionKind;
}

/**
 * Runs `work` (which records one event) after every earlier save has committed, so a decision
 * sees the one before it in the draft's heads and an undo finds the decision just made. The
 * screen does not wait: "Saving…" shows until the last one commits. Resolves to what was saved,
 * null when there was nothing to save, or 'failed'.
 */
async function enqueue(
  context: ReviewContext,
  project: ProjectRow,
  cache: LoadedDrafts,
  work: () => Promise<Saved | null>,
): Promise<Saved | null | 'failed'> {
  const { set, saves } = context;
  const outcome = saves.run(work);
  set({ saveStatus: 'saving', errorKey: null });
  const result = await outcome;
  const stillSaving = saves.pending() > 0;
  if (!result.ok) {
    console.error('Could not save the decision', result.error);
    if (stillOpen(context, project.id)) {
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
  if (!stillOpen(context, project.id)) {
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
    upcoming:
      now.upcoming?.draft.id === saved.draftId
        ? (cache.peek(saved.draftId) ?? now.upcoming)
        : now.upcoming,
    later:
      now.later?.draft.id === saved.draftId ? (cache.peek(saved.draftId) ?? now.later) : now.later,
    sittingCount: Math.max(0, now.sittingCount + (saved.kind === 'retract' ? -1 : 1)),
  }));
  return saved;
}

/** Records a decision on `draftId`; `nextDraftId` is where the reviewer goes. */
function decide<K extends DecisionKind>(
  context: ReviewContext,
  kind: K,
  payload: DecisionPayloads[K],
  draftId: string,
  nextDraftId: string,
  activeMs: number,
): Promise<Saved | null | 'failed'> {
  const { project } = context.get();
  const cache = context.loaded;
  if (project === null || cache === null) {
    return Promise.resolve('failed');
  }
  return enqueue(context, project, cache, async () => {
    // The next draft paints first; the transaction starts after (issue 12, point 21).
    await nextPaint();
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
    const position = stillOpen(context, project.id)
      ? (context.get().currentId ?? nextDraftId)
      : nextDraftId;
    const { state } = await recordDecision(getDatabase(), event, {
      projectId: project.id,
      draftId: position,
    });
    return { draftId, state, kind };
  });
}

/**
 * Decides on the draft on screen and shows the next one at once (DESIGN.md: "next item painted
 * at once"); the header says "Saving…" until the transaction commits, then "Saved". If it
 * fails, the reviewer is taken back to that draft (unless they moved on), which keeps its
 * old status.
 */
async function decideCurrent<K extends DecisionKind>(
  context: ReviewContext,
  kind: K,
  payload: DecisionPayloads[K],
): Promise<void> {
  const { get, set } = context;
  const draftId = get().current?.draft.id;
  if (draftId === undefined || context.resolvingNext) {
    return;
  }
  if (useProfileStore.getState().profile === null) {
    // Decisions carry the reviewer's name; say so and stay on this draft.
    set({ saveStatus: 'error', errorKey: 'review.errors.noProfile' });
    return;
  }
  // Now, while this draft is still the one on screen; the clock restarts when the next shows.
  const activeMs = takeActiveTime(kind);
  const next = nextAfterDecision(context, draftId);
  // No await when the next draft is known: its paint starts in the key's own task.
  const nextId = typeof next === 'string' ? next : await next;
  const saved = decide(context, kind, payload, draftId, nextId, activeMs);
  const shown = showDraft(context, nextId, { remember: false });
  if ((await saved) === 'failed' && get().currentId === nextId) {
    await shown;
    await showDraft(context, draftId, { remember: true });
  }
  await shown;
}

/** Retracts this reviewer's latest decision, on any draft of the open project. */
async function undo(context: ReviewContext): Promise<void> {
  const { profile, deviceId } = useProfileStore.getState();
  const { project } = context.get();
  const cache = context.loaded;
  if (profile === null || deviceId === null || project === null || cache === null) {
    return;
  }
  // The target is chosen inside the queue of saves: Z right after A takes back that A, and
  // a second Z the decision before it, never the same one twice.
  const saved = await enqueue(context, project, cache, async () => {
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
  if (saved !== null && saved !== 'failed' && stillOpen(context, project.id)) {
    await showDraft(context, saved.draftId, { remember: false });
  }
}

export function createDecisionsSlice(context: ReviewContext): DecisionsSlice {
  return {
    ...decisionsInitialState,
    approve: (labels) => decideCurrent(context, 'approve', labels === undefined ? {} : { labels }),
    edit: (finalText, labels) =>
      decideCurrent(context, 'edit', labels === undefined ? { finalText } : { finalText, labels }),
    escalate: (reasonId, note) => decideCurrent(context, 'escalate', { reasonId, note }),
    skip: () => decideCurrent(context, 'skip', {}),
    undo: () => undo(context),
  };
}
