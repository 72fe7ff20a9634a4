/**
 * v9 → v10 (issue 14 points 4, 10): the lead statistics' edit rates get their own table
 * (`editRates`, packed rows of rates by `editRateKey`). A database written at v9 opens at v10 with its project,
 * drafts and events as they were, and the new table empty: the first statistics run after the
 * upgrade computes the rates and stores them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import type { DraftRow, EventRow } from '../../../renderer/db/rows';
import {
  readEditRates,
  saveEditRates,
} from '../../../renderer/db/repositories/edit-rates-repository';
import { readStatsDrafts } from '../../../renderer/db/repositories/stats-drafts-repository';
import { deleteTestDatabase, openAfterMigration, uniqueDatabaseName } from './migration-harness';

/** A draft as v9 stores it. */
function v9Draft(index: number): DraftRow {
  return {
    projectId: 'p1',
    id: `d-${String(index).padStart(3, '0')}`,
    context: [{ kind: 'ticket', title: '客訴 #812', text: '顧客反映帳單金額錯誤。' }],
    draft: `您好，第 ${index} 份草稿。\nRefund of NT$1,280.`,
    model: { name: 'gpt-x', version: '2026-10' },
    metadata: {},
    priority: 0,
    createdAt: '2026-11-01T08:00:00.000Z',
    arrival: index,
    status: index % 2 === 0 ? 'edited' : 'pending',
  };
}

/** An edit of every other draft, as v9 stores it. */
function v9Edit(index: number): EventRow {
  return {
    eventId: `e-${String(index).padStart(3, '0')}`,
    kind: 'edit',
    draftId: `d-${String(index).padStart(3, '0')}`,
    projectId: 'p1',
    reviewerId: 'ann',
    deviceId: 'dev1',
    deviceSeq: index + 1,
    parents: [],
    payload: { finalText: `您好，第 ${index} 份草稿（已修改）。` },
    payloadHash: 'h'.repeat(64),
    activeMs: 1000,
    clientTime: '2026-11-28T10:00:00.000Z',
    schemaVersion: 1,
    appVersion: 'test',
  };
}

const drafts = Array.from({ length: 20 }, (_, index) => v9Draft(index));
const events = drafts.filter((_, index) => index % 2 === 0).map((_, n) => v9Edit(n * 2));

const opened: LoupeDatabase[] = [];
const names: string[] = [];

afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  await Promise.all(names.splice(0).map(deleteTestDatabase));
});

async function migrateSeededV9(): Promise<LoupeDatabase> {
  const name = uniqueDatabaseName();
  names.push(name);
  const db = await openAfterMigration({
    name,
    fromVersion: 9,
    toVersion: 10,
    async seed(v9) {
      await v9.table('projects').add({
        id: 'p1',
        name: 'Support',
        guidelines: '',
        guidelinesVersion: 1,
        createdAt: '2026-11-01T00:00:00.000Z',
      });
      await v9.table('drafts').bulkAdd(drafts);
      await v9.table('events').bulkAdd(events);
      // At v9 there is no such table yet.
      expect(v9.tables.map((table) => table.name)).not.toContain('editRates');
    },
  });
  opened.push(db);
  return db;
}

describe('v9 → v10: a table for the statistics’ edit rates (2026-12-08)', () => {
  it('opens at v10 with the table, empty', async () => {
    const db = await migrateSeededV9();
    expect(db.verno).toBe(10);
    expect(db.editRates.schema.primKey.keyPath).toBe('batch');
    expect(db.editRates.schema.primKey.auto).toBe(true);
    expect(await readEditRates(db)).toEqual(new Map());
  });

  it('keeps the drafts and events exactly as v9 stored them', async () => {
    const db = await migrateSeededV9();
    expect(await db.drafts.toArray()).toEqual(drafts);
    expect(await db.events.orderBy('eventId').toArray()).toEqual(events);
    const read = await readStatsDrafts(db);
    expect(read).toHaveLength(drafts.length);
    expect(read.flatMap((draft) => draft.events.map((event) => event.eventId)).sort()).toEqual(
      events.map((event) => event.eventId),
    );
  });

  it('stores and reads rates once upgraded', async () => {
    const db = await migrateSeededV9();
    await saveEditRates(db, [['e-000\u000021', 0.5]]);
    expect(await readEditRates(db)).toEqual(new Map([['e-000\u000021', 0.5]]));
  });
});
