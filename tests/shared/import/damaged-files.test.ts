/**
 * Issue 12, points 14 and 15: files damaged in the ways real exports are. A few invalid byte
 * sequences are problems of the rows that hold them (line and byte offset), every other row is
 * imported, and the preview shows the text with U+FFFD and how many there are; a JSON array that
 * breaks off is not imported at all, says where it breaks, and counts only the items it holds.
 */
import { describe, expect, it } from 'vitest';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import { previewFile } from '../../../shared/import/file-preview';
import { runImport, type ImportRunOptions } from '../../../shared/import/import-run';

const NOW = '2026-12-07T12:00:00.000Z';
const SIZES = [1, 3, 7, 64, 1 << 20];

const utf8 = (text: string) => new TextEncoder().encode(text);

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.slice(at, at + size);
    await Promise.resolve();
  }
}

async function run(bytes: Uint8Array, size: number, overrides: Partial<ImportRunOptions>) {
  const written: DraftInput[] = [];
  const result = await runImport(chunked(bytes, size), {
    format: 'jsonl',
    mapping: { id: 'id', draft: 'output' },
    importedAt: NOW,
    batchRows: 500,
    writeBatch: (drafts) => Promise.resolve(void written.push(...drafts)),
    ...overrides,
  });
  return { result, ids: written.map((draft) => draft.id), written };
}

const jsonLine = (id: string, output: string) => `{"id":"${id}","output":"${output}"}\n`;

