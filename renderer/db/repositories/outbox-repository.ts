/**
 * The `outbox` table (SYNC.md §2, §4): every event this device made, with what the hub said of
 * it. Rows are never deleted: `pending` until the hub holds the event, then `acked {seq}`, or
 * `rejected {reason}` (kept and shown). A local-only project's rows stay pending until it is
 * published: they are held back, not lost.
 */
import Dexie from 'dexie';
import type { PushResult } from '../../../shared/sync/push';
import type { LoupeDatabase } from '../loupe-database';
import type { EventRow, OutboxRow, OutboxState } from '../rows';
import type { DraftsChange } from '../change-feed';
import { rederiveDraftStates } from './draft-state-repository';
import { getMeta } from './meta-repository';

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

/** The next events to push, in `deviceSeq` order, within the protocol's limits. */
export interface PushBatch {
  rows: OutboxRow[];
  /** What goes on the wire: the events without this machine's `seq`. */
  events: EventRow[];
  /** The events as stored, to write back with the hub's `seq`. */
  stored: EventRow[];
}

/**
 * Up to `maxEvents` pending events of projects on the hub, in `deviceSeq` order, whose JSON
 * together stays within `maxBytes` — except that an event larger than that travels alone, or it
 * could never sync (the hub takes one event of up to 4 MB). Rows of local-only projects are
 * skipped, not counted. `after` (the last deviceSeq pushed in this pass) starts the scan past
 * the rows just acked: their index entries were deleted, and a scan from the start walks every
 * one of them again (LevelDB keeps them as tombstones until it compacts).
 */
export async function nextPushBatch(
  db: LoupeDatabase,
  onHub: ReadonlySet<string>,
  maxEvents: number,
  maxBytes: number,
  after = 0,
): Promise<PushBatch> {
  const rows: OutboxRow[] = [];
  // Read a chunk at a time (one request each) rather than row by row through a cursor: each
  // step of a cursor is a round trip to IndexedDB's backend.
  let from = after;
  for (;;) {
    const chunk = await db.outbox
      .where('[state+deviceSeq]')
      .between(['pending', from], ['pending', Dexie.maxKey], false, true)
      .limit(maxEvents)
      .toArray();
    for (const row of chunk) {
      if (rows.length < maxEvents && row.projectId !== undefined && onHub.has(row.projectId)) {
        rows.push(row);
      }
    }
    const last = chunk.at(-1);
    if (last === undefined || chunk.length < maxEvents || rows.length >= maxEvents) {
      break;
    }
    from = last.deviceSeq;
  }
  const found = await db.events.bulkGet(rows.map((row) => row.eventId));
  const batch: PushBatch = { rows: [], events: [], stored: [] };
  // The envelope `{"deviceId":…,"events":[…]}` is small; a margin keeps the total under the cap.
  let bytes = 1_024;
  for (const [index, row] of rows.entries()) {
    const stored = found[index];
    if (stored === undefined) {
      continue; // cannot happen (event and row are written together); never push a hole
    }
    const { seq: _seq, ...event } = stored;
    const size = new TextEncoder().encode(JSON.stringify(event)).byteLength + 1;
    if (batch.events.length > 0 && bytes + size > maxBytes) {
      break;
    }
    bytes += size;
    batch.rows.push(row);
    batch.events.push(event);
    batch.stored.push(stored);
  }
  return batch;
}

/**
 * Stores the hub's answer for a pushed batch in one transaction: accepted and duplicate events
 * are acked with their `seq` (also on the event), rejected ones keep the reason. Answers are
 * matched by position and checked by id; an answer that names another event is ignored (the
 * row stays pending and goes again). A refused event stops counting in its draft's state, and
 * one refused before but accepted now (pushed again after a restore) counts again: those
 * drafts are derived again in the same transaction, and returned.
 */
export async function recordPushResults(
  db: LoupeDatabase,
  batch: PushBatch,
  results: readonly PushResult[],
  now: string,
): Promise<{ acked: number; rejected: number; drafts: DraftsChange[] }> {
  const tables = [db.outbox, db.events, db.draftState, db.drafts, db.queueEntries];
  return db.transaction('rw', tables, async () => {
    let acked = 0;
    let rejected = 0;
    const changed = new Map<string, { projectId: string; draftId: string }>();
    const touch = (index: number) => {
      const event = batch.events[index];
      if (event !== undefined) {
        changed.set(`${event.projectId}\u0000${event.draftId}`, event);
      }
    };
    const answers = new Map(results.map((result) => [result.index, result]));
    // The rows as the batch read them, written back in bulk: one `update` per row costs Dexie
    // three requests (it modifies through a cursor), and a 10k push spent most of its time
    // there. Nothing else changes a pushed row meanwhile: only the pass, under the sync lock,
    // settles outbox rows, and an event changes only by its `seq`.
    const outboxPuts: OutboxRow[] = [];
    const eventPuts: EventRow[] = [];
    for (const [index, row] of batch.rows.entries()) {
      const result = answers.get(index);
      const attempts = row.attempts + 1;
      const settled = withoutRefusal(row);
      if (result === undefined || result.eventId !== row.eventId) {
        outboxPuts.push({ ...row, attempts });
        continue;
      }
      if (result.status === 'rejected') {
        rejected += 1;
        touch(index);
        outboxPuts.push({
          ...settled,
          state: 'rejected',
          attempts,
          rejectedReason: result.reason,
          ...(result.detail === undefined ? {} : { rejectedDetail: result.detail }),
          rejectedAt: now,
        });
        continue;
      }
      acked += 1;
      if (row.rejectedReason !== undefined) {
        touch(index);
      }
      outboxPuts.push({ ...settled, state: 'acked', attempts, seq: result.seq, ackedAt: now });
      const event = batch.stored[index];
      if (event !== undefined && event.seq !== result.seq) {
        eventPuts.push({ ...event, seq: result.seq });
      }
    }
    await Promise.all([db.outbox.bulkPut(outboxPuts), db.events.bulkPut(eventPuts)]);
    const drafts = [...changed.values()].map(({ projectId, draftId }) => ({ projectId, draftId }));
    await rederiveDraftStates(db, drafts, now);
    return {
      acked,
      rejected,
      drafts: drafts.map(({ projectId, draftId }) => ({ projectId, draftIds: [draftId] })),
    };
  });
}

