import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { backfillDraftStatus } from '../../../renderer/db/migrations/2026-11-28-backfill-draft-status';
import { buildQueueEntries } from '../../../renderer/db/migrations/2026-11-28-build-queue-entries';
import { backfillOutboxProjects } from '../../../renderer/db/migrations/2026-12-07-backfill-outbox-projects';
import { toQueueEntry } from '../../../renderer/db/queue-entry';
import type { DraftRow } from '../../../renderer/db/rows';
import { listDraftsByStatus } from '../../../renderer/db/repositories/drafts-repository';
import { getMeta } from '../../../renderer/db/repositories/meta-repository';
import {
  countQueueEntries,
  listQueueEntries,
} from '../../../renderer/db/repositories/queue-entries-repository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { deleteTestDatabase, openAfterMigration, uniqueDatabaseName } from './migration-harness';

/** A draft as schema v1 stored it: no `status`. */
function v1Draft(projectId: string, id: string) {
  return {
    projectId,
    id,
    context: [{ kind: 'ticket', title: '客訴 #812', text: '顧客反映帳單金額錯誤。' }],
    draft: '您好，我們已確認帳單並會在三個工作天內退款。',
    model: { name: 'gpt-x', version: '2026-10' },
    metadata: {},
    priority: 1,
    createdAt: '2026-11-01T08:00:00.000Z',
  };
}

const opened: LoupeDatabase[] = [];
const names: string[] = [];

afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  await Promise.all(names.splice(0).map(deleteTestDatabase));
});

async function migrateSeededV1() {
  const name = uniqueDatabaseName();
  names.push(name);
  const db = await openAfterMigration({
    name,
    fromVersion: 1,
    toVersion: 2,
    async seed(v1) {
      await v1.table('projects').add({
        id: 'p1',
        name: 'Support',
        guidelines: '',
        guidelinesVersion: 1,
        createdAt: '2026-11-01T00:00:00.000Z',
      });
      await v1
        .table('drafts')
        .bulkAdd([v1Draft('p1', 'a'), v1Draft('p1', 'b'), v1Draft('p2', 'a')]);
      await v1.table('draftState').add({
        projectId: 'p1',
        draftId: 'b',
        status: 'approved',
        heads: ['e1'],
        updatedAt: '2026-11-02T00:00:00.000Z',
      });
      await v1.table('meta').add({ key: 'deviceId', value: 'device-1' });
    },
  });
  opened.push(db);
  return db;
}