describe('a JSON Lines file with an invalid byte sequence in one line', () => {
  // Line 4 holds FF FE in the middle of its string; line 6 holds a real U+FFFD, which is text.
  const before = [1, 2, 3].map((n) => jsonLine(`r${n}`, `第 ${n} 則回覆 reply ${n}`)).join('');
  const badStart = '{"id":"r4","output":"broken ';
  const bytes = concat(
    utf8(before),
    utf8(badStart),
    [0xff, 0xfe],
    utf8(' here"}\n'),
    utf8(jsonLine('r5', '第 5 則回覆 reply 5')),
    utf8(jsonLine('r6', 'a real \uFFFD stays')),
    utf8([7, 8, 9, 10].map((n) => jsonLine(`r${n}`, `reply number ${n}`)).join('')),
  );
  const offset = utf8(before).length + utf8(badStart).length;

  it('reports the line and the byte offset of each bad sequence and imports every other line', async () => {
    for (const size of SIZES) {
      const { result, ids, written } = await run(bytes, size, {});
      expect(result).toMatchObject({
        state: 'done',
        encoding: 'utf-8',
        rowsRead: 10,
        rowsValid: 9,
        problemCount: 2,
      });
      expect(result.problems).toEqual([
        { row: 4, field: null, reason: `invalid utf-8 byte sequence at byte ${offset}` },
        { row: 4, field: null, reason: `invalid utf-8 byte sequence at byte ${offset + 1}` },
      ]);
      expect(ids).toEqual(['r1', 'r2', 'r3', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10']);
      // Nothing is imported with a replacement character standing for bad bytes.
      expect(written.find((draft) => draft.id === 'r6')?.draft).toBe('a real \uFFFD stays');
      expect(written.filter((draft) => draft.draft.includes('\uFFFD'))).toHaveLength(1);
    }
  });

  it('is previewed with U+FFFD where the bytes are bad, counted, the line marked', () => {
    const preview = previewFile(bytes, 'export.jsonl', { complete: true });
    expect(preview).toMatchObject({ ok: true, encoding: 'utf-8', invalidSequences: 2 });
    if (!preview.ok) {
      return;
    }
    expect(preview.samples[3]).toEqual({ id: 'r4', output: 'broken \uFFFD\uFFFD here' });
    expect(preview.sampleProblems[3]).toEqual([
      `invalid utf-8 byte sequence at byte ${offset}`,
      `invalid utf-8 byte sequence at byte ${offset + 1}`,
    ]);
    expect(preview.sampleProblems.filter((reasons) => reasons.length > 0)).toHaveLength(1);
  });

  it('still refuses a file that is mostly not UTF-8, asking for its encoding', async () => {
    // Latin-1 é (E9) in every word: not UTF-8, and not Big5 either.
    const latin1 = concat(
      ...Array.from({ length: 10 }, (_, n) =>
        concat(
          utf8(`{"id":"l${n}","output":"caf`),
          [0xe9, 0x20, 0x65, 0x74, 0x20, 0xe9, 0x74, 0xe9],
          utf8('"}\n'),
        ),
      ),
    );
    const { result, ids } = await run(latin1, 64, {});
    expect(result).toMatchObject({ state: 'failed', failure: 'unknown encoding', rowsRead: 0 });
    expect(ids).toEqual([]);
    expect(previewFile(latin1, 'latin1.jsonl', { complete: true })).toMatchObject({
      ok: false,
      reason: 'unknown encoding',
    });
    expect(
      previewFile(latin1, 'latin1.jsonl', { complete: true, encoding: 'utf-8' }),
    ).toMatchObject({ ok: false, reason: 'invalid utf-8 byte sequence' });
  });
});

describe('a CSV file with an invalid byte sequence in one field', () => {
  // The row of line 3 spans two lines (a quoted field with a line break); its second field
  // holds C3 followed by "(" instead of a continuation byte.
  const head = 'id,output,note\r\n1,第一則,ok\r\n2,"two\r\nlines ';
  const bytes = concat(
    utf8(head),
    [0xc3, 0x28],
    utf8('",fine\r\n'),
    utf8(
      Array.from({ length: 8 }, (_, n) => `${n + 3},回覆 reply number ${n + 3},note\r\n`).join(''),
    ),
  );

  it('reports the line the row starts on and the byte offset, and imports the other rows', async () => {
    for (const size of SIZES) {
      const { result, ids } = await run(bytes, size, { format: 'csv' });
      expect(result).toMatchObject({ state: 'done', rowsRead: 10, rowsValid: 9, problemCount: 1 });
      expect(result.problems).toEqual([
        { row: 3, field: null, reason: `invalid utf-8 byte sequence at byte ${utf8(head).length}` },
      ]);
      expect(ids).toEqual(['1', '3', '4', '5', '6', '7', '8', '9', '10']);
    }
  });

  it('is previewed with the row and its problem', () => {
    const preview = previewFile(bytes, 'export.csv', { complete: true });
    expect(preview).toMatchObject({ ok: true, format: 'csv', invalidSequences: 1 });
    if (preview.ok) {
      expect(preview.samples[1]).toEqual({ id: '2', output: 'two\r\nlines \uFFFD(', note: 'fine' });
      expect(preview.sampleProblems.slice(0, 3)).toEqual([
        [],
        [`invalid utf-8 byte sequence at byte ${utf8(head).length}`],
        [],
      ]);
    }
  });
});

describe('a JSON array that breaks', () => {
  const items = [
    { id: 'a', output: '第一則' },
    { id: 'b', output: 'second' },
    { id: 'c', output: 'third, cut' },
  ];
  const whole = JSON.stringify(items, null, 2);

  it('cut in the middle of its last object: says where, counts only the whole items, imports nothing', async () => {
    const cut = whole.slice(0, whole.indexOf('third') + 3); // ends in `"output": "thi`
    const lines = cut.split('\n');
    const line = lines.length;
    const column = [...(lines.at(-1) ?? '')].length + 1;
    for (const size of SIZES) {
      const { result, ids } = await run(utf8(cut), size, { format: 'json' });
      expect(result).toMatchObject({
        state: 'failed',
        failure: `not valid JSON: it breaks at line ${line}, column ${column}`,
        brokenAt: { line, column, reason: 'the JSON breaks off' },
        rowsRead: 2,
        rowsValid: 2,
        problemCount: 1,
      });
      expect(result.problems).toEqual([
        { row: 3, field: null, reason: 'the JSON breaks off', breaksAt: { line, column } },
      ]);
      expect(ids).toEqual([]);
    }
    const preview = previewFile(utf8(cut), 'cut.json', { complete: true });
    expect(preview).toMatchObject({ ok: true, brokenAt: { line, column } });
  });

  it('missing its closing bracket: says where the file stops, counts the items it holds', async () => {
    const open = `${whole.slice(0, whole.lastIndexOf(']'))}\n`;
    const lines = open.trimEnd().split('\n');
    const line = lines.length;
    const column = [...(lines.at(-1) ?? '')].length + 1;
    for (const size of SIZES) {
      const { result, ids } = await run(utf8(open), size, { format: 'json' });
      expect(result).toMatchObject({
        state: 'failed',
        failure: `not valid JSON: it breaks at line ${line}, column ${column}`,
        brokenAt: { line, column, reason: 'missing ] at the end of the array' },
        rowsRead: 3,
        rowsValid: 3,
        problemCount: 1,
      });
      expect(ids).toEqual([]);
    }
  });

  it('going on after its end: says where the extra text starts', async () => {
    const text = `${JSON.stringify(items.slice(0, 2))}\n[{"id":"x","output":"more"}]`;
    const { result, ids } = await run(utf8(text), 64, { format: 'json' });
    expect(result).toMatchObject({
      state: 'failed',
      brokenAt: { line: 2, column: 1, reason: 'unexpected text after the array' },
      rowsRead: 2,
    });
    expect(ids).toEqual([]);
  });

  it('whole, with one item that is not valid JSON: only that item is a problem', async () => {
    const text =
      '[{"id":"a","output":"one"}, {"id":"b" "output":"two"}, {"id":"c","output":"three"}]';
    const { result, ids } = await run(utf8(text), 64, { format: 'json' });
    expect(result).toMatchObject({ state: 'done', rowsRead: 3, rowsValid: 2 });
    expect(result.problems).toEqual([{ row: 2, field: null, reason: 'invalid JSON' }]);
    expect(ids).toEqual(['a', 'c']);
  });
});
