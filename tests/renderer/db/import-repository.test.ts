import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { recordDecision } from '../../../renderer/db/repositories/decisions-repository';
import { decision } from './decision-fixture';
import { getDraft } from '../../../renderer/db/repositories/drafts-repository';
import {
  projectIsEmpty,
  writeImportBatch,
} from '../../../renderer/db/repositories/import-repository';
import { listQueueEntries } from '../../../renderer/db/repositories/queue-entries-repository';

let db: LoupeDatabase;
let name: string;
let counter = 0;
const NOW = '2026-11-28T12:00:00.000Z';

function input(id: string, text: string, priority = 0): DraftInput {
  return {
    id,
    context: [{ kind: 'ticket', title: 'T', text: 'source' }],
    draft: text,
    model: { name: 'm' },
    metadata: { span: [0, 2] },
    priority,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

async function approve(draftId: string) {
  await recordDecision(db, decision(`ev-${draftId}`, 'approve', draftId));
}

beforeEach(async () => {
  counter += 1;
  name = `import-test-${counter}`;
  db = new LoupeDatabase({ name });
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('writing a batch of imported drafts', () => {
  it('adds new drafts as pending, with their queue entries', async () => {
    const counts = await writeImportBatch(db, 'p1', [input('a', 'one'), input('b', 'two', 5)], NOW);
    expect(counts).toEqual({ added: 2, updated: 0, unchanged: 0, markedChanged: 0 });
    expect((await getDraft(db, 'p1', 'a'))?.status).toBe('pending');
    const entries = await listQueueEntries(db, 'p1');
    expect(entries.map((entry) => [entry.draftId, entry.preview])).toEqual([
      ['b', 'two'],
      ['a', 'one'],
    ]);
  });

  it('keeps file order among rows created at the same time, not the ids’ text order (issue 12)', async () => {
    // Benchmark files carry no creation time: every row gets the import's, and b1-10 sorted
    // before b1-2 as text. The queue follows the file, across batches.
    const ids = Array.from({ length: 12 }, (_, index) => `b1-${index + 1}`);
    await writeImportBatch(
      db,
      'p1',
      ids.slice(0, 5).map((id) => input(id, id)),
      NOW,
    );
    await writeImportBatch(
      db,
      'p1',
      ids.slice(5).map((id) => input(id, id)),
      NOW,
    );
    expect((await listQueueEntries(db, 'p1')).map((entry) => entry.draftId)).toEqual(ids);

    // A re-import that changes a row keeps its place; a row new to the project comes last.
    await writeImportBatch(db, 'p1', [input('b1-0', 'new'), input('b1-3', 'changed')], NOW);
    expect((await listQueueEntries(db, 'p1')).map((entry) => entry.draftId)).toEqual([
      ...ids,
      'b1-0',
    ]);
  });

  it('re-importing the same drafts adds nothing and changes nothing', async () => {
    await writeImportBatch(db, 'p1', [input('a', 'one'), input('b', 'two')], NOW);
    const counts = await writeImportBatch(db, 'p1', [input('a', 'one'), input('b', 'two')], NOW);
    expect(counts).toEqual({ added: 0, updated: 0, unchanged: 2, markedChanged: 0 });
    expect(await db.drafts.count()).toBe(2);
    expect(await db.queueEntries.count()).toBe(2);
  });

  it('a row re-imported with another createdAt (rows without one get the import time) is unchanged', async () => {
    await writeImportBatch(db, 'p1', [input('a', 'one')], NOW);
    const later = { ...input('a', 'one'), createdAt: '2026-11-29T08:00:00.000Z' };
    const counts = await writeImportBatch(db, 'p1', [later], NOW);
    expect(counts).toEqual({ added: 0, updated: 0, unchanged: 1, markedChanged: 0 });
    const revised = { ...input('a', 'one, revised'), createdAt: '2026-11-29T08:00:00.000Z' };
    await writeImportBatch(db, 'p1', [revised], NOW);
    // Updated, and still in its first place in the queue.
    expect((await getDraft(db, 'p1', 'a'))?.createdAt).toBe(input('a', 'one').createdAt);
  });

  it('updates a changed draft nobody has decided on yet', async () => {
    await writeImportBatch(db, 'p1', [input('a', 'one')], NOW);
    const counts = await writeImportBatch(db, 'p1', [input('a', 'one, revised')], NOW);
    expect(counts.updated).toBe(1);
    expect((await getDraft(db, 'p1', 'a'))?.draft).toBe('one, revised');
    expect((await listQueueEntries(db, 'p1'))[0]?.preview).toBe('one, revised');
  });

  it('keeps a decided draft and its decision, and marks it changed since review', async () => {
    await writeImportBatch(db, 'p1', [input('a', 'one')], NOW);
    await approve('a');
    const counts = await writeImportBatch(db, 'p1', [input('a', 'one, revised')], NOW);
    expect(counts.markedChanged).toBe(1);
    const stored = await getDraft(db, 'p1', 'a');
    expect(stored).toMatchObject({
      draft: 'one',
      status: 'approved',
      changedSinceReview: { at: NOW },
    });
    expect(await db.events.count()).toBe(1);
    expect((await listQueueEntries(db, 'p1'))[0]?.status).toBe('approved');
  });

  it('keeps drafts of the same id in another project apart', async () => {
    await writeImportBatch(db, 'p1', [input('a', 'one')], NOW);
    const counts = await writeImportBatch(db, 'p2', [input('a', 'other')], NOW);
    expect(counts.added).toBe(1);
    expect((await getDraft(db, 'p1', 'a'))?.draft).toBe('one');
    expect((await getDraft(db, 'p2', 'a'))?.draft).toBe('other');
  });
});

describe('a fresh import (into an empty project)', () => {
  it('adds the batch without reading, and fails whole rather than overwrite a draft', async () => {
    const reads = vi.spyOn(db.drafts, 'bulkGet');
    const counts = await writeImportBatch(db, 'p1', [input('a', 'one')], NOW, undefined, {
      fresh: true,
    });
    expect(counts.added).toBe(1);
    expect(reads).not.toHaveBeenCalled();

    await expect(
      writeImportBatch(db, 'p1', [input('b', 'two'), input('a', 'other')], NOW, undefined, {
        fresh: true,
      }),
    ).rejects.toThrow();
    expect(await db.drafts.count()).toBe(1);
    expect((await getDraft(db, 'p1', 'a'))?.draft).toBe('one');
    expect(await db.queueEntries.count()).toBe(1);
  });

  it('is told apart by one key read: a project with any draft is not empty', async () => {
    expect(await projectIsEmpty(db, 'p1')).toBe(true);
    await writeImportBatch(db, 'p2', [input('a', 'one')], NOW);
    expect(await projectIsEmpty(db, 'p1')).toBe(true);
    await writeImportBatch(db, 'p1', [input('z', 'one')], NOW);
    expect(await projectIsEmpty(db, 'p1')).toBe(false);
  });
});
