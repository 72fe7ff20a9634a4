/**
 * The mapping screen's preview of a file's head: its format (from the name, then the text), its
 * encoding (detected or chosen), its first rows (never a row the head cut off) and the field paths
 * of its first rows (a field missing in row 1 is still offered).
 */
import { describe, expect, it } from 'vitest';
import {
  formatFromName,
  previewFile,
  PREVIEW_ROWS,
  type FilePreview,
} from '../../../shared/import/file-preview';

const utf8 = (text: string) => Uint8Array.from(new TextEncoder().encode(text));
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

/** UTF-16 with its byte order mark. */
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out.push(...(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
}

/** Big5: 中 = A4A4, 文 = A4E5, 資 = B8EA, 料 = AEC6. */
const BIG5_CSV = bytes(
  'id,output\r\n1,',
  [0xa4, 0xa4, 0xa4, 0xe5],
  '\r\n2,',
  [0xb8, 0xea, 0xae, 0xc6],
  '\r\n',
);

const whole = { complete: true };

function ok(preview: FilePreview) {
  if (!preview.ok) {
    throw new Error(`preview failed: ${preview.reason}`);
  }
  return preview;
}

describe('the format of a file', () => {
  it('is told by the name where the name tells', () => {
    expect(formatFromName('drafts.jsonl')).toBe('jsonl');
    expect(formatFromName('DRAFTS.NDJSON')).toBe('jsonl');
    expect(formatFromName('drafts.json')).toBe('json');
    expect(formatFromName('回覆.csv')).toBe('csv');
    expect(formatFromName('drafts.txt')).toBeNull();
    expect(formatFromName('drafts')).toBeNull();
  });

  it('reads a .json file holding JSON Lines as JSON Lines', () => {
    const preview = ok(previewFile(utf8('{"output":"a"}\n{"output":"b"}\n'), 'export.json', whole));
    expect(preview.format).toBe('jsonl');
    expect(preview.samples).toEqual([{ output: 'a' }, { output: 'b' }]);
  });

  it('reads text starting with [ as a JSON array, whatever the name', () => {
    const text = '\n  [{"output":"a"},\n {"output":"b"}]';
    expect(ok(previewFile(utf8(text), 'export.json', whole)).format).toBe('json');
    expect(ok(previewFile(utf8(text), 'export.jsonl', whole)).samples).toHaveLength(2);
    expect(ok(previewFile(utf8(text), 'export', whole)).format).toBe('json');
  });

  it('keeps a .csv file CSV, and reads a nameless format that is not JSON as CSV', () => {
    expect(ok(previewFile(utf8('{"a":1}\n'), 'odd.csv', whole)).format).toBe('csv');
    const plain = ok(previewFile(utf8('id,output\n1,hello\n'), 'export.txt', whole));
    expect(plain.format).toBe('csv');
    expect(plain.samples).toEqual([{ id: '1', output: 'hello' }]);
  });

  it('takes the format the reviewer chose over the detected one', () => {
    const preview = ok(
      previewFile(utf8('id,output\n1,hello\n'), 'rows.jsonl', { ...whole, format: 'csv' }),
    );
    expect(preview.format).toBe('csv');
    expect(preview.paths).toEqual(['id', 'output']);
  });
});

describe('the encoding of a file', () => {
  it('reads UTF-8 with a BOM without the BOM in the first field name', () => {
    const preview = ok(
      previewFile(bytes([0xef, 0xbb, 0xbf], 'id,output\n1,您好\n'), 'a.csv', whole),
    );
    expect(preview.encoding).toBe('utf-8');
    expect(preview.paths).toEqual(['id', 'output']);
    expect(preview.samples).toEqual([{ id: '1', output: '您好' }]);
  });

  it('detects Big5 and reads Traditional Chinese from it', () => {
    const preview = ok(previewFile(BIG5_CSV, 'big5.csv', whole));
    expect(preview.encoding).toBe('big5');
    expect(preview.samples).toEqual([
      { id: '1', output: '中文' },
      { id: '2', output: '資料' },
    ]);
  });

  it('reads UTF-16 by its byte order mark, little and big endian', () => {
    const text = '{"output":"您好","model":"m"}\r\n';
    for (const order of ['le', 'be'] as const) {
      const preview = ok(previewFile(utf16(text, order), 'u16.jsonl', whole));
      expect(preview.encoding).toBe(`utf-16${order}`);
      expect(preview.samples).toEqual([{ output: '您好', model: 'm' }]);
    }
  });

  it('refuses NUL bytes as an unknown encoding, and reads them as the UTF-16 chosen', () => {
    const noBom = utf16('{"output":"a"}\n', 'le', false);
    expect(previewFile(noBom, 'u16.jsonl', whole)).toEqual({
      ok: false,
      format: 'jsonl',
      reason: 'unknown encoding (NUL bytes: binary, or UTF-16 without BOM)',
    });
    const chosen = ok(previewFile(noBom, 'u16.jsonl', { ...whole, encoding: 'utf-16le' }));
    expect(chosen.samples).toEqual([{ output: 'a' }]);
  });

  it('says why when the chosen encoding does not fit the bytes', () => {
    expect(previewFile(BIG5_CSV, 'big5.csv', { ...whole, encoding: 'utf-8' })).toEqual({
      ok: false,
      format: 'csv',
      reason: 'invalid utf-8 byte sequence',
      suggestedEncoding: 'big5',
    });
    const u16 = utf16('{"output":"a"}\n', 'le');
    expect(previewFile(u16, 'u16.jsonl', { ...whole, encoding: 'utf-8' })).toMatchObject({
      ok: false,
      reason: 'invalid utf-8 byte sequence',
    });
  });
});

describe('the rows of a head', () => {
  it('does not show a row the head cut off, and shows it when the file is whole', () => {
    const text = 'id,output\n1,first\n2,second\n';
    const cut = utf8(text).subarray(0, text.indexOf('second') + 3); // ends in "2,sec"
    expect(ok(previewFile(cut, 'a.csv', { complete: false })).samples).toEqual([
      { id: '1', output: 'first' },
    ]);
    expect(ok(previewFile(cut, 'a.csv', whole)).samples).toEqual([
      { id: '1', output: 'first' },
      { id: '2', output: 'sec' },
    ]);
  });

  it('reads a head cut in the middle of a character and of a JSON line', () => {
    const text = '{"output":"中文"}\n{"output":"資料"}\n';
    const cut = utf8(text).subarray(0, utf8(text).length - 6); // inside 資料's bytes
    const preview = ok(previewFile(cut, 'a.jsonl', { complete: false }));
    expect(preview.samples).toEqual([{ output: '中文' }]);
  });

  it('does not show a JSON array element the head cut off', () => {
    const cut = utf8('[{"output":"a"},{"output":"b"},{"output":"c", "id": 12');
    expect(ok(previewFile(cut, 'a.json', { complete: false })).samples).toEqual([
      { output: 'a' },
      { output: 'b' },
    ]);
  });

  it('collects field paths over several rows, nested ones included', () => {
    const rows = [
      { output: 'a' },
      { output: 'b', metadata: { model: 'gpt-x' } },
      ...Array.from({ length: 10 }, (_, i) => ({ output: `c${i}` })),
      { output: 'late', prompt: 'only here' },
    ];
    const text = rows.map((row) => JSON.stringify(row)).join('\n');
    const preview = ok(previewFile(utf8(text), 'rows.jsonl', whole));
    expect(preview.paths).toEqual(['output', 'metadata.model', 'prompt']);
    expect(preview.samples).toHaveLength(PREVIEW_ROWS);
    expect(preview.samples[1]).toEqual({ output: 'b', metadata: { model: 'gpt-x' } });
  });
});
