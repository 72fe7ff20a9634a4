/**
 * Migration of 2026-11-28 (schema v4): every draft gets its queue entry (see queue-entry.ts).
 *
 * Idempotent: an entry is a pure function of its draft and is written with `put`, so running it
 * twice writes the same rows again. Drafts are read in pages so a large store is never whole in
 * memory during the upgrade.
 */
import Dexie, { type Transaction } from 'dexie';
import { toQueueEntry } from '../queue-entry';
import type { DraftRow, QueueEntryRow } from '../rows';

const PAGE = 500;

/** Writes the queue entry of every draft. Safe to run any number of times. */
export async function buildQueueEntries(tx: Transaction): Promise<void> {
  const drafts = tx.table<DraftRow, [string, string]>('drafts');
  const entries = tx.table<QueueEntryRow, [string, string]>('queueEntries');
  let after: [string, string] | null = null;
  for (;;) {
    const page: DraftRow[] = await (
      after === null
        ? drafts.orderBy(':id')
        : drafts.where(':id').between(after, [Dexie.maxKey], false, true)
    )
      .limit(PAGE)
      .toArray();
    if (page.length === 0) {
      return;
    }
    await entries.bulkPut(page.map((draft) => toQueueEntry(draft)));
    const last = page[page.length - 1]!;
    after = [last.projectId, last.id];
  }
}
