import { describe, expect, it } from 'vitest';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import { runImport, type ImportRunOptions } from '../../../shared/import';

const NOW = '2026-11-28T12:00:00.000Z';

/** The bytes as a stream of chunks of `size` bytes. */
async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.slice(at, at + size);
    await Promise.resolve();
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function options(overrides: Partial<ImportRunOptions> = {}): ImportRunOptions {
  return {
    format: 'jsonl',
    mapping: { id: 'id', draft: 'output', prompt: 'input' },
    importedAt: NOW,
    batchRows: 2,
    ...overrides,
  };
}

/** Records every batch written. */
function recorder() {
  const batches: DraftInput[][] = [];
  return {
    batches,
    writeBatch: (drafts: DraftInput[]) => Promise.resolve(void batches.push(drafts)),
  };
}

const JSONL = [
  '{"id":"a","input":"q1","output":"one"}',
  '{"id":"b","input":"q2","output":""}',
  '{"id":"c","input":"q3","output":"three"',
  '{"id":"a","input":"q4","output":"again"}',
  '{"id":"d","input":"q5","output":"five"}',
  '{"id":"e","input":"q6","output":"six"}',
].join('\r\n');

describe('one pass over an import file', () => {
  it('checks every row, reports (row, field, reason), and writes valid drafts in batches', async () => {
    for (const size of [1, 5, 64, 1 << 20]) {
      const { batches, writeBatch } = recorder();
      const result = await runImport(chunked(utf8(JSONL), size), options({ writeBatch }));
      expect(result).toMatchObject({
        state: 'done',
        encoding: 'utf-8',
        rowsRead: 6,
        rowsValid: 3,
        rowsWritten: 3,
        problemCount: 3,
      });
      expect(result.problems).toEqual([
        { row: 2, field: 'output', reason: 'missing draft' },
        { row: 3, field: null, reason: 'invalid JSON' },
        { row: 4, field: 'id', reason: 'duplicate id in the file (first on row 1)' },
      ]);
      expect(batches.map((batch) => batch.map((draft) => draft.id))).toEqual([['a', 'd'], ['e']]);
    }
  });

  it('reports progress after each batch written, even when one chunk holds the whole file', async () => {
    const { writeBatch } = recorder();
    const written: (number | undefined)[] = [];
    await runImport(chunked(utf8(JSONL), 1 << 20), {
      ...options({ writeBatch }),
      onProgress: (progress) => written.push(progress.rowsWritten),
    });
    expect(written.filter((rows) => rows !== undefined)).toEqual([2, 3]);
  });

  it('a checking pass (no writer) reports the same and writes nothing', async () => {
    const result = await runImport(chunked(utf8(JSONL), 7), options());
    expect(result).toMatchObject({ state: 'done', rowsValid: 3, problemCount: 3 });
  });

  it('reads a Big5 CSV with CRLF and a quoted field holding a newline', async () => {
    // "id,output\r\n1,"中文\r\n第二行"\r\n" in Big5: 中 A4A4, 文 A4E5, 第 B2C4, 二 A447, 行 A6E6.
    const bytes = new Uint8Array([
      ...utf8('id,output\r\n1,"'),
      0xa4,
      0xa4,
      0xa4,
      0xe5,
      ...utf8('\r\n'),
      0xb2,
      0xc4,
      0xa4,
      0x47,
      0xa6,
      0xe6,
      ...utf8('"\r\n'),
    ]);
    const { batches, writeBatch } = recorder();
    const result = await runImport(
      chunked(bytes, 3),
      options({ format: 'csv', mapping: { id: 'id', draft: 'output' }, writeBatch }),
    );
    expect(result).toMatchObject({ state: 'done', encoding: 'big5', rowsValid: 1 });
    expect(batches[0]?.[0]?.draft).toBe('中文\r\n第二行');
  });

  it('takes the encoding the reviewer chose, and strips only its own BOM', async () => {
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(
        new Uint16Array([...'[{"id":"x","output":"\uFEFFhi"}]'].map((c) => c.charCodeAt(0))).buffer,
      ),
    ]);
    const { batches, writeBatch } = recorder();
    const result = await runImport(
      chunked(bytes, 4),
      options({ format: 'json', encoding: 'utf-16le', writeBatch }),
    );
    expect(result).toMatchObject({ state: 'done', encoding: 'utf-16le', rowsValid: 1 });
    // The BOM in the middle of the text is text.
    expect(batches[0]?.[0]?.draft).toBe('\uFEFFhi');
  });

  it('fails, saying why, on a file that is not text in a known encoding', async () => {
    const result = await runImport(chunked(new Uint8Array([0x00, 0x01, 0xff, 0x00]), 2), options());
    expect(result.state).toBe('failed');
    expect(result.failure).toMatch(/unknown encoding/);
    expect(result.rowsRead).toBe(0);
  });

  it('reports invalid UTF-8 after the detected head on its row, naming the byte, and goes on', async () => {
    const good = utf8(
      Array.from({ length: 3000 }, (_, i) => `{"id":"ok${i}","output":"fine"}\n`).join(''),
    );
    const bytes = new Uint8Array([
      ...good,
      ...utf8('{"id":"bad","output":"x'),
      0xc3,
      0x28,
      ...utf8('"}\n{"id":"last","output":"y"}\n'),
    ]);
    const result = await runImport(chunked(bytes, 4096), options());
    expect(result).toMatchObject({
      state: 'done',
      rowsRead: 3002,
      rowsValid: 3001,
      problemCount: 1,
    });
    expect(result.problems).toEqual([
      { row: 3001, field: null, reason: `invalid utf-8 byte sequence at byte ${good.length + 23}` },
    ]);
  });

  it('stops between batches when cancelled, having written only whole batches', async () => {
    const controller = new AbortController();
    const lines = Array.from({ length: 50 }, (_, i) => `{"id":"r${i}","output":"x"}`).join('\n');
    const batches: DraftInput[][] = [];
    const result = await runImport(
      chunked(utf8(lines), 16),
      options({
        signal: controller.signal,
        writeBatch: (drafts) => {
          batches.push(drafts);
          if (batches.length === 3) {
            controller.abort();
          }
          return Promise.resolve();
        },
      }),
    );
    expect(result.state).toBe('cancelled');
    expect(batches).toHaveLength(3);
    expect(result.rowsWritten).toBe(6);
    expect(batches.every((batch) => batch.length === 2)).toBe(true);
  });

  it('keeps at most MAX_KEPT_PROBLEMS problems but counts them all', async () => {
    const bad = '{"id":1}\n'.repeat(10_005);
    const result = await runImport(chunked(utf8(bad), 65_536), options());
    expect(result.problemCount).toBe(10_005);
    expect(result.problems).toHaveLength(10_000);
    expect(result.problems[0]).toEqual({ row: 1, field: 'output', reason: 'missing draft' });
  });
});
