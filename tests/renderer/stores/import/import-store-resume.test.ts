/**
 * "Never half-done" (issue 4, point 5) through the import store: a writing pass cancelled part-way
 * keeps whole batches under a cancelled job, finishing it stores every row once under the same
 * job, and an interrupted import is finished only with the same file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJobRow } from '../../../../renderer/db/import-job-row';
import { getDatabase } from '../../../../renderer/db/database-instance';
import {
  getImportJob,
  listUnfinishedImports,
  startImportJob,
} from '../../../../renderer/db/repositories/import-jobs-repository';
import { writeImportBatch } from '../../../../renderer/db/repositories/import-repository';
import { BATCH_ROWS } from '../../../../renderer/import/import-file';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import type { DraftInput } from '../../../../shared/domain/draft-schema';
import { jsonlBytes, pickedFile, resetImportEnvironment } from './import-support';

const flow = () => useImportStore.getState();
const NOW = '2026-11-28T12:00:00.000Z';
const TOTAL = BATCH_ROWS * 3;
const MAPPING = { id: 'id', draft: 'output', prompt: 'input' };

const rowId = (i: number) => `r${String(i).padStart(4, '0')}`;
/** Three batches of rows, read in 4 KB chunks so a pass reports progress many times. */
const BYTES = jsonlBytes(
  Array.from({ length: TOTAL }, (_, i) => ({
    id: rowId(i),
    input: `問題 ${i}`,
    output: `回覆 ${i}`,
  })),
);
const bigFile = () => pickedFile('many.jsonl', BYTES, 4096);

let projectId: string;

beforeEach(async () => {
  await resetImportEnvironment();
  const created = await useProjectsStore.getState().createProject('客服');
  projectId = created.ok ? created.id : '';
});

afterEach(() => flow().reset());

/** Checks the file into the project, then writes it, cancelling once a batch is stored. */
async function importAndCancel(): Promise<void> {
  await flow().takeFile(bigFile());
  flow().setTarget({ kind: 'existing', projectId });
  await flow().check();
  expect(flow().checkResult).toMatchObject({ state: 'done', rowsValid: TOTAL });
  // The reviewer presses Cancel while the writing pass is on its way.
  const stopWatching = useImportStore.subscribe((state) => {
    if (state.step === 'writing' && state.progress.rowsValid >= BATCH_ROWS) {
      state.cancel();
    }
  });
  try {
    await flow().importValidRows();
  } finally {
    stopWatching();
  }
}

const draftCount = () => getDatabase().drafts.count();

describe('cancelling the writing pass', () => {
  it('stops part-way: whole batches stay, the job is cancelled and listed as unfinished', async () => {
    await importAndCancel();

    expect(flow().step).toBe('stopped');
    expect(flow().writeResult?.state).toBe('cancelled');
    const kept = await draftCount();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(TOTAL);
    expect(kept % BATCH_ROWS).toBe(0);
    const importId = flow().importId ?? '';
    expect(await getImportJob(getDatabase(), importId)).toMatchObject({
      state: 'cancelled',
      rowsWritten: kept,
    });
    expect((await listUnfinishedImports(getDatabase())).map((job) => job.importId)).toEqual([
      importId,
    ]);
  });

  it('finishing it stores every row once, under the same job, which is then done', async () => {
    await importAndCancel();
    const kept = await draftCount();
    const importId = flow().importId ?? '';

    await flow().resume();

    expect(flow().step).toBe('finished');
    expect(flow().importId).toBe(importId);
    expect(flow().writeResult?.counts).toEqual({
      added: TOTAL - kept,
      updated: 0,
      unchanged: kept,
      markedChanged: 0,
    });
    const drafts = await getDatabase().drafts.toArray();
    expect(drafts).toHaveLength(TOTAL);
    expect(new Set(drafts.map((draft) => draft.id)).size).toBe(TOTAL);
    expect(await getDatabase().queueEntries.count()).toBe(TOTAL);
    // Every draft was added by this one import, so "remove what it added" would find them all.
    expect(new Set(drafts.map((draft) => draft.importId))).toEqual(new Set([importId]));
    const jobs = await getDatabase().imports.toArray();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ importId, state: 'done', counts: { added: TOTAL } });
    expect(await listUnfinishedImports(getDatabase())).toEqual([]);
  });
});

describe('finishing an interrupted import', () => {
  /** A job left `running` by a crash after its first batch, as the database holds it. */
  async function crashedJob(): Promise<ImportJobRow> {
    const job: ImportJobRow = {
      importId: 'imp-crashed',
      projectId,
      fileName: 'many.jsonl',
      fileSize: BYTES.length,
      format: 'jsonl',
      encoding: 'utf-8',
      mapping: MAPPING,
      state: 'running',
      rowsWritten: 0,
      counts: { added: 0, updated: 0, unchanged: 0, markedChanged: 0 },
      startedAt: NOW,
      updatedAt: NOW,
    };
    await startImportJob(getDatabase(), job);
    const firstBatch: DraftInput[] = Array.from({ length: BATCH_ROWS }, (_, i) => ({
      id: rowId(i),
      prompt: `問題 ${i}`,
      draft: `回覆 ${i}`,
      context: [],
      model: { name: 'unknown' },
      metadata: {},
      priority: 0,
      createdAt: NOW,
    }));
    await writeImportBatch(getDatabase(), projectId, firstBatch, NOW, job.importId);
    return job;
  }

  it('refuses a file with another name, and neither reads nor writes anything', async () => {
    const job = await crashedJob();
    const other = pickedFile('other.jsonl', BYTES);

    await flow().finishImport(job, other);

    expect(flow().step).toBe('idle');
    expect(flow().error).toEqual({
      key: 'notSameFile',
      values: { name: 'many.jsonl', size: BYTES.length },
    });
    expect(other.streams).toEqual([]);
    expect(await draftCount()).toBe(BATCH_ROWS);
    expect((await getImportJob(getDatabase(), job.importId))?.state).toBe('running');
  });

  it('refuses a file of the same name but another size', async () => {
    const job = await crashedJob();
    const longer = pickedFile('many.jsonl', jsonlBytes([{ id: 'x', output: 'y' }]));
    await flow().finishImport(job, longer);
    expect(flow().error?.key).toBe('notSameFile');
    expect(longer.streams).toEqual([]);
    expect(await draftCount()).toBe(BATCH_ROWS);
  });

  it('with the same file, adds only what is missing and closes the job', async () => {
    const job = await crashedJob();

    await flow().finishImport(job, bigFile());

    expect(flow().step).toBe('finished');
    expect(flow().writeResult?.counts).toMatchObject({
      added: TOTAL - BATCH_ROWS,
      unchanged: BATCH_ROWS,
    });
    expect(await draftCount()).toBe(TOTAL);
    expect(await getImportJob(getDatabase(), job.importId)).toMatchObject({ state: 'done' });
    expect(await getDatabase().imports.count()).toBe(1);
  });
});
