/** Applying a pulled page (SYNC.md §3): every record kind, idempotence, page and cursor together. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { recordDecision } from '../../../renderer/db/repositories/decisions-repository';
import { readHubState } from '../../../renderer/db/repositories/hub-state-repository';
import { setMeta } from '../../../renderer/db/repositories/meta-repository';
import { applyPullPage } from '../../../renderer/db/repositories/pull-repository';
import { listQueueEntries } from '../../../renderer/db/repositories/queue-entries-repository';
import type { FieldMapping } from '../../../shared/import/field-mapping';
import type { LogRecord } from '../../../shared/sync/hub-records';
import { decision } from './decision-fixture';
import {
  AT,
  HUB_ID,
  decisionRecord,
  draftInput,
  draftPublished,
  draftRevised,
  draftWithdrawn,
  dropTestDatabase,
  eventRow,
  hubProject,
  openTestDatabase,
  projectPublished,
  projectRow,
  projectSettings,
  seedOutbox,
} from './sync-fixture';

let db: LoupeDatabase;

beforeEach(async () => {
  db = await openTestDatabase('sync-pull');
  // This machine is the decision fixture's device.
  await setMeta(db, 'deviceId', 'dev1');
});
afterEach(async () => {
  await dropTestDatabase(db);
});

const apply = (records: LogRecord[], now = AT) =>
  applyPullPage(db, { hubId: HUB_ID, records, nextCursor: records.at(-1)?.seq ?? 0 }, now);

/** A decision of another device on draft `draftId` of project `hp`. */
const theirs = (eventId: string, draftId: string, device: string, extra = {}) =>
  eventRow(eventId, 1, {
    projectId: 'hp',
    draftId,
    deviceId: device,
    reviewerId: device,
    ...extra,
  });

const base = [projectPublished(1, hubProject('hp')), draftPublished(2, 'hp', draftInput('d1'))];

describe('applyPullPage: projects', () => {
  it('creates a published project with the hub’s settings, on the hub', async () => {
    const change = await apply([projectPublished(1, hubProject('hp', 'Refunds', 3))]);
    expect(await db.projects.get('hp')).toMatchObject({
      name: 'Refunds',
      guidelines: '# v3',
      guidelinesVersion: 3,
      rubric: { questions: [] },
      hub: { hubId: HUB_ID, publishedSeq: 1 },
    });
    expect(change.projects).toEqual(['hp']);
  });

  it('keeps what this machine stored with a project it published (the import mapping)', async () => {
    const mapping: FieldMapping = { draft: 'answer', id: 'ticket' };
    await db.projects.put({ ...projectRow('hp', null), importMapping: mapping });
    await apply([projectPublished(4, hubProject('hp', 'Refunds'))]);
    const stored = await db.projects.get('hp');
    expect(stored?.importMapping).toEqual(mapping);
    expect(stored).toMatchObject({ name: 'Refunds', hub: { hubId: HUB_ID, publishedSeq: 4 } });
  });

  it('a project.settings record brings the new name, settings and version', async () => {
    await apply([projectPublished(1, hubProject('hp'))]);
    const change = await apply([projectSettings(2, hubProject('hp', 'Renamed', 2))]);
    expect(await db.projects.get('hp')).toMatchObject({
      name: 'Renamed',
      guidelines: '# v2',
      guidelinesVersion: 2,
      hub: { hubId: HUB_ID, publishedSeq: 1 },
    });
    expect(change.projects).toEqual(['hp']);
  });
});

