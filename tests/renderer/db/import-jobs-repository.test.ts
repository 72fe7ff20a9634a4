import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import type { ImportJobRow } from '../../../renderer/db/import-job-row';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { recordDecision } from '../../../renderer/db/repositories/decisions-repository';
import {
  endImportJob,
  getImportJob,
  listUnfinishedImports,
  removeImportedDrafts,
  startImportJob,
} from '../../../renderer/db/repositories/import-jobs-repository';
import { writeImportBatch } from '../../../renderer/db/repositories/import-repository';
import { decision } from './decision-fixture';

let db: LoupeDatabase;
let name: string;
let counter = 0;
const NOW = '2026-11-28T12:00:00.000Z';

function input(id: string, text = `text ${id}`): DraftInput {
  return {
    id,
    context: [],
    draft: text,
    model: { name: 'm' },
    metadata: {},
    priority: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

function job(importId: string, startedAt = NOW): ImportJobRow {
  return {
    importId,
    projectId: 'p1',
    fileName: 'drafts.jsonl',
    fileSize: 100,
    format: 'jsonl',
    encoding: 'utf-8',
    mapping: { draft: 'output' },
    state: 'running',
    rowsWritten: 0,
    counts: { added: 0, updated: 0, unchanged: 0, markedChanged: 0 },
    startedAt,
    updatedAt: startedAt,
  };
}

beforeEach(async () => {
  counter += 1;
  name = `import-jobs-test-${counter}`;
  db = new LoupeDatabase({ name });
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('import jobs', () => {
  it('counts each batch in the job, in the batch transaction', async () => {
    await startImportJob(db, job('imp1'));
    await writeImportBatch(db, 'p1', [input('a'), input('b')], NOW, 'imp1');
    await writeImportBatch(db, 'p1', [input('b'), input('c')], NOW, 'imp1');
    expect(await getImportJob(db, 'imp1')).toMatchObject({
      rowsWritten: 4,
      counts: { added: 3, unchanged: 1, updated: 0, markedChanged: 0 },
    });
    expect((await db.drafts.get(['p1', 'a']))?.importId).toBe('imp1');
  });

  it('lists interrupted, cancelled and failed jobs until they are settled', async () => {
    await startImportJob(db, job('crashed', '2026-11-28T10:00:00.000Z'));
    await startImportJob(db, job('cancelled', '2026-11-28T11:00:00.000Z'));
    await endImportJob(db, 'cancelled', 'cancelled', NOW);
    await startImportJob(db, job('finished'));
    await endImportJob(db, 'finished', 'done', NOW);
    expect((await listUnfinishedImports(db)).map((row) => row.importId)).toEqual([
      'crashed',
      'cancelled',
    ]);
    await removeImportedDrafts(db, job('crashed'), NOW);
    expect((await listUnfinishedImports(db)).map((row) => row.importId)).toEqual(['cancelled']);
    // A pass that ends after the reviewer settled the job does not bring it back.
    await endImportJob(db, 'crashed', 'failed', NOW, 'late');
    expect((await getImportJob(db, 'crashed'))?.state).toBe('settled');
  });

  it('removes only the undecided drafts this import added, with their queue entries', async () => {
    await writeImportBatch(db, 'p1', [input('earlier')], NOW, 'imp0');
    await startImportJob(db, job('imp1'));
    const added = Array.from({ length: 1200 }, (_, i) => input(`n${String(i).padStart(4, '0')}`));
    for (let start = 0; start < added.length; start += 500) {
      await writeImportBatch(db, 'p1', added.slice(start, start + 500), NOW, 'imp1');
    }
    // Re-imported by imp1, but added by imp0: not imp1's to remove.
    await writeImportBatch(db, 'p1', [input('earlier')], NOW, 'imp1');
    await recordDecision(db, decision('ev1', 'approve', 'n0007'));

    const removed = await removeImportedDrafts(db, job('imp1'), NOW);

    expect(removed).toBe(1199);
    expect(await db.drafts.count()).toBe(2);
    expect(await db.queueEntries.count()).toBe(2);
    expect(await db.drafts.get(['p1', 'n0007'])).toBeDefined();
    expect(await db.drafts.get(['p1', 'earlier'])).toBeDefined();
    expect((await getImportJob(db, 'imp1'))?.state).toBe('settled');
  });
});
