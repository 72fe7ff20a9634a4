/**
 * Migration of 2026-11-28 (schema v2): drafts gain an indexed `status` so the queue can list
 * pending drafts without reading every draft state. Backfilled from the derived draft state, or
 * `pending` when the draft has no decision yet.
 *
 * Idempotent: only rows without a status are touched, so running it twice changes nothing.
 */
import type { Transaction } from 'dexie';
import type { DraftRow, DraftStateRow } from '../rows';

/** Sets `status` on drafts that have none. Safe to run any number of times. */
export async function backfillDraftStatus(tx: Transaction): Promise<void> {
  const drafts = tx.table<Partial<DraftRow> & Pick<DraftRow, 'projectId' | 'id'>>('drafts');
  const states = tx.table<DraftStateRow>('draftState');
  const missing = await drafts.filter((row) => row.status === undefined).toArray();
  for (const row of missing) {
    const state = await states.get([row.projectId, row.id]);
    await drafts.update([row.projectId, row.id], { status: state?.status ?? 'pending' });
  }
}
