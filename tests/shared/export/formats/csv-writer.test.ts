/**
 * CSV read back by DuckDB: the header survives the BOM, rows and types come out as written,
 * Chinese text is intact, formula cells are neutralised, and span offsets in the metadata JSON
 * are byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvWriter, csvColumns } from '../../../../shared/export/formats';
import type { DuckFile } from './support/duckdb';
import { openWithDuckDb } from './support/duckdb';
import { ALL_RECORDS, GOLD_RECORDS, SPANS } from './support/records';
import { runWriter } from './support/run-writer';

const LABEL_IDS = ['tone', 'issues', 'score'];
/** Keeps the BOM in the text, where a default TextDecoder would drop it. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

describe('csvColumns', () => {
  it('puts one column per rubric question between resolvedBy and rating', () => {
    expect(csvColumns(LABEL_IDS)).toEqual([
      'id',
      'project',
      'prompt',
      'messages',
      'context',
      'original',
      'final',
      'decision',
      'resolvedBy',
      'labels.tone',
      'labels.issues',
      'labels.score',
      'rating',
      'reasons',
      'reviewers',
      'model.name',
      'model.version',
      'promptVersion',
      'guidelinesVersion',
      'metrics.editChars',
      'metrics.editRate',
      'metrics.normEdit',
      'metrics.wordEditRate',
      'metrics.changed',
      'metadata',
      'events',
      'gold',
      'decidedAt',
    ]);
  });

  it('refuses a column it does not know', () => {
    expect(() => createCsvWriter({ columns: ['id', 'nope'] })).toThrow(/nope/);
  });
});

describe('CSV read back with DuckDB', () => {
  let file: DuckFile;
  let bytes: Uint8Array;
  const source = () => `read_csv('${file.path}', header = true, allow_quoted_nulls = false)`;
  const row = async (id: string) =>
    (await file.query(`SELECT * FROM ${source()} WHERE id = '${id}'`))[0]!;

  beforeAll(async () => {
    bytes = runWriter(createCsvWriter({ columns: csvColumns(LABEL_IDS) }), ALL_RECORDS).bytes;
    file = await openWithDuckDb(bytes, 'csv');
  });
  afterAll(() => file.close());

  it('starts with a BOM and ends rows in CRLF', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decoder.decode(bytes);
    expect(text.startsWith('\uFEFFid,project,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has one row per gold record and the header names intact (the BOM is not in `id`)', async () => {
    const types = await file.types(source());
    expect([...types.keys()]).toEqual(csvColumns(LABEL_IDS));
    const ids = await file.query(`SELECT id FROM ${source()}`);
    expect(ids.map((r) => r.id)).toEqual(GOLD_RECORDS.map((r) => r.id));
  });

  it('gives typed columns: numbers, booleans, the decision time', async () => {
    const types = await file.types(source());
    expect(types.get('id')).toBe('VARCHAR');
    expect(types.get('final')).toBe('VARCHAR');
    expect(types.get('metrics.editChars')).toBe('BIGINT');
    expect(types.get('metrics.editRate')).toBe('DOUBLE');
    expect(types.get('metrics.changed')).toBe('BOOLEAN');
    expect(types.get('gold')).toBe('BOOLEAN');
    expect(types.get('decidedAt')).toMatch(/^TIMESTAMP( WITH TIME ZONE)?$/);
  });

  it('keeps Chinese text, emoji, quotes and line breaks', async () => {
    expect((await row('d02-edited')).final).toBe('您的包裹已於昨天出貨，預計明天送達 🚚。');
    expect((await row('d01-approved'))['labels.issues']).toBe('["tone","語氣"]');
  });

  it('neutralises text cells that start like a formula, but not numbers', async () => {
    const resolved = await row('d03-resolved-edit');
    expect(resolved.prompt).toBe(`'=HYPERLINK("http://evil.test","點我")`);
    expect(resolved.final).toBe(`'+1 才對, "quoted", and\r\nCRLF`);
    expect(resolved.original).toBe(`'-1 是錯的`);
    expect(resolved['model.name']).toBe(`'@model`);
    expect(resolved['metrics.editChars']).toBe('9');
  });

  it('tells an empty text from a missing one', async () => {
    const noInput = await row('d11-no-input');
    expect(noInput.final).toBe('');
    expect(noInput.prompt).toBeNull();
    expect(noInput['labels.tone']).toBe('');
  });

  it('keeps span offsets in the metadata JSON byte for byte', async () => {
    const { metadata } = await row('d01-approved');
    expect(metadata).toBe(JSON.stringify({ ticket: 'A123', spans: SPANS }));
  });
});

describe('CSV edge cases', () => {
  it('writes the header alone for an export with no rows', () => {
    const { bytes } = runWriter(createCsvWriter({ columns: ['id', 'final'] }), []);
    expect(decoder.decode(bytes)).toBe('\uFEFFid,final\r\n');
  });

  it('writes every record, flagged, when everything is asked for', () => {
    const { bytes, excluded } = runWriter(
      createCsvWriter({ columns: ['id', 'gold'], includeAll: true }),
      ALL_RECORDS,
    );
    expect(excluded.size).toBe(0);
    const text = decoder.decode(bytes);
    expect(text).toContain('\r\nd07-pending,false\r\n');
    expect(text.split('\r\n')).toHaveLength(ALL_RECORDS.length + 2);
  });
});
