/** The `outbox` table: events waiting for the hub, and the ones it rejected (kept and shown). */
import Dexie from 'dexie';
import type { LoupeDatabase } from '../loupe-database';
import type { OutboxRow, OutboxState } from '../rows';

export async function putOutboxRow(db: LoupeDatabase, row: OutboxRow): Promise<void> {
  await db.outbox.put(row);
}

/** Rows in one state, oldest first, so events reach the hub in the order they were made. */
export async function listOutbox(
  db: LoupeDatabase,
  state: OutboxState,
  limit = Number.POSITIVE_INFINITY,
): Promise<OutboxRow[]> {
  return db.outbox
    .where('[state+deviceSeq]')
    .between([state, Dexie.minKey], [state, Dexie.maxKey])
    .limit(limit)
    .toArray();
}

/** Drops rows the hub has accepted. */
export async function removeFromOutbox(
  db: LoupeDatabase,
  eventIds: readonly string[],
): Promise<void> {
  await db.outbox.bulkDelete([...eventIds]);
}
