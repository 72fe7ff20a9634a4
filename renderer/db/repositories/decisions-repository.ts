/**
 * Recording a reviewer's decision: ONE read-write transaction that allocates the device sequence
 * number, adds the immutable event, queues it for the hub, and recomputes the draft's derived
 * state (DESIGN.md, Local store). The caller shows "saved" only after this resolves; everything
 * that is not Dexie (ids, hashes, clocks) is done by the caller before it starts.
 */
import Dexie from 'dexie';
import type { DecisionEvent, DecisionKind } from '../../../shared/domain/decision-event';
import { publishChange } from '../change-feed';
import type { LoupeDatabase } from '../loupe-database';
import type { DraftStateRow, EventRow, MetaValues } from '../rows';
import { rederiveDraftState } from './draft-state-repository';
import { getMeta, setMeta } from './meta-repository';

/** A fully built event that has not been given its device sequence number yet. */
export type UnsequencedEvent = Omit<DecisionEvent, 'deviceSeq'>;

/** Stores `event` and returns it with its `deviceSeq`, plus the draft's new derived state. */
export async function recordDecision(
  db: LoupeDatabase,
  event: UnsequencedEvent,
  /** Where the reviewer goes next; written with the decision so a crash cannot split them. */
  nextPosition?: MetaValues['reviewPosition'],
): Promise<{ event: EventRow; state: DraftStateRow }> {
  const tables = [
    db.meta,
    db.events,
    db.outbox,
    db.draftState,
    db.drafts,
    db.queueEntries,
    db.editBuffers,
  ];
  const recorded = await db.transaction('rw', tables, async () => {
    const deviceSeq = (await getMeta(db, 'nextDeviceSeq')) ?? 1;
    await setMeta(db, 'nextDeviceSeq', deviceSeq + 1);
    const stored: EventRow = { ...event, deviceSeq };
    await db.events.add(stored);
    await db.outbox.add({
      eventId: event.eventId,
      projectId: event.projectId,
      state: 'pending',
      deviceSeq,
      attempts: 0,
    });
    if (nextPosition !== undefined) {
      await setMeta(db, 'reviewPosition', nextPosition);
    }
    if (event.kind === 'edit') {
      // The typed text is now part of the decision; keeping the buffer would resurrect it.
      await db.editBuffers.delete([event.projectId, event.draftId]);
    }
    const state = await rederiveDraftState(db, event.projectId, event.draftId, event.clientTime);
    return { event: stored, state };
  });
  publishChange({
    drafts: [{ projectId: event.projectId, draftIds: [event.draftId] }],
    outbox: true,
    decided: true,
  });
  return recorded;
}

/**
 * The heads among `heads` that `reviewerId` made: what a new decision of theirs supersedes. A
 * teammate's decision (pulled from the hub) is not theirs to replace; it stays a head beside
 * the new one, and the two agree or the draft is disputed.
 */
export async function ownHeads(
  db: LoupeDatabase,
  heads: readonly string[],
  reviewerId: string,
): Promise<string[]> {
  if (heads.length === 0) {
    return [];
  }
  const events = await db.events.bulkGet([...heads]);
  return events.flatMap((event) =>
    event !== undefined && event.reviewerId === reviewerId ? [event.eventId] : [],
  );
}

/** Kinds a reviewer can take back with undo (a comment is not a step of the queue). */
const UNDOABLE: ReadonlySet<DecisionKind> = new Set(['approve', 'edit', 'escalate', 'skip']);
const isReviewerStep = (event: EventRow): boolean => UNDOABLE.has(event.kind);

/**
 * A lead's call in the inbox: a resolve, or a send-back — a comment over the draft's heads
 * (a note that answers nothing has no parents).
 */
export const isLeadCall = (event: EventRow): boolean =>
  event.kind === 'resolve' || (event.kind === 'comment' && event.parents.length > 0);

/**
 * The decision the next undo takes back: this device's latest approve/edit/escalate/skip (or,
 * given `undoable`, another kind of event, as a lead's calls) that no retract of this device has
 * undone yet. Walks backwards by device sequence, so undo reaches across items and survives
 * restarts (the events are the undo history).
 */
export async function findUndoTarget(
  db: LoupeDatabase,
  deviceId: string,
  reviewerId: string,
  undoable: (event: EventRow) => boolean = isReviewerStep,
): Promise<EventRow | undefined> {
  const undone = new Set<string>();
  let target: EventRow | undefined;
  await db.events
    .where('[deviceId+deviceSeq]')
    .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
    .reverse()
    .until(() => target !== undefined)
    .each((event: EventRow) => {
      if (event.reviewerId !== reviewerId) {
        return;
      }
      if (event.kind === 'retract') {
        const targetId = (event.payload as { targetEventId?: unknown }).targetEventId;
        if (typeof targetId === 'string') {
          undone.add(targetId);
        }
        return;
      }
      if (undoable(event) && !undone.has(event.eventId)) {
        target = event;
      }
    });
  return target;
}
