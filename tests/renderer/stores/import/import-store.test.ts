/**
 * The import flow end to end on fake IndexedDB, passes on the page (jsdom has no Worker): a file
 * is previewed with a mapping offered, checked into a report, then imported or dropped; the
 * report is saved as CSV through the bridge.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getImportJob } from '../../../../renderer/db/repositories/import-jobs-repository';
import { listProjects } from '../../../../renderer/db/repositories/projects-repository';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import {
  createProject,
  jsonlBytes,
  pickedFile,
  resetImportEnvironment,
  SUGGESTED,
  supportFile as file,
  utf8,
  type FakeBridge,
} from './import-support';

const flow = () => useImportStore.getState();
const projects = () => useProjectsStore.getState();

const PROBLEMS = [
  { row: 2, field: 'reply', reason: 'missing draft' },
  { row: 3, field: 'id', reason: 'duplicate id in the file (first on row 1)' },
  { row: 4, field: null, reason: 'invalid JSON' },
];

/** Big5 CSV: 中文 = A4A4 A4E5. */
const BIG5_CSV = Uint8Array.from([
  ...utf8('id,output\r\nz1,'),
  ...[0xa4, 0xa4, 0xa4, 0xe5],
  ...utf8('\r\n'),
]);

const storedDrafts = () => getDatabase().drafts.toArray();

let bridge: FakeBridge;

beforeEach(async () => {
  bridge = await resetImportEnvironment();
});

afterEach(() => {
  flow().reset();
  vi.restoreAllMocks();
});

describe('taking a file', () => {
  it('previews it and offers the mapping suggested from its field names', async () => {
    await flow().takeFile(file());
    const state = flow();
    expect(state.step).toBe('mapping');
    expect(state.fileName).toBe('support-drafts.jsonl');
    expect(state.preview).toMatchObject({ ok: true, format: 'jsonl', encoding: 'utf-8' });
    expect(state.mapping).toEqual(SUGGESTED);
    expect(state.target).toBeNull();
  });

  it('reads the file again with the encoding or format the reviewer chooses', async () => {
    await flow().takeFile(pickedFile('big5.csv', BIG5_CSV));
    expect(flow().preview).toMatchObject({
      ok: true,
      format: 'csv',
      encoding: 'big5',
      samples: [{ id: 'z1', output: '中文' }],
    });

    flow().setEncoding('utf-8');
    expect(flow().preview).toEqual({
      ok: false,
      format: 'csv',
      reason: 'invalid utf-8 byte sequence',
      suggestedEncoding: 'big5',
    });
    flow().setEncoding(null);
    expect(flow().preview).toMatchObject({ ok: true, encoding: 'big5' });

    flow().setFormat('jsonl');
    expect(flow().preview).toMatchObject({ ok: true, format: 'jsonl', samples: [] });
    flow().setFormat(null);
    expect(flow().preview).toMatchObject({ ok: true, format: 'csv' });
  });

  it('says so when the file cannot be read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unreadable = {
      name: 'gone.jsonl',
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull: (controller) => controller.error(new Error('the disk went away')),
        }),
    };
    await flow().takeFile(unreadable);
    expect(flow().step).toBe('idle');
    expect(flow().error).toEqual({ key: 'readFailed', values: { name: 'gone.jsonl' } });
  });
});

describe('checking the whole file', () => {
  it('reports each problem by row, field and reason, and writes nothing', async () => {
    const projectId = await createProject('客服');
    await flow().takeFile(file());
    flow().setTarget({ kind: 'existing', projectId });

    await flow().check();

    const { step, checkResult } = flow();
    expect(step).toBe('checked');
    expect(checkResult).toMatchObject({ state: 'done', rowsRead: 5, rowsValid: 2 });
    expect(checkResult?.problems).toEqual(PROBLEMS);
    expect(await storedDrafts()).toEqual([]);
    expect(await getDatabase().imports.count()).toBe(0);
  });

  it('refuses a new project without a name, and creates nothing', async () => {
    await flow().takeFile(file());
    flow().setTarget({ kind: 'new', name: '   ' });

    await flow().check();

    expect(flow().error).toEqual({ key: 'projectName.empty' });
    expect(flow().step).toBe('mapping');
    expect(flow().checkResult).toBeNull();
    expect(await listProjects(getDatabase())).toEqual([]);
  });

  it('creates a new project only when rows are imported', async () => {
    await flow().takeFile(file());
    flow().setTarget({ kind: 'new', name: '客服回覆' });
    await flow().check();
    expect(flow().step).toBe('checked');
    expect(await listProjects(getDatabase())).toEqual([]);
  });
});

