import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import {
  findUndoTarget,
  recordDecision,
} from '../../../renderer/db/repositories/decisions-repository';
import { decision } from './decision-fixture';
import { addMissingDrafts, getDraft } from '../../../renderer/db/repositories/drafts-repository';
import { listOutbox } from '../../../renderer/db/repositories/outbox-repository';
import type { DraftRow } from '../../../renderer/db/rows';

let db: LoupeDatabase;
let name: string;
let counter = 0;

function draft(id: string): DraftRow {
  return {
    id,
    projectId: 'p1',
    context: [],
    draft: `text of ${id}`,
    model: { name: 'm' },
    metadata: {},
    priority: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    status: 'pending',
  };
}

beforeEach(async () => {
  counter += 1;
  name = `decisions-test-${counter}`;
  db = new LoupeDatabase({ name });
  await db.open();
  await addMissingDrafts(db, [draft('a'), draft('b')]);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('recordDecision', () => {
  it('stores the event, queues it for the hub and updates the draft’s status together', async () => {
    const { event, state } = await recordDecision(db, decision('01A', 'approve', 'a'));
    expect(event.deviceSeq).toBe(1);
    expect(state).toMatchObject({ status: 'approved', heads: ['01A'], verdict: 'approve' });
    expect((await getDraft(db, 'p1', 'a'))?.status).toBe('approved');
    expect(await listOutbox(db, 'pending')).toEqual([
      { eventId: '01A', projectId: 'p1', state: 'pending', deviceSeq: 1, attempts: 0 },
    ]);
  });

  it('numbers this device’s events without gaps, across drafts', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a'));
    await recordDecision(db, decision('01B', 'skip', 'b'));
    const { event } = await recordDecision(db, decision('01C', 'escalate', 'b'));
    expect(event.deviceSeq).toBe(3);
  });

  it('leaves nothing behind when the event cannot be stored (all or nothing)', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a'));
    await expect(recordDecision(db, decision('01A', 'escalate', 'b'))).rejects.toThrow();
    expect((await getDraft(db, 'p1', 'b'))?.status).toBe('pending');
    expect(await db.outbox.count()).toBe(1);
    const { event } = await recordDecision(db, decision('01B', 'approve', 'b'));
    expect(event.deviceSeq).toBe(2);
  });

  it('an undo (retract) brings the draft back to what it was', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a'));
    await recordDecision(
      db,
      decision('01B', 'edit', 'a', { parents: ['01A'], payload: { finalText: 'better' } }),
    );
    expect((await getDraft(db, 'p1', 'a'))?.status).toBe('edited');
    await recordDecision(
      db,
      decision('01C', 'retract', 'a', { payload: { targetEventId: '01B' } }),
    );
    expect((await getDraft(db, 'p1', 'a'))?.status).toBe('approved');
  });
});

describe('findUndoTarget', () => {
  it('walks back across drafts, skipping what was already undone', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a'));
    await recordDecision(
      db,
      decision('01B', 'escalate', 'b', { payload: { reasonId: 'x', note: '' } }),
    );
    expect((await findUndoTarget(db, 'dev1', 'r1'))?.eventId).toBe('01B');
    await recordDecision(
      db,
      decision('01C', 'retract', 'b', { payload: { targetEventId: '01B' } }),
    );
    expect((await findUndoTarget(db, 'dev1', 'r1'))?.eventId).toBe('01A');
    await recordDecision(
      db,
      decision('01D', 'retract', 'a', { payload: { targetEventId: '01A' } }),
    );
    expect(await findUndoTarget(db, 'dev1', 'r1')).toBeUndefined();
  });

  it('never offers another reviewer’s or another device’s decisions', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a', { reviewerId: 'someone-else' }));
    await recordDecision(db, decision('01B', 'approve', 'b', { deviceId: 'dev2' }));
    expect(await findUndoTarget(db, 'dev1', 'r1')).toBeUndefined();
  });
});

describe('addMissingDrafts', () => {
  it('adds only drafts the project lacks and keeps the decided ones as they are', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a'));
    const added = await addMissingDrafts(db, [{ ...draft('a'), draft: 'changed' }, draft('c')]);
    expect(added).toBe(1);
    expect(await getDraft(db, 'p1', 'a')).toMatchObject({ status: 'approved', draft: 'text of a' });
    expect(await getDraft(db, 'p1', 'c')).toMatchObject({ status: 'pending' });
  });
});
