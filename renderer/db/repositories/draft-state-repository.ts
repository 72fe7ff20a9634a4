/** The `draftState` table: derived state per draft, recomputed from events, never hand-edited. */
import { deriveDraftState } from '../../../shared/review/derive-draft-state';
import type { LoupeDatabase } from '../loupe-database';
import type { DraftStateRow } from '../rows';
import { listDraftEvents } from './events-repository';

export async function getDraftState(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
): Promise<DraftStateRow | undefined> {
  return db.draftState.get([projectId, draftId]);
}

/** Stores a freshly derived state (callers derive it inside the decision transaction). */
export async function putDraftState(db: LoupeDatabase, state: DraftStateRow): Promise<void> {
  await db.draftState.put(state);
}

/**
 * Recomputes a draft's state from its events and writes it where the queue reads it (the
 * draft's and its queue entry's status). An event the hub refused (its outbox row `rejected`)
 * is kept and shown but decides nothing: no other copy will ever hold it, and every copy must
 * derive the same state from the same events (SYNC.md §7, §9). Call inside a transaction over
 * events, outbox, draftState, drafts and queueEntries.
 */
export async function rederiveDraftState(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
  now: string,
): Promise<DraftStateRow> {
  const all = await listDraftEvents(db, projectId, draftId);
  const rows = await db.outbox.bulkGet(all.map((event) => event.eventId));
  const events = all.filter((_event, index) => rows[index]?.state !== 'rejected');
  const state: DraftStateRow = { projectId, draftId, ...deriveDraftState(events), updatedAt: now };
  await db.draftState.put(state);
  await db.drafts.update([projectId, draftId], { status: state.status });
  await db.queueEntries.update([projectId, draftId], { status: state.status });
  return state;
}

/** {@link rederiveDraftState} for several drafts (a pulled page), one after the other. */
export async function rederiveDraftStates(
  db: LoupeDatabase,
  drafts: readonly { projectId: string; draftId: string }[],
  now: string,
): Promise<void> {
  for (const { projectId, draftId } of drafts) {
    await rederiveDraftState(db, projectId, draftId, now);
  }
}
