/** The outbox as sync uses it (SYNC.md §2, §4): batches to push, answers, watermarks, counts. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { recordDecision } from '../../../renderer/db/repositories/decisions-repository';
import {
  countOutbox,
  expectedWatermark,
  listRejected,
  nextPushBatch,
  recordPushResults,
  resendAbove,
} from '../../../renderer/db/repositories/outbox-repository';
import { decision } from './decision-fixture';
import {
  AT,
  draftRow,
  dropTestDatabase,
  eventRow,
  openTestDatabase,
  seedDrafts,
  seedOutbox,
} from './sync-fixture';

let db: LoupeDatabase;
const ON_HUB = new Set(['p1']);
const BIG = 1_000_000;

beforeEach(async () => {
  db = await openTestDatabase('sync-outbox');
});
afterEach(async () => {
  await dropTestDatabase(db);
});

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;
const seqs = (batch: { events: { deviceSeq: number }[] }) => batch.events.map((e) => e.deviceSeq);

describe('nextPushBatch', () => {
  it('takes pending events in deviceSeq order, at most maxEvents, none acked', async () => {
    await seedOutbox(db, [
      { event: eventRow('01C', 3) },
      { event: eventRow('01A', 1) },
      { event: eventRow('01D', 4), row: { state: 'acked', seq: 9 } },
      { event: eventRow('01B', 2) },
      { event: eventRow('01E', 5) },
    ]);
    expect(seqs(await nextPushBatch(db, ON_HUB, 200, BIG))).toEqual([1, 2, 3, 5]);
    const two = await nextPushBatch(db, ON_HUB, 2, BIG);
    expect(seqs(two)).toEqual([1, 2]);
    expect(two.rows.map((row) => row.eventId)).toEqual(['01A', '01B']);
  });

  it('stays within maxBytes, and the rest comes in the next batch', async () => {
    const text = 'x'.repeat(1_000);
    const events = [1, 2, 3, 4, 5].map((n) =>
      eventRow(`01${n}`, n, { payload: { text } }, 'comment'),
    );
    await seedOutbox(
      db,
      events.map((event) => ({ event })),
    );
    const size = bytesOf(events[0]);
    const maxBytes = 1_024 + Math.floor(3.5 * size);
    const batch = await nextPushBatch(db, ON_HUB, 200, maxBytes);
    expect(seqs(batch)).toEqual([1, 2, 3]);
    expect(bytesOf({ deviceId: 'dev1', events: batch.events })).toBeLessThanOrEqual(maxBytes);
    await recordPushResults(db, batch, acceptAll(batch, 1), AT);
    expect(seqs(await nextPushBatch(db, ON_HUB, 200, maxBytes))).toEqual([4, 5]);
  });

  it('sends an event larger than maxBytes alone, neither stuck nor joined', async () => {
    const huge = 'y'.repeat(20_000);
    await seedOutbox(db, [
      { event: eventRow('01A', 1) },
      { event: eventRow('01B', 2, { payload: { text: huge } }, 'comment') },
      { event: eventRow('01C', 3) },
    ]);
    const first = await nextPushBatch(db, ON_HUB, 200, 5_000);
    expect(seqs(first)).toEqual([1]);
    await recordPushResults(db, first, acceptAll(first, 1), AT);
    const alone = await nextPushBatch(db, ON_HUB, 200, 5_000);
    expect(seqs(alone)).toEqual([2]);
    await recordPushResults(db, alone, acceptAll(alone, 2), AT);
    expect(seqs(await nextPushBatch(db, ON_HUB, 200, 5_000))).toEqual([3]);
  });

  it('skips events of local-only projects without counting them against maxEvents', async () => {
    await seedOutbox(db, [
      { event: eventRow('01A', 1, { projectId: 'local' }) },
      { event: eventRow('01B', 2) },
      { event: eventRow('01C', 3, { projectId: 'local' }) },
      { event: eventRow('01D', 4) },
      { event: eventRow('01E', 5) },
    ]);
    expect(seqs(await nextPushBatch(db, ON_HUB, 2, BIG))).toEqual([2, 4]);
    expect(seqs(await nextPushBatch(db, new Set(), 2, BIG))).toEqual([]);
  });

  it('never sends the seq of an event pushed again after a restore', async () => {
    await seedOutbox(db, [{ event: eventRow('01A', 1, { seq: 17 }) }]);
    const [event] = (await nextPushBatch(db, ON_HUB, 200, BIG)).events;
    expect(event?.eventId).toBe('01A');
    expect(event).not.toHaveProperty('seq');
  });
});

function acceptAll(batch: { rows: { eventId: string }[] }, firstSeq: number) {
  return batch.rows.map((row, index) => ({
    index,
    eventId: row.eventId,
    status: 'accepted' as const,
    seq: firstSeq + index,
  }));
}

describe('recordPushResults', () => {
  beforeEach(async () => {
    await seedDrafts(db, [draftRow('p1', 'a'), draftRow('p1', 'b'), draftRow('p1', 'c')]);
    await recordDecision(db, decision('01A', 'approve', 'a'));
    await recordDecision(db, decision('01B', 'approve', 'b'));
    await recordDecision(db, decision('01C', 'skip', 'c'));
  });

  it('acks accepted and duplicate events with their seq, also on the event', async () => {
    const batch = await nextPushBatch(db, ON_HUB, 2, BIG);
    const outcome = await recordPushResults(
      db,
      batch,
      [
        { index: 0, eventId: '01A', status: 'accepted', seq: 7 },
        { index: 1, eventId: '01B', status: 'duplicate', seq: 3 },
      ],
      AT,
    );
    expect(outcome).toMatchObject({ acked: 2, rejected: 0 });
    expect(await db.outbox.get('01A')).toMatchObject({
      state: 'acked',
      seq: 7,
      attempts: 1,
      ackedAt: AT,
    });
    expect(await db.outbox.get('01B')).toMatchObject({ state: 'acked', seq: 3 });
    expect((await db.events.get('01A'))?.seq).toBe(7);
    expect((await db.events.get('01B'))?.seq).toBe(3);
    expect(await db.outbox.get('01C')).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('keeps a rejected event with reason and detail; it no longer decides its draft', async () => {
    const batch = await nextPushBatch(db, ON_HUB, 200, BIG);
    const outcome = await recordPushResults(
      db,
      batch,
      [
        { index: 0, eventId: '01A', status: 'rejected', reason: 'unknown_draft', detail: 'no a' },
        { index: 1, eventId: '01B', status: 'accepted', seq: 1 },
        { index: 2, eventId: '01C', status: 'accepted', seq: 2 },
      ],
      AT,
    );
    expect(outcome.rejected).toBe(1);
    expect(outcome.drafts).toEqual([{ projectId: 'p1', draftIds: ['a'] }]);
    expect(await db.outbox.get('01A')).toMatchObject({
      state: 'rejected',
      rejectedReason: 'unknown_draft',
      rejectedDetail: 'no a',
      rejectedAt: AT,
      attempts: 1,
    });
    expect(await db.events.get('01A')).toBeDefined();
    expect((await db.drafts.get(['p1', 'a']))?.status).toBe('pending');
    expect((await db.queueEntries.get(['p1', 'a']))?.status).toBe('pending');
  });

  it('leaves a row pending, one attempt more, when its answer names another event', async () => {
    const batch = await nextPushBatch(db, ON_HUB, 200, BIG);
    await recordPushResults(
      db,
      batch,
      [
        { index: 0, eventId: '01B', status: 'accepted', seq: 4 },
        { index: 1, eventId: '01B', status: 'accepted', seq: 5 },
      ],
      AT,
    );
    expect(await db.outbox.get('01A')).toMatchObject({ state: 'pending', attempts: 1 });
    expect((await db.events.get('01A'))?.seq).toBeUndefined();
    expect(await db.outbox.get('01B')).toMatchObject({ state: 'acked', seq: 5 });
    // No answer at all for index 2.
    expect(await db.outbox.get('01C')).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('an event refused before and accepted when pushed again counts again', async () => {
    const batch = await nextPushBatch(db, ON_HUB, 1, BIG);
    await recordPushResults(
      db,
      batch,
      [{ index: 0, eventId: '01A', status: 'rejected', reason: 'unknown_project' }],
      AT,
    );
    await resendAbove(db, 0);
    const again = await nextPushBatch(db, ON_HUB, 1, BIG);
    const outcome = await recordPushResults(
      db,
      again,
      [{ index: 0, eventId: '01A', status: 'accepted', seq: 9 }],
      AT,
    );
    expect(outcome.drafts).toEqual([{ projectId: 'p1', draftIds: ['a'] }]);
    const row = await db.outbox.get('01A');
    expect(row).toMatchObject({ state: 'acked', seq: 9, attempts: 2 });
    expect(row?.rejectedReason).toBeUndefined();
    expect((await db.drafts.get(['p1', 'a']))?.status).toBe('approved');
  });
});

describe('expectedWatermark and resendAbove', () => {
  it('is nextDeviceSeq − 1 when nothing is pending, and 0 on a new device', async () => {
    expect(await expectedWatermark(db)).toBe(0);
    await seedOutbox(db, [
      { event: eventRow('01A', 1), row: { state: 'acked', seq: 1 } },
      { event: eventRow('01B', 2), row: { state: 'rejected', rejectedReason: 'unknown_draft' } },
    ]);
    expect(await expectedWatermark(db)).toBe(2);
  });

  it('stops before the first pending row, also one held back in a local-only project', async () => {
    await seedOutbox(db, [
      { event: eventRow('01A', 1), row: { state: 'acked', seq: 1 } },
      { event: eventRow('01B', 2), row: { state: 'rejected', rejectedReason: 'unknown_draft' } },
      { event: eventRow('01C', 3) },
      { event: eventRow('01D', 4), row: { state: 'acked', seq: 2 } },
    ]);
    expect(await expectedWatermark(db)).toBe(2);
  });

  it('is held by a pending row of a local-only project like any other pending row', async () => {
    await seedOutbox(db, [
      { event: eventRow('01A', 1), row: { state: 'acked', seq: 1 } },
      { event: eventRow('01B', 2, { projectId: 'local' }) },
      { event: eventRow('01C', 3), row: { state: 'acked', seq: 2 } },
    ]);
    expect(await expectedWatermark(db)).toBe(1);
  });

  it('puts acked and rejected rows above the watermark back to pending, not those below', async () => {
    await seedOutbox(db, [
      { event: eventRow('01A', 1), row: { state: 'acked', seq: 1 } },
      { event: eventRow('01B', 2), row: { state: 'rejected', rejectedReason: 'unknown_draft' } },
      { event: eventRow('01C', 3), row: { state: 'acked', seq: 2 } },
      { event: eventRow('01D', 4), row: { state: 'rejected', rejectedReason: 'unknown_draft' } },
      { event: eventRow('01E', 5) },
    ]);
    expect(await resendAbove(db, 2)).toBe(2);
    const states = (await db.outbox.orderBy('eventId').toArray()).map((row) => row.state);
    expect(states).toEqual(['acked', 'rejected', 'pending', 'pending', 'pending']);
    expect(seqs(await nextPushBatch(db, ON_HUB, 200, BIG))).toEqual([3, 4, 5]);
    expect(await resendAbove(db, 5)).toBe(0);
  });
});

describe('countOutbox and listRejected', () => {
  it('counts waiting, held-back and refused events, and lists refusals newest first', async () => {
    await seedOutbox(db, [
      { event: eventRow('01A', 1) },
      { event: eventRow('01B', 2, { projectId: 'local' }) },
      { event: eventRow('01C', 3), row: { state: 'acked', seq: 1 } },
      { event: eventRow('01D', 4), row: { state: 'rejected', rejectedReason: 'unknown_draft' } },
      { event: eventRow('01E', 5), row: { state: 'rejected', rejectedReason: 'role_forbidden' } },
      { event: eventRow('01F', 6) },
    ]);
    expect(await countOutbox(db, ON_HUB)).toEqual({ waiting: 2, localOnly: 1, rejected: 2 });
    expect(await countOutbox(db, new Set())).toEqual({ waiting: 0, localOnly: 3, rejected: 2 });
    const rejected = await listRejected(db);
    expect(rejected.map(({ row }) => [row.eventId, row.rejectedReason])).toEqual([
      ['01E', 'role_forbidden'],
      ['01D', 'unknown_draft'],
    ]);
    expect(rejected[0]?.event?.eventId).toBe('01E');
  });
});
