import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import type { DraftRow, EventRow } from '../../../renderer/db/rows';
import {
  addMissingDrafts,
  getDraft,
  putDrafts,
  scanProjectDrafts,
} from '../../../renderer/db/repositories/drafts-repository';
import {
  clearEditBuffer,
  getEditBuffer,
  saveEditBuffer,
} from '../../../renderer/db/repositories/edit-buffers-repository';
import {
  addEvent,
  listDraftEvents,
  setEventSeq,
} from '../../../renderer/db/repositories/events-repository';
import {
  getOrCreateDeviceId,
  getSettings,
  saveSettings,
} from '../../../renderer/db/repositories/meta-repository';
import { listOutbox } from '../../../renderer/db/repositories/outbox-repository';
import { listProjects, putProject } from '../../../renderer/db/repositories/projects-repository';
import {
  countQueueEntries,
  firstQueueEntryWithStatus,
  listQueueEntries,
  readQueuePage,
} from '../../../renderer/db/repositories/queue-entries-repository';
import {
  getDraftState,
  putDraftState,
} from '../../../renderer/db/repositories/draft-state-repository';
import { deleteTestDatabase, uniqueDatabaseName } from './migration-harness';

let name: string;
let db: LoupeDatabase;

beforeEach(async () => {
  name = uniqueDatabaseName();
  db = new LoupeDatabase({ name });
  await db.open();
});

afterEach(async () => {
  db.close();
  await deleteTestDatabase(name);
});

function draft(projectId: string, id: string, priority = 0): DraftRow {
  return {
    projectId,
    id,
    context: [],
    draft: `草稿 ${id}`,
    model: { name: 'm' },
    metadata: {},
    priority,
    createdAt: '2026-11-28T00:00:00.000Z',
    status: 'pending',
  };
}

function event(eventId: string, draftId: string, deviceSeq: number): EventRow {
  return {
    eventId,
    kind: 'approve',
    draftId,
    projectId: 'p1',
    reviewerId: 'r1',
    deviceId: 'd1',
    deviceSeq,
    parents: [],
    payload: {},
    payloadHash: 'h',
    activeMs: 1200,
    clientTime: '2026-11-28T00:00:00.000Z',
    schemaVersion: 1,
    appVersion: '0.1.0',
  };
}

