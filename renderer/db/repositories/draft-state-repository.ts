/** The `draftState` table: derived state per draft, recomputed from events, never hand-edited. */
import Dexie from 'dexie';
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
 * Recomputes drafts' states from their events and writes them where the queue reads them (each
 * draft's and its queue entry's status). An event the hub refused (its outbox row `rejected`)
 * is kept and shown but decides nothing: no other copy will ever hold it, and every copy must
 * derive the same state from the same events (SYNC.md §7, §9). Call inside a transaction over
 * events, outbox, draftState, drafts and queueEntries.
 *
 * Batched, because a pulled page touches hundreds of drafts: the reads go out together and the
 * writes are bulk puts, and a draft whose status did not change is not rewritten (a decision
 * that agrees with the standing one leaves the 1 KB draft row alone). One awaited request per
 * draft made a 100k-record pull take minutes (the sync bench).
 */
export async function rederiveDraftStates(
  db: LoupeDatabase,
  drafts: readonly { projectId: string; draftId: string }[],
  now: string,
): Promise<DraftStateRow[]> {
  const unique = [
    ...new Map(drafts.map((draft) => [`${draft.projectId}\u0000${draft.draftId}`, draft])).values(),
  ];
  if (unique.length === 0) {
    return [];
  }
  const keys = unique.map(({ projectId, draftId }): [string, string] => [projectId, draftId]);
  // Refused events are this device's and few: their ids come off the outbox's index, where
  // looking each event up would cost a request per event of every touched draft.
  const [eventLists, before, refusedIds] = await Promise.all([
    Promise.all(unique.map(({ projectId, draftId }) => listDraftEvents(db, projectId, draftId))),
    db.draftState.bulkGet(keys),
    db.outbox
      .where('[state+deviceSeq]')
      .between(['rejected', Dexie.minKey], ['rejected', Dexie.maxKey])
      .primaryKeys(),
  ]);
  const refused = new Set(refusedIds);
  const states = unique.map(({ projectId, draftId }, index): DraftStateRow => ({
    projectId,
    draftId,
    ...deriveDraftState((eventLists[index] ?? []).filter((event) => !refused.has(event.eventId))),
    updatedAt: now,
  }));
  await db.draftState.bulkPut(states);
  // Only drafts whose status moved need their rows read and written again.
  const moved = states.flatMap((state, index) =>
    before[index]?.status === state.status ? [] : [{ state, key: keys[index] }],
  );
  if (moved.length > 0) {
    const movedKeys = moved.map(({ key }) => key as [string, string]);
    const [draftRows, entryRows] = await Promise.all([
      db.drafts.bulkGet(movedKeys),
      db.queueEntries.bulkGet(movedKeys),
    ]);
    const draftPuts = moved.flatMap(({ state }, index) => {
      const row = draftRows[index];
      return row === undefined || row.status === state.status
        ? []
        : [{ ...row, status: state.status }];
    });
    const entryPuts = moved.flatMap(({ state }, index) => {
      const row = entryRows[index];
      return row === undefined || row.status === state.status
        ? []
        : [{ ...row, status: state.status }];
    });
    await Promise.all([db.drafts.bulkPut(draftPuts), db.queueEntries.bulkPut(entryPuts)]);
  }
  return states;
}

/** {@link rederiveDraftStates} for one draft (a decision made on this machine). */
export async function rederiveDraftState(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
  now: string,
): Promise<DraftStateRow> {
  const [state] = await rederiveDraftStates(db, [{ projectId, draftId }], now);
  if (state === undefined) {
    throw new Error('rederiveDraftStates returned no state for one draft');
  }
  return state;
}
