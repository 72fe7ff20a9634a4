/**
 * v7 → v8 (issue 12 point 22): the drafts table drops the four indexes no query reads
 * (`projectId`, `[projectId+status]`, `model.name`, `priority`). A database written at v7 opens
 * at v8 with every row as it was, and every way the app reads drafts still answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { toQueueEntry } from '../../../renderer/db/queue-entry';
import type { DraftRow } from '../../../renderer/db/rows';
import {
  getDraft,
  listDraftsByStatus,
  readDraftPage,
  scanProjectDrafts,
} from '../../../renderer/db/repositories/drafts-repository';
import { projectIsEmpty } from '../../../renderer/db/repositories/import-repository';
import { listQueueEntries } from '../../../renderer/db/repositories/queue-entries-repository';
import { deleteTestDatabase, openAfterMigration, uniqueDatabaseName } from './migration-harness';

/** A draft as v7 stores it. */
function v7Draft(projectId: string, index: number): DraftRow {
  return {
    projectId,
    id: `d-${String(index).padStart(3, '0')}`,
    context: [{ kind: 'ticket', title: '客訴 #812', text: '顧客反映帳單金額錯誤。' }],
    draft: `您好，第 ${index} 份草稿。\nRefund of NT$1,280.`,
    model: { name: index % 2 === 0 ? 'gpt-x' : 'claude-y', version: '2026-10' },
    metadata: { ticket: `T-${index}` },
    priority: index % 5,
    createdAt: '2026-11-01T08:00:00.000Z',
    arrival: index,
    status: index === 3 ? 'approved' : 'pending',
  };
}

const seeded = [
  ...Array.from({ length: 30 }, (_, index) => v7Draft('p1', index)),
  ...Array.from({ length: 12 }, (_, index) => v7Draft('p2', index)),
];

const opened: LoupeDatabase[] = [];
const names: string[] = [];

afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  await Promise.all(names.splice(0).map(deleteTestDatabase));
});

async function migrateSeededV7(): Promise<LoupeDatabase> {
  const name = uniqueDatabaseName();
  names.push(name);
  const db = await openAfterMigration({
    name,
    fromVersion: 7,
    toVersion: 8,
    async seed(v7) {
      await v7.table('drafts').bulkAdd(seeded);
      await v7.table('queueEntries').bulkAdd(seeded.map((draft) => toQueueEntry(draft)));
      await v7.table('draftState').add({
        projectId: 'p1',
        draftId: 'd-003',
        status: 'approved',
        heads: ['e1'],
        updatedAt: '2026-11-02T00:00:00.000Z',
      });
      // At v7 the index is still there: what v8 drops was really in the database.
      expect(await v7.table('drafts').where('projectId').equals('p2').count()).toBe(12);
    },
  });
  opened.push(db);
  return db;
}

/** The secondary indexes of the drafts object store as IndexedDB itself holds them. */
function storedDraftIndexes(db: LoupeDatabase): string[] {
  const tx = db.backendDB().transaction('drafts');
  return [...tx.objectStore('drafts').indexNames].sort();
}

describe('v7 → v8: drafts keep only the indexes a query reads (2026-12-07)', () => {
  it('drops projectId, [projectId+status], model.name and priority, and keeps status', async () => {
    const db = await migrateSeededV7();
    expect(db.verno).toBe(8);
    expect(storedDraftIndexes(db)).toEqual(['status']);
    expect(db.drafts.schema.primKey.keyPath).toEqual(['projectId', 'id']);
  });

  it('keeps every draft, queue entry and draft state exactly as v7 stored them', async () => {
    const db = await migrateSeededV7();
    const byKey = (rows: readonly DraftRow[]) =>
      [...rows].sort((a, b) => `${a.projectId}/${a.id}`.localeCompare(`${b.projectId}/${b.id}`));
    expect(await db.drafts.toArray()).toEqual(byKey(seeded));
    expect(await db.queueEntries.count()).toBe(seeded.length);
    await expect(db.draftState.get(['p1', 'd-003'])).resolves.toMatchObject({
      status: 'approved',
    });
  });

  it('answers every read the app makes of drafts and the queue', async () => {
    const db = await migrateSeededV7();
    await expect(getDraft(db, 'p2', 'd-007')).resolves.toEqual(v7Draft('p2', 7));
    const firstPage = await readDraftPage(db, 'p1', null, 10);
    expect(firstPage.map((draft) => draft.id)).toEqual(
      seeded.slice(0, 10).map((draft) => draft.id),
    );
    let scanned = 0;
    await scanProjectDrafts(db, 'p2', (_page, progress) => (scanned = progress.scanned), {
      pageSize: 5,
    });
    expect(scanned).toBe(12);
    await expect(projectIsEmpty(db, 'p2')).resolves.toBe(false);
    await expect(projectIsEmpty(db, 'p3')).resolves.toBe(true);
    const approved = await listDraftsByStatus(db, 'p1', 'approved');
    expect(approved.map((draft) => draft.id)).toEqual(['d-003']);
    const queue = await listQueueEntries(db, 'p1');
    expect(queue).toHaveLength(30);
    const priorities = queue.map((entry) => entry.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });

  it('refuses a query through a dropped index, so a reader left behind fails loudly', async () => {
    const db = await migrateSeededV7();
    for (const dropped of ['priority', 'model.name', '[projectId+status]']) {
      await expect(
        Promise.resolve().then(() => db.drafts.where(dropped).equals(1).count()),
      ).rejects.toThrow(/not indexed/);
    }
    // Dexie still answers `where('projectId')` from the primary key's first part.
    expect(await db.drafts.where('projectId').equals('p2').count()).toBe(12);
  });
});