describe('meta repository', () => {
  it('generates the device id once and keeps it across connections', async () => {
    const first = await getOrCreateDeviceId(db);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await expect(getOrCreateDeviceId(db)).resolves.toBe(first);

    db.close();
    db = new LoupeDatabase({ name });
    await expect(getOrCreateDeviceId(db)).resolves.toBe(first);
  });

  it('hands out one device id even to concurrent first callers', async () => {
    const ids = await Promise.all([
      getOrCreateDeviceId(db),
      getOrCreateDeviceId(db),
      getOrCreateDeviceId(db),
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it('returns default settings until saved, then merges each change', async () => {
    await expect(getSettings(db)).resolves.toEqual({ theme: 'system' });
    await saveSettings(db, { language: 'zh-TW' });
    await saveSettings(db, { theme: 'dark' });
    await expect(getSettings(db)).resolves.toEqual({ language: 'zh-TW', theme: 'dark' });
  });
});

describe('projects and drafts repositories', () => {
  it('lists projects by name', async () => {
    await putProject(db, {
      id: 'b',
      name: 'Sales',
      guidelines: '',
      guidelinesVersion: 1,
      createdAt: '',
    });
    await putProject(db, {
      id: 'a',
      name: 'Billing',
      guidelines: '',
      guidelinesVersion: 1,
      createdAt: '',
    });
    expect((await listProjects(db)).map((project) => project.name)).toEqual(['Billing', 'Sales']);
  });

  it('keeps drafts with the same id in different projects apart', async () => {
    await putDrafts(db, [draft('p1', 'x'), draft('p1', 'y'), draft('p2', 'x')]);
    await expect(getDraft(db, 'p2', 'x')).resolves.toMatchObject({ projectId: 'p2', id: 'x' });
    await expect(countQueueEntries(db, 'p1')).resolves.toBe(2);
    await expect(countQueueEntries(db, 'p2')).resolves.toBe(1);
    await expect(countQueueEntries(db, 'p3')).resolves.toBe(0);
  });

  it('writes a queue entry with every draft it puts, and replaces it when the draft changes', async () => {
    await putDrafts(db, [
      { ...draft('p1', 'a', 1), draft: '# 退款說明\n第二行' },
      { ...draft('p1', 'b', 5), status: 'approved' },
      draft('p2', 'a', 9),
    ]);
    const entries = await listQueueEntries(db, 'p1');
    expect(entries.map((entry) => [entry.draftId, entry.status, entry.preview])).toEqual([
      ['b', 'approved', '草稿 b'],
      ['a', 'pending', '# 退款說明 第二行'],
    ]);

    await putDrafts(db, [{ ...draft('p1', 'a', 7), status: 'escalated', draft: 'Changed' }]);
    const after = await listQueueEntries(db, 'p1');
    expect(
      after.map((entry) => [entry.draftId, entry.status, entry.priority, entry.preview]),
    ).toEqual([
      ['a', 'escalated', 7, 'Changed'],
      ['b', 'approved', 5, '草稿 b'],
    ]);
    await expect(countQueueEntries(db, 'p1')).resolves.toBe(2);
  });

  it('adds queue entries only for the drafts it adds, keeping the status of existing ones', async () => {
    await putDrafts(db, [{ ...draft('p1', 'a'), status: 'approved' }]);
    const added = await addMissingDrafts(db, [
      draft('p1', 'a'),
      draft('p1', 'b'),
      draft('p2', 'c'),
    ]);
    expect(added).toBe(2);
    const p1 = await listQueueEntries(db, 'p1');
    expect(Object.fromEntries(p1.map((entry) => [entry.draftId, entry.status]))).toEqual({
      a: 'approved',
      b: 'pending',
    });
    expect((await listQueueEntries(db, 'p2')).map((entry) => entry.draftId)).toEqual(['c']);
  });

  it('lists queue entries in queue order, page by page, and finds the first with a status', async () => {
    await putDrafts(db, [
      { ...draft('p1', 'old-low', 1), createdAt: '2026-11-01T00:00:00.000Z' },
      { ...draft('p1', 'new-high', 3), createdAt: '2026-11-05T00:00:00.000Z', status: 'approved' },
      { ...draft('p1', 'b-old-high', 3), createdAt: '2026-11-02T00:00:00.000Z' },
      { ...draft('p1', 'a-old-high', 3), createdAt: '2026-11-02T00:00:00.000Z' },
      { ...draft('p0', 'other', 99) },
      { ...draft('p2', 'other', -99) },
    ]);
    // Equal priority and age: the order they were stored in (file order), not the ids' order.
    const order = ['b-old-high', 'a-old-high', 'new-high', 'old-low'];
    expect((await listQueueEntries(db, 'p1')).map((entry) => entry.draftId)).toEqual(order);
    // Read in pages smaller than the queue, every entry still comes once, in order.
    expect((await listQueueEntries(db, 'p1', 1)).map((entry) => entry.draftId)).toEqual(order);
    expect((await listQueueEntries(db, 'p1', 3)).map((entry) => entry.draftId)).toEqual(order);

    const first = await readQueuePage(db, 'p1', null, 2);
    expect(first.entries.map((entry) => entry.draftId)).toEqual(order.slice(0, 2));
    const second = await readQueuePage(db, 'p1', first.cursor, 2);
    expect(second.entries.map((entry) => entry.draftId)).toEqual(order.slice(2));
    const after = await readQueuePage(db, 'p1', second.cursor, 2);
    expect(after).toEqual({ entries: [], cursor: null });
    await expect(firstQueueEntryWithStatus(db, 'p1', 'approved')).resolves.toMatchObject({
      draftId: 'new-high',
    });
    await expect(firstQueueEntryWithStatus(db, 'p1', 'disputed')).resolves.toBeUndefined();
  });
});

describe('scanning a project’s drafts', () => {
  const many = (projectId: string, count: number) =>
    Array.from({ length: count }, (_, index) =>
      draft(projectId, `d-${String(index).padStart(4, '0')}`),
    );

  it('visits every draft of only that project once, in pages, with the running count', async () => {
    await putDrafts(db, [...many('p0', 5), ...many('p1', 25), ...many('p2', 5)]);
    const pages: string[][] = [];
    const progress: number[] = [];
    await scanProjectDrafts(
      db,
      'p1',
      (page, { scanned }) => {
        pages.push(page.map((row) => `${row.projectId}/${row.id}`));
        progress.push(scanned);
      },
      { pageSize: 10 },
    );
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(progress).toEqual([10, 20, 25]);
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(25);
    expect(seen.every((key) => key.startsWith('p1/'))).toBe(true);
  });

  it('ends when the last page is exactly full, and visits nothing for an empty project', async () => {
    await putDrafts(db, many('p1', 20));
    const sizes: number[] = [];
    await scanProjectDrafts(db, 'p1', (page) => sizes.push(page.length), { pageSize: 10 });
    expect(sizes).toEqual([10, 10]);
    const none: number[] = [];
    await scanProjectDrafts(db, 'empty', (page) => none.push(page.length), { pageSize: 10 });
    expect(none).toEqual([]);
  });

  it('stops between pages when shouldStop says so', async () => {
    await putDrafts(db, many('p1', 50));
    let pages = 0;
    await scanProjectDrafts(
      db,
      'p1',
      () => {
        pages += 1;
      },
      { pageSize: 10, shouldStop: () => pages >= 2 },
    );
    expect(pages).toBe(2);
    let never = 0;
    await scanProjectDrafts(db, 'p1', () => (never += 1), { shouldStop: () => true });
    expect(never).toBe(0);
  });
});

describe('events, draft state, outbox and edit buffers', () => {
  it('lists one draft’s events (same draft id in another project excluded) with the hub’s seq', async () => {
    await addEvent(db, event('e2', 'd', 2));
    await addEvent(db, event('e1', 'd', 1));
    await addEvent(db, event('e9', 'other', 0));
    await addEvent(db, { ...event('e8', 'd', 3), projectId: 'p2' });
    await setEventSeq(db, 'e1', 41);
    const events = await listDraftEvents(db, 'p1', 'd');
    expect(events.map((row) => [row.eventId, row.seq])).toEqual([
      ['e1', 41],
      ['e2', undefined],
    ]);
  });

  it('refuses to overwrite an existing event', async () => {
    await addEvent(db, event('e1', 'd', 1));
    await expect(addEvent(db, { ...event('e1', 'd', 1), kind: 'escalate' })).rejects.toThrow();
  });

  it('stores the derived state per draft', async () => {
    await putDraftState(db, {
      projectId: 'p1',
      draftId: 'd',
      status: 'disputed',
      heads: ['e1', 'e2'],
      verdict: 'edit',
      retracted: [],
      updatedAt: '',
    });
    await expect(getDraftState(db, 'p1', 'd')).resolves.toMatchObject({ status: 'disputed' });
  });

  it('lists outbox rows of one state oldest first', async () => {
    await db.outbox.put({ eventId: 'c', state: 'pending', deviceSeq: 3, attempts: 0 });
    await db.outbox.put({ eventId: 'a', state: 'pending', deviceSeq: 1, attempts: 0 });
    await db.outbox.put({
      eventId: 'r',
      state: 'rejected',
      deviceSeq: 2,
      attempts: 1,
      rejectedReason: 'id_conflict',
    });
    expect((await listOutbox(db, 'pending')).map((row) => row.eventId)).toEqual(['a', 'c']);
    expect((await listOutbox(db, 'pending', 1)).map((row) => row.eventId)).toEqual(['a']);
    expect((await listOutbox(db, 'rejected')).map((row) => row.eventId)).toEqual(['r']);
  });

  it('keeps unsaved editor text until cleared', async () => {
    await saveEditBuffer(db, {
      projectId: 'p1',
      draftId: 'd',
      text: '修改中的文字',
      updatedAt: '',
    });
    await expect(getEditBuffer(db, 'p1', 'd')).resolves.toMatchObject({ text: '修改中的文字' });
    await clearEditBuffer(db, 'p1', 'd');
    await expect(getEditBuffer(db, 'p1', 'd')).resolves.toBeUndefined();
  });
});
