/**
 * v8 → v9 (issue 12 point 13): the queue search's folded texts are stored (`searchSegments`).
 * A database written at v8 opens at v9 with every draft's text stored, so the first search after
 * the upgrade reads texts, not drafts; running the migration again changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { draftSearchText } from '../../../renderer/db/draft-search-text';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { fillSearchSegments } from '../../../renderer/db/migrations/2026-12-07-fill-search-segments';
import { toQueueEntry } from '../../../renderer/db/queue-entry';
import type { DraftRow } from '../../../renderer/db/rows';
import { SEGMENT_DRAFTS } from '../../../renderer/db/repositories/search-segments-repository';
import { searchNeedle } from '../../../renderer/stores/queue/draft-search';
import { storedSearchTexts } from '../../../renderer/stores/queue/search-index-sources';
import { deleteTestDatabase, openAfterMigration, uniqueDatabaseName } from './migration-harness';

/** A draft as v8 stores it. */
function v8Draft(projectId: string, index: number): DraftRow {
  return {
    projectId,
    id: `d-${String(index).padStart(4, '0')}`,
    context: [{ kind: 'ticket', title: '客訴 #812', text: '顧客反映帳單金額錯誤。' }],
    draft: `您好，第 ${index} 份草稿。\nRefund of NT$1,280.`,
    model: { name: 'gpt-x', version: '2026-10' },
    metadata: {},
    priority: 0,
    createdAt: '2026-11-01T08:00:00.000Z',
    arrival: index,
    status: 'pending',
  };
}

// More drafts than one segment holds in the first project, a few in the second.
const seeded = [
  ...Array.from({ length: SEGMENT_DRAFTS + 30 }, (_, index) => v8Draft('p1', index)),
  ...Array.from({ length: 12 }, (_, index) => v8Draft('p2', index)),
];

const opened: LoupeDatabase[] = [];
const names: string[] = [];

afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  await Promise.all(names.splice(0).map(deleteTestDatabase));
});

async function migrateSeededV8(): Promise<LoupeDatabase> {
  const name = uniqueDatabaseName();
  names.push(name);
  const db = await openAfterMigration({
    name,
    fromVersion: 8,
    toVersion: 9,
    async seed(v8) {
      await v8.table('drafts').bulkAdd(seeded);
      await v8.table('queueEntries').bulkAdd(seeded.map((draft) => toQueueEntry(draft)));
    },
  });
  opened.push(db);
  return db;
}

async function stored(db: LoupeDatabase, projectId: string) {
  const texts = new Map<string, string | null>();
  for await (const batch of storedSearchTexts(db, projectId)) {
    batch.texts.forEach(([id, text]) => texts.set(id, text));
  }
  return texts;
}

describe('v8 → v9: the search texts of the drafts already stored (2026-12-07)', () => {
  it('stores every draft’s folded text, per project, in segments of at most SEGMENT_DRAFTS', async () => {
    const db = await migrateSeededV8();
    expect(db.verno).toBe(9);

    for (const projectId of ['p1', 'p2']) {
      const texts = await stored(db, projectId);
      const drafts = seeded.filter((draft) => draft.projectId === projectId);
      expect(texts.size).toBe(drafts.length);
      drafts.forEach((draft) => expect(texts.get(draft.id)).toBe(draftSearchText(draft)));
    }
    const segments = await db.searchSegments.toArray();
    expect(segments.map((row) => [row.projectId, row.segment, row.ids.length])).toEqual([
      ['p1', 0, SEGMENT_DRAFTS],
      ['p1', 1, 30],
      ['p2', 0, 12],
    ]);
    // A folded search finds a Traditional draft by its Simplified form and its grouped amount.
    expect((await stored(db, 'p2')).get('d-0007')).toContain(searchNeedle('帐单金额'));
    expect((await stored(db, 'p2')).get('d-0007')).toContain(searchNeedle('1280'));
  });

  it('keeps the drafts and queue as they were', async () => {
    const db = await migrateSeededV8();
    expect(await db.drafts.count()).toBe(seeded.length);
    expect(await db.queueEntries.count()).toBe(seeded.length);
  });

  it('can run again and leaves the same rows', async () => {
    const db = await migrateSeededV8();
    const before = await db.searchSegments.toArray();
    await db.transaction('rw', db.drafts, db.searchSegments, (tx) => fillSearchSegments(tx));
    expect(await db.searchSegments.toArray()).toEqual(before);
  });
});
