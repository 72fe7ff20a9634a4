/**
 * Migration of 2026-12-07 (schema v6): outbox rows gain the `projectId` of their event, so sync
 * can hold back the decisions of a project that is local only (not published to the hub) and
 * push them once it is. Taken from the event each row stands for.
 *
 * Idempotent: only rows without a project are touched, so running it twice changes nothing. A
 * row whose event is missing (it should not happen: both are written in one transaction) keeps
 * no project and is never pushed; the rejected list shows it.
 */
import type { Transaction } from 'dexie';
import type { EventRow, OutboxRow } from '../rows';

export async function backfillOutboxProjects(tx: Transaction): Promise<void> {
  const outbox = tx.table<OutboxRow, string>('outbox');
  const events = tx.table<EventRow, string>('events');
  const missing = await outbox.filter((row) => row.projectId === undefined).toArray();
  const found = await events.bulkGet(missing.map((row) => row.eventId));
  for (const [index, row] of missing.entries()) {
    const projectId = found[index]?.projectId;
    if (projectId !== undefined) {
      await outbox.update(row.eventId, { projectId });
    }
  }
}