/** `row` without a refusal's reason, detail and time (it is pending or acked again). */
export function withoutRefusal(row: OutboxRow): OutboxRow {
  const copy = { ...row };
  delete copy.rejectedReason;
  delete copy.rejectedDetail;
  delete copy.rejectedAt;
  return copy;
}

/**
 * The watermark the hub should report for this device: the highest `deviceSeq` up to which
 * every event is settled (acked or rejected). A pending event — waiting, or held back in a
 * local-only project — stops it, exactly as it stops the hub's.
 */
export async function expectedWatermark(db: LoupeDatabase): Promise<number> {
  const firstPending = await db.outbox
    .where('[state+deviceSeq]')
    .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
    .first();
  if (firstPending !== undefined) {
    return firstPending.deviceSeq - 1;
  }
  // Every deviceSeq below the next one has its row (both are written in one transaction).
  return ((await getMeta(db, 'nextDeviceSeq')) ?? 1) - 1;
}

/**
 * Whether the hub's `watermark` may be below {@link expectedWatermark} (the hub lost events),
 * judged from the one row above it: if `watermark + 1` is not a settled event of this device,
 * the hub is not behind. Cheap (two reads by key), so it runs on every answer; only when it says
 * yes is the full reading taken, which walks the waiting rows' index from its start.
 */
export async function hubMayBeBehind(
  db: LoupeDatabase,
  deviceId: string,
  watermark: number,
): Promise<boolean> {
  const next = await db.events
    .where('[deviceId+deviceSeq]')
    .equals([deviceId, watermark + 1])
    .first();
  if (next === undefined) {
    return false;
  }
  const row = await db.outbox.get(next.eventId);
  return row !== undefined && row.state !== 'pending';
}

/**
 * After the hub lost events (a restore from an older backup, SYNC.md §4): every settled row
 * above `watermark` goes back to pending, to be pushed again. The hub answers `duplicate` for
 * what it still holds and the same rejection for what it refused before. Returns how many.
 */
export async function resendAbove(db: LoupeDatabase, watermark: number): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    let count = 0;
    for (const state of ['acked', 'rejected'] as const) {
      count += await db.outbox
        .where('[state+deviceSeq]')
        .between([state, watermark], [state, Dexie.maxKey], false, true)
        .modify({ state: 'pending' });
    }
    return count;
  });
}

/** How many events wait for the hub, how many are held back (local-only), how many refused. */
export interface OutboxCounts {
  waiting: number;
  localOnly: number;
  rejected: number;
}

export async function countOutbox(
  db: LoupeDatabase,
  onHub: ReadonlySet<string>,
): Promise<OutboxCounts> {
  // Counted on the indexes, never read: the header refreshes these after every pushed batch,
  // and reading 10k waiting rows each time cost more than the push itself (the sync bench).
  const inState = (state: OutboxState) =>
    db.outbox
      .where('[state+deviceSeq]')
      .between([state, Dexie.minKey], [state, Dexie.maxKey])
      .count();
  const [pending, rejected, ...waiting] = await Promise.all([
    inState('pending'),
    inState('rejected'),
    ...[...onHub].map((projectId) =>
      db.outbox.where('[projectId+state]').equals([projectId, 'pending']).count(),
    ),
  ]);
  const onHubWaiting = waiting.reduce((sum, count) => sum + count, 0);
  return { waiting: onHubWaiting, localOnly: pending - onHubWaiting, rejected };
}

/** The rejected events with their rows, newest first (the "not accepted" list). */
export async function listRejected(
  db: LoupeDatabase,
): Promise<{ row: OutboxRow; event: EventRow | undefined }[]> {
  const rows = (await listOutbox(db, 'rejected')).reverse();
  const events = await db.events.bulkGet(rows.map((row) => row.eventId));
  return rows.map((row, index) => ({ row, event: events[index] }));
}