describe('applyPullPage: drafts', () => {
  it('a published draft joins the queue with its hub version', async () => {
    const change = await apply(base);
    expect(await db.drafts.get(['hp', 'd1'])).toMatchObject({
      draft: 'text of d1',
      status: 'pending',
      draftVersion: 1,
    });
    expect(await db.queueEntries.get(['hp', 'd1'])).toMatchObject({ status: 'pending' });
    expect(change.drafts).toEqual([{ projectId: 'hp', draftIds: ['d1'], membership: true }]);
  });

  it('drafts created at the same time queue in the hub’s order, on every machine, across pages', async () => {
    await apply([...base, draftPublished(3, 'hp', draftInput('b-10'))]);
    await apply([
      draftPublished(4, 'hp', draftInput('b-2')),
      draftPublished(5, 'hp', draftInput('a')),
    ]);
    // A revision keeps the draft's place.
    await apply([draftRevised(6, 'hp', draftInput('d1', 'new text'), 2)]);
    expect((await listQueueEntries(db, 'hp')).map((entry) => entry.draftId)).toEqual([
      'd1',
      'b-10',
      'b-2',
      'a',
    ]);
  });

  it('a revision of an undecided draft replaces it', async () => {
    await apply(base);
    await apply([draftRevised(3, 'hp', draftInput('d1', 'better text'), 2)]);
    const row = await db.drafts.get(['hp', 'd1']);
    expect(row).toMatchObject({ draft: 'better text', draftVersion: 2, status: 'pending' });
    expect(row?.changedSinceReview).toBeUndefined();
    expect((await db.queueEntries.get(['hp', 'd1']))?.preview).toBe('better text');
  });

  it('a revision of a decided draft is marked changed since review; its decisions stay', async () => {
    await apply([...base, decisionRecord(3, theirs('01A', 'd1', 'dev2'))]);
    const revised = draftRevised(4, 'hp', draftInput('d1', 'better text'), 2);
    await apply([revised]);
    const row = await db.drafts.get(['hp', 'd1']);
    expect(row).toMatchObject({ draftVersion: 2, status: 'approved' });
    expect(row?.changedSinceReview).toEqual({ at: revised.receivedAt });
    expect((await db.queueEntries.get(['hp', 'd1']))?.changedSinceReview).toBeDefined();
    expect(await db.events.get('01A')).toMatchObject({ seq: 3 });
  });

  it('a withdrawn draft leaves the queue; the draft and its decisions stay', async () => {
    await apply([...base, decisionRecord(3, theirs('01A', 'd1', 'dev2'))]);
    const change = await apply([draftWithdrawn(4, 'hp', 'd1', 'duplicate')]);
    expect(await db.queueEntries.get(['hp', 'd1'])).toBeUndefined();
    expect((await db.drafts.get(['hp', 'd1']))?.withdrawn).toMatchObject({
      seq: 4,
      reason: 'duplicate',
    });
    expect(await db.events.get('01A')).toBeDefined();
    expect(change.drafts).toEqual([{ projectId: 'hp', draftIds: ['d1'], membership: true }]);
    // A revision arriving later does not bring it back into the queue.
    await apply([draftRevised(5, 'hp', draftInput('d1', 'again'), 2)]);
    expect(await db.queueEntries.get(['hp', 'd1'])).toBeUndefined();
  });
});

describe('applyPullPage: decisions', () => {
  it('stores another device’s decision with its seq and derives the draft again', async () => {
    await apply(base);
    const change = await apply([decisionRecord(3, theirs('01A', 'd1', 'dev2'))]);
    expect(await db.events.get('01A')).toMatchObject({ seq: 3, deviceId: 'dev2' });
    expect((await db.drafts.get(['hp', 'd1']))?.status).toBe('approved');
    expect((await db.queueEntries.get(['hp', 'd1']))?.status).toBe('approved');
    expect(change.drafts).toEqual([{ projectId: 'hp', draftIds: ['d1'], membership: false }]);
    expect(change.outbox).toBeUndefined();
  });

  it('two reviewers who disagree make the draft disputed', async () => {
    await apply(base);
    const escalate = theirs('01B', 'd1', 'dev3', {
      kind: 'escalate',
      payload: { reasonId: 'factual-error', note: 'amount' },
    });
    await apply([decisionRecord(3, theirs('01A', 'd1', 'dev2')), decisionRecord(4, escalate)]);
    const state = await db.draftState.get(['hp', 'd1']);
    expect(state).toMatchObject({ status: 'disputed', heads: ['01A', '01B'], verdict: 'escalate' });
    expect((await db.drafts.get(['hp', 'd1']))?.status).toBe('disputed');
  });

  it('acks this device’s own pending event when it arrives by pull (a lost push answer)', async () => {
    await apply(base);
    const { event } = await recordDecision(
      db,
      decision('01C', 'approve', 'd1', { projectId: 'hp' }),
    );
    const change = await apply([decisionRecord(3, event)], '2026-12-07T11:00:00.000Z');
    expect(await db.outbox.get('01C')).toMatchObject({
      state: 'acked',
      seq: 3,
      ackedAt: '2026-12-07T11:00:00.000Z',
    });
    expect((await db.events.get('01C'))?.seq).toBe(3);
    expect(change.outbox).toBe(true);
  });
});