describe('schema versions', () => {
  it('are numbered upward and the newest is what the app opens', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('never change once released (append a version instead)', () => {
    expect(SCHEMA_VERSIONS.slice(0, 3).map(({ version, stores }) => ({ version, stores }))).toEqual(
      [
        {
          version: 1,
          stores: {
            projects: 'id',
            drafts: '[projectId+id], projectId, model.name, priority',
            events: 'eventId, [draftId+deviceSeq], seq',
            draftState: '[projectId+draftId]',
            outbox: 'eventId, [state+deviceSeq]',
            editBuffers: '[projectId+draftId]',
            meta: 'key',
          },
        },
        {
          version: 2,
          stores: { drafts: '[projectId+id], projectId, status, model.name, priority' },
        },
        {
          version: 3,
          stores: {
            drafts: '[projectId+id], projectId, status, [projectId+status], model.name, priority',
            events: 'eventId, [projectId+draftId], [deviceId+deviceSeq], seq',
          },
        },
      ],
    );
  });

  it.each(SCHEMA_VERSIONS.slice(1).map((entry) => entry.version))(
    'upgrades an empty database to version %i from the version before',
    async (version) => {
      const name = uniqueDatabaseName();
      names.push(name);
      const db = await openAfterMigration({
        name,
        fromVersion: version - 1,
        toVersion: version,
        seed: () => Promise.resolve(),
      });
      opened.push(db);
      expect(db.verno).toBe(version);
    },
  );
});

describe('v1 → v2: drafts get an indexed status (2026-11-28)', () => {
  it('backfills status from the draft state, or pending, and keeps every draft intact', async () => {
    const db = await migrateSeededV1();

    expect(db.verno).toBe(2);
    await expect(db.drafts.get(['p1', 'a'])).resolves.toEqual({
      ...v1Draft('p1', 'a'),
      status: 'pending',
    });
    await expect(db.drafts.get(['p1', 'b'])).resolves.toMatchObject({ status: 'approved' });
    await expect(db.drafts.get(['p2', 'a'])).resolves.toMatchObject({ status: 'pending' });
    expect(await db.drafts.count()).toBe(3);
    await expect(getMeta(db, 'deviceId')).resolves.toBe('device-1');
  });

  it('makes the new status index usable', async () => {
    const db = await migrateSeededV1();
    const pending = await listDraftsByStatus(db, 'p1', 'pending');
    expect(pending.map((draft) => draft.id)).toEqual(['a']);
  });

  it('is harmless when it runs a second time', async () => {
    const db = await migrateSeededV1();
    const before = await db.drafts.toArray();

    await db.transaction('rw', db.drafts, db.draftState, (tx) => backfillDraftStatus(tx));

    expect(await db.drafts.toArray()).toEqual(before);
  });
});

describe('v2 → v3: events indexed per draft and per device (2026-11-28)', () => {
  it('finds events stored under v2 by draft within its project and by device order', async () => {
    const name = uniqueDatabaseName();
    names.push(name);
    const base = {
      kind: 'approve',
      reviewerId: 'r1',
      parents: [],
      payload: {},
      payloadHash: 'h',
      activeMs: 0,
      clientTime: '2026-11-28T00:00:00.000Z',
      schemaVersion: 1,
      appVersion: 'old',
    };
    const db = await openAfterMigration({
      name,
      fromVersion: 2,
      toVersion: 3,
      async seed(v2) {
        await v2.table('events').bulkAdd([
          { ...base, eventId: 'e1', projectId: 'p1', draftId: 'a', deviceId: 'dev', deviceSeq: 1 },
          { ...base, eventId: 'e2', projectId: 'p2', draftId: 'a', deviceId: 'dev', deviceSeq: 2 },
        ]);
      },
    });
    opened.push(db);
    expect(db.verno).toBe(3);
    const inP1 = await db.events.where('[projectId+draftId]').equals(['p1', 'a']).toArray();
    expect(inP1.map((event) => event.eventId)).toEqual(['e1']);
    const latest = await db.events
      .where('[deviceId+deviceSeq]')
      .between(['dev', 0], ['dev', 99])
      .last();
    expect(latest?.eventId).toBe('e2');
  });
});

describe('v3 → v4: every draft gets its queue entry (2026-11-28)', () => {
  /** A draft as schema v3 stored it; 1200 of them so the migration reads more than one page. */
  function v3Draft(projectId: string, index: number): DraftRow {
    return {
      ...v1Draft(projectId, `d-${String(index).padStart(4, '0')}`),
      draft: `# 第 ${index} 份草稿\n內容`,
      priority: index % 7,
      status: projectId === 'p1' && index === 42 ? 'approved' : 'pending',
    };
  }
  const seeded = [
    ...Array.from({ length: 700 }, (_, index) => v3Draft('p1', index)),
    ...Array.from({ length: 500 }, (_, index) => v3Draft('p2', index)),
  ];

  async function migrateSeededV3() {
    const name = uniqueDatabaseName();
    names.push(name);
    const db = await openAfterMigration({
      name,
      fromVersion: 3,
      toVersion: 4,
      async seed(v3) {
        await v3.table('drafts').bulkAdd(seeded);
      },
    });
    opened.push(db);
    return db;
  }

  it('writes the entry of every draft, with its status, in both projects', async () => {
    const db = await migrateSeededV3();
    expect(db.verno).toBe(4);
    await expect(countQueueEntries(db, 'p1')).resolves.toBe(700);
    await expect(countQueueEntries(db, 'p2')).resolves.toBe(500);
    const byKey = new Map(
      (await db.queueEntries.toArray()).map((entry) => [
        `${entry.projectId}/${entry.draftId}`,
        entry,
      ]),
    );
    expect(byKey.size).toBe(seeded.length);
    for (const draft of seeded) {
      expect(byKey.get(`${draft.projectId}/${draft.id}`)).toEqual(toQueueEntry(draft));
    }
    await expect(db.queueEntries.get(['p1', 'd-0042'])).resolves.toMatchObject({
      status: 'approved',
      preview: '# 第 42 份草稿 內容',
    });
    // In v4's queue order (the index v7 replaced).
    const p1 = await db.queueEntries
      .where('[projectId+rank+createdAt+draftId]')
      .between(['p1', Dexie.minKey, Dexie.minKey, Dexie.minKey], ['p1', Dexie.maxKey])
      .toArray();
    const priorities = p1.map((entry) => entry.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });

  it('changes nothing when it runs a second time', async () => {
    const db = await migrateSeededV3();
    const before = await db.queueEntries.toArray();
    await db.transaction('rw', db.drafts, db.queueEntries, (tx) => buildQueueEntries(tx));
    await db.transaction('rw', db.drafts, db.queueEntries, (tx) => buildQueueEntries(tx));
    expect(await db.queueEntries.toArray()).toEqual(before);
    expect(before).toHaveLength(seeded.length);
  });
});

describe('v4 → v5: import jobs', () => {
  it('keeps drafts and queue entries, and adds an empty imports table that works', async () => {
    const name = uniqueDatabaseName();
    names.push(name);
    const db = await openAfterMigration({
      name,
      fromVersion: 4,
      toVersion: 5,
      async seed(v4) {
        await v4.table('drafts').add({ ...v1Draft('p1', 'kept'), status: 'pending' });
        await v4.table('queueEntries').add({ projectId: 'p1', draftId: 'kept', rank: 0 });
      },
    });
    opened.push(db);
    expect(db.verno).toBe(5);
    expect(await db.drafts.count()).toBe(1);
    expect(await db.queueEntries.count()).toBe(1);
    expect(await db.imports.count()).toBe(0);
    await db.imports.put({
      importId: 'i1',
      projectId: 'p1',
      fileName: 'f.jsonl',
      fileSize: 1,
      format: 'jsonl',
      encoding: null,
      mapping: {},
      state: 'running',
      rowsWritten: 0,
      counts: { added: 0, updated: 0, unchanged: 0, markedChanged: 0 },
      startedAt: 'now',
      updatedAt: 'now',
    });
    expect(await db.imports.where('state').equals('running').count()).toBe(1);
  });
});

describe('v5 → v6: sync with a hub (2026-12-07)', () => {
  const event = (eventId: string, projectId: string, deviceSeq: number) => ({
    eventId,
    kind: 'approve',
    projectId,
    draftId: 'a',
    reviewerId: 'r1',
    deviceId: 'device-1',
    deviceSeq,
    parents: [],
    payload: {},
    payloadHash: 'f'.repeat(64),
    activeMs: 0,
    clientTime: '2026-12-01T00:00:00.000Z',
    schemaVersion: 2,
    appVersion: '0.1.0',
  });

  async function migrateSeededV5() {
    const name = uniqueDatabaseName();
    names.push(name);
    const db = await openAfterMigration({
      name,
      fromVersion: 5,
      toVersion: 6,
      async seed(v5) {
        await v5.table('events').bulkAdd([event('01A', 'p1', 1), event('01B', 'p2', 2)]);
        await v5.table('outbox').bulkAdd([
          { eventId: '01A', state: 'pending', deviceSeq: 1, attempts: 0 },
          {
            eventId: '01B',
            state: 'rejected',
            deviceSeq: 2,
            attempts: 1,
            rejectedReason: 'unknown_draft',
          },
          // A row whose event went missing keeps no project (and is never pushed).
          { eventId: '01Z', state: 'pending', deviceSeq: 3, attempts: 0 },
        ]);
        await v5.table('meta').add({ key: 'nextDeviceSeq', value: 4 });
      },
    });
    opened.push(db);
    return db;
  }

  it('gives every outbox row its event’s project, keeping its state, and adds an empty hub log', async () => {
    const db = await migrateSeededV5();
    expect(db.verno).toBe(6);
    expect(await db.outbox.orderBy('eventId').toArray()).toEqual([
      { eventId: '01A', projectId: 'p1', state: 'pending', deviceSeq: 1, attempts: 0 },
      {
        eventId: '01B',
        projectId: 'p2',
        state: 'rejected',
        deviceSeq: 2,
        attempts: 1,
        rejectedReason: 'unknown_draft',
      },
      { eventId: '01Z', state: 'pending', deviceSeq: 3, attempts: 0 },
    ]);
    expect(await db.events.count()).toBe(2);
    expect(await db.hubLog.count()).toBe(0);
    // The new index answers: a project's pending rows.
    expect(await db.outbox.where('[projectId+state]').equals(['p1', 'pending']).count()).toBe(1);
    await expect(getMeta(db, 'nextDeviceSeq')).resolves.toBe(4);
  });

  it('changes nothing when it runs a second time', async () => {
    const db = await migrateSeededV5();
    const before = await db.outbox.toArray();
    await db.transaction('rw', db.outbox, db.events, (tx) => backfillOutboxProjects(tx));
    expect(await db.outbox.toArray()).toEqual(before);
  });
});

describe('v6 → v7: queue previews show two lines of the draft as written (2026-12-07)', () => {
  it('builds every entry again: the text as written, line breaks folded, statuses kept', async () => {
    const name = uniqueDatabaseName();
    names.push(name);
    const drafts: DraftRow[] = [
      {
        ...v1Draft('p1', 'a'),
        draft: '您好，\n\n`window.__x` 是 **undefined**。\n請再試。',
        status: 'pending',
      },
      {
        ...v1Draft('p1', 'b'),
        draft: 'Hi there,\nYour refund of NT$1,280 is on its way.',
        status: 'approved',
      },
    ];
    const db = await openAfterMigration({
      name,
      fromVersion: 6,
      toVersion: 7,
      async seed(v6) {
        await v6.table('drafts').bulkAdd(drafts);
        // What v4–v6 stored: the first line with markdown characters stripped.
        await v6
          .table('queueEntries')
          .bulkAdd(drafts.map((draft) => ({ ...toQueueEntry(draft), preview: 'stale one-liner' })));
      },
    });
    opened.push(db);
    expect(db.verno).toBe(7);
    await expect(db.drafts.count()).resolves.toBe(2);
    const entries = await listQueueEntries(db, 'p1');
    expect(entries.map((entry) => [entry.draftId, entry.status, entry.preview])).toEqual([
      ['a', 'pending', '您好， `window.__x` 是 **undefined**。 請再試。'],
      ['b', 'approved', 'Hi there, Your refund of NT$1,280 is on its way.'],
    ]);
  });
});
