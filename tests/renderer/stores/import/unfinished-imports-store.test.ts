/**
 * Imports left unfinished by a crash (their job still `running` on the next start), offered until
 * the reviewer settles each: remove what it added, keep it, or choose the file again to finish.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJobRow } from '../../../../renderer/db/import-job-row';
import { getDatabase } from '../../../../renderer/db/database-instance';
import {
  getImportJob,
  startImportJob,
} from '../../../../renderer/db/repositories/import-jobs-repository';
import { writeImportBatch } from '../../../../renderer/db/repositories/import-repository';
import { IMPORT_EXTENSIONS, useImportStore } from '../../../../renderer/stores/import/import-store';
import { useUnfinishedImportsStore } from '../../../../renderer/stores/import/unfinished-imports-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import type { DraftInput } from '../../../../shared/domain/draft-schema';
import { simulateRestart } from '../../support/app-env';
import { jsonlBytes, pickedFile, resetImportEnvironment, type FakeBridge } from './import-support';

const unfinished = () => useUnfinishedImportsStore.getState();
const NOW = '2026-11-28T12:00:00.000Z';
const MAPPING = { id: 'id', draft: 'output' };
const ROWS = ['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => ({ id, output: `回覆 ${id}` }));
const BYTES = jsonlBytes(ROWS);

const input = (id: string, draft = `回覆 ${id}`): DraftInput => ({
  id,
  draft,
  context: [],
  model: { name: 'unknown' },
  metadata: {},
  priority: 0,
  createdAt: NOW,
});

let bridge: FakeBridge;
let projectId: string;
let job: ImportJobRow;

/**
 * A crash part-way through importing BYTES: the job row says `running`, three drafts carry its
 * import id. One draft of an earlier import is there too and is not this job's to remove.
 */
beforeEach(async () => {
  bridge = await resetImportEnvironment();
  const created = await useProjectsStore.getState().createProject('客服');
  projectId = created.ok ? created.id : '';
  const db = getDatabase();
  await writeImportBatch(db, projectId, [input('earlier')], NOW, 'imp-earlier');
  job = {
    importId: 'imp-crashed',
    projectId,
    fileName: 'replies.jsonl',
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
  await startImportJob(db, job);
  await writeImportBatch(
    db,
    projectId,
    ['n1', 'n2', 'n3'].map((id) => input(id)),
    NOW,
    job.importId,
  );
  simulateRestart();
  await useProjectsStore.getState().load();
});

afterEach(() => {
  useImportStore.getState().reset();
  unfinished().reset();
});

const draftIds = async () =>
  (await getDatabase().drafts.where('projectId').equals(projectId).primaryKeys()).map(
    ([, id]) => id,
  );

describe('unfinished imports', () => {
  it('lists a job a crash left running, with how far it got', async () => {
    await unfinished().load();
    expect(unfinished().jobs).toEqual([
      expect.objectContaining({
        importId: 'imp-crashed',
        fileName: 'replies.jsonl',
        state: 'running',
        rowsWritten: 3,
      }),
    ]);
  });

  it('removes what it added, settles it, and reloads the queue showing that project', async () => {
    await useQueueStore.getState().open(projectId);
    expect(useQueueStore.getState().entries).toHaveLength(4);
    await unfinished().load();

    await unfinished().remove(job);

    expect((await draftIds()).sort()).toEqual(['earlier']);
    expect(useQueueStore.getState().entries.map((entry) => entry.draftId)).toEqual(['earlier']);
    expect(unfinished().lastRemoved).toEqual({ fileName: 'replies.jsonl', count: 3 });
    expect(unfinished().jobs).toEqual([]);
    expect(unfinished().workingOn).toBeNull();
    expect((await getImportJob(getDatabase(), job.importId))?.state).toBe('settled');
  });

  it('keeps what it wrote and settles it', async () => {
    await unfinished().load();

    await unfinished().keep(job);

    expect((await draftIds()).sort()).toEqual(['earlier', 'n1', 'n2', 'n3']);
    expect(unfinished().jobs).toEqual([]);
    expect((await getImportJob(getDatabase(), job.importId))?.state).toBe('settled');
  });

  it('finishes it with the file chosen again in the dialog', async () => {
    await unfinished().load();
    bridge.nextPick = [pickedFile('replies.jsonl', BYTES)];

    await unfinished().finish(job);

    expect(bridge.openFiles).toHaveBeenCalledWith({ extensions: IMPORT_EXTENSIONS });
    expect((await draftIds()).sort()).toEqual(['earlier', 'n1', 'n2', 'n3', 'n4', 'n5']);
    expect(await getImportJob(getDatabase(), job.importId)).toMatchObject({ state: 'done' });
    expect(useImportStore.getState().step).toBe('finished');
    expect(useImportStore.getState().writeResult?.counts).toMatchObject({
      added: 2,
      unchanged: 3,
    });
    expect(unfinished().jobs).toEqual([]);
  });

  it('leaves it listed when the dialog is cancelled', async () => {
    await unfinished().load();
    bridge.nextPick = [];

    await unfinished().finish(job);

    expect(unfinished().jobs.map((row) => row.importId)).toEqual(['imp-crashed']);
    expect(await draftIds()).toHaveLength(4);
    expect(useImportStore.getState().step).toBe('idle');
  });
});
