import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { getDraft } from '../../../renderer/db/repositories/drafts-repository';
import { listQueueEntries } from '../../../renderer/db/repositories/queue-entries-repository';
import { blobChunks } from '../../../renderer/import/blob-chunks';
import { BATCH_ROWS, checkFile, writeFile } from '../../../renderer/import/import-file';

let db: LoupeDatabase;
let name: string;
let counter = 0;
const NOW = '2026-11-28T12:00:00.000Z';
const options = {
  projectId: 'p1',
  format: 'jsonl' as const,
  mapping: { id: 'id', draft: 'output', prompt: 'input' },
  now: NOW,
};
const job = { importId: 'imp1', fileName: 'drafts.jsonl', fileSize: 1 };

/** A JSON Lines file of `count` drafts (the third row invalid when `withProblem`). */
function jsonlFile(count: number, withProblem = false): Blob {
  const lines = Array.from({ length: count }, (_, i) =>
    withProblem && i === 2
      ? '{"id":"broken","output":'
      : JSON.stringify({ id: `r${i}`, input: `問題 ${i}`, output: `回覆 ${i}` }),
  );
  return new Blob([lines.join('\n')]);
}

beforeEach(async () => {
  counter += 1;
  name = `import-file-test-${counter}`;
  db = new LoupeDatabase({ name });
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('reading a file in chunks', () => {
  it('yields every byte once, in order, in chunks of the given size', async () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);
    const chunks: number[][] = [];
    for await (const chunk of blobChunks(new Blob([bytes]), 4)) {
      chunks.push([...chunk]);
    }
    expect(chunks).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });
});

describe('importing a file into a project', () => {
  it('checks without writing, then writes the valid rows in batches', async () => {
    const file = jsonlFile(BATCH_ROWS * 2 + 10, true);
    const check = await checkFile(blobChunks(file), options);
    expect(check).toMatchObject({ state: 'done', rowsValid: BATCH_ROWS * 2 + 9, problemCount: 1 });
    expect(check.problems).toEqual([{ row: 3, field: null, reason: 'invalid JSON' }]);
    expect(await db.drafts.count()).toBe(0);

    const written = await writeFile(db, blobChunks(file), { ...options, ...job });
    expect(written.counts).toEqual({
      added: BATCH_ROWS * 2 + 9,
      updated: 0,
      unchanged: 0,
      markedChanged: 0,
    });
    expect(await db.drafts.count()).toBe(BATCH_ROWS * 2 + 9);
    expect((await listQueueEntries(db, 'p1')).length).toBe(BATCH_ROWS * 2 + 9);
    expect(await getDraft(db, 'p1', 'r7')).toMatchObject({ prompt: '問題 7', draft: '回覆 7' });
  });

  it('reads nothing back while importing into an empty project, and checks a non-empty one', async () => {
    const reads = vi.spyOn(db.drafts, 'bulkGet');
    await writeFile(db, blobChunks(jsonlFile(10)), { ...options, ...job });
    expect(reads).not.toHaveBeenCalled();
    const again = await writeFile(db, blobChunks(jsonlFile(12)), {
      ...options,
      ...job,
      importId: 'imp2',
    });
    expect(reads).toHaveBeenCalled();
    expect(again.counts).toMatchObject({ added: 2, unchanged: 10 });
  });

  it('after a cancel, writing the same file again finishes it without duplicates', async () => {
    const file = jsonlFile(BATCH_ROWS * 3);
    const controller = new AbortController();
    const cancelled = await writeFile(db, blobChunks(file), {
      ...options,
      ...job,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.rowsValid >= BATCH_ROWS) {
          controller.abort();
        }
      },
    });
    expect(cancelled.state).toBe('cancelled');
    const kept = await db.drafts.count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(BATCH_ROWS * 3);
    expect(kept % BATCH_ROWS).toBe(0);

    const finished = await writeFile(db, blobChunks(file), { ...options, ...job });
    expect(finished.state).toBe('done');
    expect(finished.counts).toMatchObject({ added: BATCH_ROWS * 3 - kept, unchanged: kept });
    expect(await db.drafts.count()).toBe(BATCH_ROWS * 3);
    expect(await db.queueEntries.count()).toBe(BATCH_ROWS * 3);
  });

  it('imports a Big5 CSV file with CRLF', async () => {
    // "id,output\r\nz1,中文\r\n" with 中文 in Big5 (A4 A4 A4 E5).
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('id,output\r\nz1,'),
      0xa4,
      0xa4,
      0xa4,
      0xe5,
      0x0d,
      0x0a,
    ]);
    const result = await writeFile(db, blobChunks(new Blob([bytes])), {
      ...options,
      ...job,
      format: 'csv',
      mapping: { id: 'id', draft: 'output' },
    });
    expect(result).toMatchObject({ state: 'done', encoding: 'big5', rowsValid: 1 });
    expect((await getDraft(db, 'p1', 'z1'))?.draft).toBe('中文');
  });
});
