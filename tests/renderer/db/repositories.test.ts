import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import type { DraftRow, EventRow } from '../../../renderer/db/rows';
import {
  countDraftsByProject,
  getDraft,
  putDrafts,
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
import {
  listOutbox,
  putOutboxRow,
  removeFromOutbox,
} from '../../../renderer/db/repositories/outbox-repository';
import { listProjects, putProject } from '../../../renderer/db/repositories/projects-repository';
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

  it('keeps drafts with the same id in different projects apart, and counts per project', async () => {
    await putDrafts(db, [draft('p1', 'x'), draft('p1', 'y'), draft('p2', 'x')]);
    await expect(getDraft(db, 'p2', 'x')).resolves.toMatchObject({ projectId: 'p2', id: 'x' });
    await expect(countDraftsByProject(db)).resolves.toEqual({ p1: 2, p2: 1 });
  });

  it('counts nothing in an empty database', async () => {
    await expect(countDraftsByProject(db)).resolves.toEqual({});
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

  it('lists outbox rows of one state oldest first and removes accepted ones', async () => {
    await putOutboxRow(db, { eventId: 'c', state: 'pending', deviceSeq: 3, attempts: 0 });
    await putOutboxRow(db, { eventId: 'a', state: 'pending', deviceSeq: 1, attempts: 0 });
    await putOutboxRow(db, {
      eventId: 'r',
      state: 'rejected',
      deviceSeq: 2,
      attempts: 1,
      rejectedReason: 'id_conflict',
    });
    expect((await listOutbox(db, 'pending')).map((row) => row.eventId)).toEqual(['a', 'c']);
    expect((await listOutbox(db, 'pending', 1)).map((row) => row.eventId)).toEqual(['a']);
    await removeFromOutbox(db, ['a']);
    expect((await listOutbox(db, 'pending')).map((row) => row.eventId)).toEqual(['c']);
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