describe('importing the valid rows', () => {
  it('creates the new project, stores the drafts, remembers the mapping and counts them', async () => {
    await flow().takeFile(file());
    flow().setTarget({ kind: 'new', name: '客服回覆' });
    await flow().check();

    await flow().importValidRows();

    const [project, ...others] = await listProjects(getDatabase());
    expect(others).toEqual([]);
    expect(project).toMatchObject({ name: '客服回覆', importMapping: SUGGESTED });
    expect(projects().projects.map((row) => row.name)).toEqual(['客服回覆']);
    const drafts = await storedDrafts();
    expect(drafts.map((draft) => [draft.projectId, draft.id]).sort()).toEqual([
      [project?.id, 'a1'],
      [project?.id, 'a5'],
    ]);
    expect(drafts.find((draft) => draft.id === 'a1')).toMatchObject({
      prompt: '退款多久？',
      draft: '五個工作天內退回。',
      model: { name: 'gpt-x' },
      status: 'pending',
    });
    const { step, writeResult, importId, target } = flow();
    expect(step).toBe('finished');
    expect(writeResult).toMatchObject({ state: 'done', rowsWritten: 2 });
    expect(writeResult?.counts).toEqual({ added: 2, updated: 0, unchanged: 0, markedChanged: 0 });
    expect(target).toEqual({ kind: 'existing', projectId: project?.id });
    expect((await getImportJob(getDatabase(), importId ?? ''))?.state).toBe('done');
  });

  it('stores nothing and creates no project when the reviewer imports nothing', async () => {
    await flow().takeFile(file());
    flow().setTarget({ kind: 'new', name: '客服回覆' });
    await flow().check();

    flow().reset();

    expect(flow().step).toBe('idle');
    expect(flow().checkResult).toBeNull();
    expect(await listProjects(getDatabase())).toEqual([]);
    expect(await storedDrafts()).toEqual([]);
    expect(await getDatabase().imports.count()).toBe(0);
    // Nothing is held either: importing now has nothing to import.
    await flow().importValidRows();
    expect(await storedDrafts()).toEqual([]);
  });
});

describe('the queue on screen', () => {
  // The import goes into the open queue's project by default: "Back to the queue" must show the
  // new drafts without reopening the project.
  it('lists the imported drafts when the import went into it', async () => {
    const projectId = await createProject('客服');
    await useQueueStore.getState().open(projectId);
    expect(useQueueStore.getState().entries).toEqual([]);
    await flow().takeFile(file());
    expect(flow().target).toEqual({ kind: 'existing', projectId });
    await flow().check();

    await flow().importValidRows();

    expect(flow().step).toBe('finished');
    await vi.waitFor(() =>
      expect(
        useQueueStore
          .getState()
          .entries.map((entry) => entry.draftId)
          .sort(),
      ).toEqual(['a1', 'a5']),
    );
  });
});

describe('saving the report', () => {
  it('saves a CSV with the header first and a formula in a field name neutralised', async () => {
    const formula = '=HYPERLINK("http://evil.example","open")';
    const projectId = await createProject('客服');
    const bytes = jsonlBytes([
      { id: 'f1', [formula]: 'fine' },
      { id: 'f2', [formula]: '' },
    ]);
    await flow().takeFile(pickedFile('hostile.jsonl', bytes));
    flow().setTarget({ kind: 'existing', projectId });
    flow().setMapping({ id: 'id', draft: formula });
    await flow().check();
    expect(flow().checkResult?.problems).toEqual([
      { row: 2, field: formula, reason: 'missing draft' },
    ]);

    await flow().saveReport();

    expect(bridge.saveFile).toHaveBeenCalledTimes(1);
    const [save] = bridge.saved;
    expect(save?.options).toMatchObject({
      suggestedName: 'hostile-problems.csv',
      mimeType: 'text/csv',
    });
    const lines = (save?.text ?? '').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('row,field,reason');
    expect(lines[1]).toBe(`2,"'=HYPERLINK(""http://evil.example"",""open"")",missing draft`);
  });
});