/** Every table a page writes, to compare before and after. */
async function snapshot() {
  return {
    projects: await db.projects.toArray(),
    drafts: await db.drafts.toArray(),
    queue: await db.queueEntries.toArray(),
    events: await db.events.toArray(),
    states: await db.draftState.toArray(),
    outbox: await db.outbox.toArray(),
    hubLog: await db.hubLog.toArray(),
    cursor: (await readHubState(db)).cursor,
  };
}

describe('applyPullPage: idempotent, all or nothing', () => {
  it('applying the same page twice changes nothing', async () => {
    const page = [
      ...base,
      draftPublished(3, 'hp', draftInput('d2')),
      decisionRecord(4, theirs('01A', 'd1', 'dev2')),
      draftRevised(5, 'hp', draftInput('d1', 'better text'), 2),
      decisionRecord(6, theirs('01B', 'd2', 'dev2', { deviceSeq: 2 })),
      draftWithdrawn(7, 'hp', 'd2'),
      projectSettings(8, hubProject('hp', 'Renamed', 2)),
    ];
    await apply(page);
    const once = await snapshot();
    await apply(page);
    expect(await snapshot()).toEqual(once);
  });

  it('pulling the whole log again (a new epoch) does not mark a draft reviewed after its revision', async () => {
    const revised = draftRevised(3, 'hp', draftInput('d1', 'better text'), 2);
    const approved = decisionRecord(4, theirs('01A', 'd1', 'dev2', { draftVersion: 2 }));
    await apply([...base, revised]);
    await apply([approved]);
    expect((await db.drafts.get(['hp', 'd1']))?.changedSinceReview).toBeUndefined();
    await apply([...base, revised, approved]);
    const row = await db.drafts.get(['hp', 'd1']);
    expect(row).toMatchObject({ draft: 'better text', draftVersion: 2, status: 'approved' });
    expect(row?.changedSinceReview).toBeUndefined();
  });

  it('writes the cursor and the hub log rows with the page', async () => {
    await apply(base);
    expect((await readHubState(db)).cursor).toBe(2);
    expect(await db.hubLog.toArray()).toEqual([
      expect.objectContaining({
        seq: 1,
        kind: 'project.published',
        projectId: 'hp',
        draftId: null,
      }),
      expect.objectContaining({ seq: 2, kind: 'draft.published', draftId: 'd1', userId: 'lead-1' }),
    ]);
  });

  it('a page whose apply fails midway leaves the cursor, the log and every row untouched', async () => {
    await setMeta(db, 'hubCursor', 9);
    const broken = draftPublished(12, 'hp', { ...draftInput('d2'), id: null as unknown as string });
    const page = [
      projectPublished(10, hubProject('hp')),
      decisionRecord(11, theirs('01A', 'd1', 'dev2')),
      broken,
    ];
    await expect(
      applyPullPage(db, { hubId: HUB_ID, records: page, nextCursor: 12 }, AT),
    ).rejects.toThrow();
    expect((await readHubState(db)).cursor).toBe(9);
    expect(await db.hubLog.count()).toBe(0);
    expect(await db.projects.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});

describe('applyPullPage: refusals that no longer hold', () => {
  it('puts a decision refused as unknown_draft back to pending when the draft is published', async () => {
    await apply(base);
    await seedOutbox(db, [
      {
        event: eventRow('01R', 1, { projectId: 'hp', draftId: 'd2' }),
        row: { state: 'rejected', rejectedReason: 'unknown_draft', attempts: 1 },
      },
      {
        event: eventRow('01S', 2, { projectId: 'hp', draftId: 'd3' }),
        row: { state: 'rejected', rejectedReason: 'unknown_draft', attempts: 1 },
      },
      {
        event: eventRow('01T', 3, { projectId: 'hp', draftId: 'd2' }, 'resolve'),
        row: { state: 'rejected', rejectedReason: 'role_forbidden', attempts: 1 },
      },
    ]);
    const change = await apply([draftPublished(3, 'hp', draftInput('d2'))]);
    const rows = await db.outbox.orderBy('eventId').toArray();
    expect(rows.map((row) => [row.eventId, row.state, row.rejectedReason])).toEqual([
      ['01R', 'pending', undefined],
      // Another draft, still unknown; another reason, which a publish does not change.
      ['01S', 'rejected', 'unknown_draft'],
      ['01T', 'rejected', 'role_forbidden'],
    ]);
    expect(change.outbox).toBe(true);
    // It counts in the draft's state again.
    expect((await db.draftState.get(['hp', 'd2']))?.heads).toEqual(['01R']);
  });
});
