/**
 * Parquet read back by DuckDB: the typed columns, one row per record across several row groups,
 * Chinese text intact, span offsets in the metadata JSON byte for byte — and the bytes leave
 * the writer a row group at a time, not at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParquetWriter } from '../../../../shared/export/formats';
import type { LabelColumnSpec } from '../../../../shared/export/formats';
import type { DuckFile } from './support/duckdb';
import { openWithDuckDb } from './support/duckdb';
import { ALL_RECORDS, GOLD_RECORDS, SPANS } from './support/records';
import { runWriter } from './support/run-writer';

const LABELS: LabelColumnSpec[] = [
  { id: 'tone', kind: 'single' },
  { id: 'issues', kind: 'multi' },
  { id: 'score', kind: 'rating' },
];

/** The file's columns and DuckDB's types for them, as the report and README document them. */
const EXPECTED_TYPES: [string, string][] = [
  ['id', 'VARCHAR'],
  ['project', 'VARCHAR'],
  ['prompt', 'VARCHAR'],
  ['messages', 'VARCHAR'],
  ['context', 'VARCHAR'],
  ['original', 'VARCHAR'],
  ['final', 'VARCHAR'],
  ['decision', 'VARCHAR'],
  ['resolvedBy', 'VARCHAR'],
  ['labels.tone', 'VARCHAR'],
  ['labels.issues', 'VARCHAR'],
  ['labels.score', 'DOUBLE'],
  ['rating', 'DOUBLE'],
  ['reasons', 'VARCHAR'],
  ['reviewers', 'VARCHAR'],
  ['model.name', 'VARCHAR'],
  ['model.version', 'VARCHAR'],
  ['promptVersion', 'VARCHAR'],
  ['guidelinesVersion', 'BIGINT'],
  ['metrics.editChars', 'BIGINT'],
  ['metrics.editRate', 'DOUBLE'],
  ['metrics.normEdit', 'DOUBLE'],
  ['metrics.wordEditRate', 'DOUBLE'],
  ['metrics.changed', 'BOOLEAN'],
  ['metadata', 'VARCHAR'],
  ['events', 'VARCHAR'],
  ['gold', 'BOOLEAN'],
  ['decidedAt', 'TIMESTAMP WITH TIME ZONE'],
];

describe('Parquet read back with DuckDB', () => {
  let file: DuckFile;
  const source = () => `read_parquet('${file.path}')`;
  const row = async (id: string) =>
    (await file.query(`SELECT * FROM ${source()} WHERE id = '${id}'`))[0]!;

  beforeAll(async () => {
    const { bytes } = runWriter(
      createParquetWriter({ labels: LABELS, rowGroupSize: 2 }),
      ALL_RECORDS,
    );
    file = await openWithDuckDb(bytes, 'parquet');
  });
  afterAll(() => file.close());

  it('has the documented columns and types', async () => {
    expect([...(await file.types(source()))]).toEqual(EXPECTED_TYPES);
  });

  it('has one row per gold record, in order, over several row groups', async () => {
    const ids = await file.query(`SELECT id FROM ${source()}`);
    expect(ids.map((r) => r.id)).toEqual(GOLD_RECORDS.map((r) => r.id));
    const groups = await file.query(
      `SELECT DISTINCT row_group_id FROM parquet_metadata('${file.path}')`,
    );
    expect(groups).toHaveLength(Math.ceil(GOLD_RECORDS.length / 2));
  });

  it('keeps Chinese text and emoji, labels, numbers and the decision time', async () => {
    const edited = await row('d02-edited');
    expect(edited.final).toBe('您的包裹已於昨天出貨，預計明天送達 🚚。');
    expect(edited['metrics.editChars']).toBe('12');
    expect(edited['metrics.editRate']).toBe(0.6);
    expect(edited['metrics.changed']).toBe(true);
    expect(edited['labels.score']).toBeNull();
    expect(edited.prompt).toBeNull();
    expect(JSON.parse(edited.messages as string)).toEqual([
      { role: 'system', content: '你是客服助理。' },
      { role: 'user', content: '我的包裹在哪裡？📦' },
    ]);
    const approved = await row('d01-approved');
    expect(approved['labels.score']).toBe(4);
    expect(approved['labels.issues']).toBe('["tone","語氣"]');
    const [time] = await file.query(
      `SELECT epoch_ms(decidedAt) AS ms FROM ${source()} WHERE id = 'd03-resolved-edit'`,
    );
    expect(time?.ms).toBe(String(Date.parse('2026-12-03T08:00:00.000Z')));
  });

  it('keeps text verbatim: no formula neutralising outside CSV', async () => {
    expect((await row('d03-resolved-edit')).prompt).toBe('=HYPERLINK("http://evil.test","點我")');
  });

  it('keeps span offsets in the metadata JSON byte for byte', async () => {
    expect((await row('d01-approved')).metadata).toBe(
      JSON.stringify({ ticket: 'A123', spans: SPANS }),
    );
  });
});

describe('Parquet writing', () => {
  it('hands out each row group as it completes, and the footer at the end', () => {
    const writer = createParquetWriter({ rowGroupSize: 2 });
    const sizes = GOLD_RECORDS.slice(0, 4).map((record) => {
      const result = writer.write(record);
      return 'chunks' in result ? result.chunks.reduce((n, c) => n + c.length, 0) : -1;
    });
    expect(sizes[0]).toBe(0);
    expect(sizes[1]).toBeGreaterThan(0);
    expect(sizes[2]).toBe(0);
    expect(sizes[3]).toBeGreaterThan(0);
    const tail = writer.finish();
    const last = tail.at(-1)!;
    expect(new TextDecoder().decode(last.slice(-4))).toBe('PAR1');
  });

  it('writes a file with no rows that DuckDB opens', async () => {
    const file = await openWithDuckDb(runWriter(createParquetWriter(), []).bytes, 'parquet');
    try {
      const [count] = await file.query(`SELECT count(*) AS n FROM read_parquet('${file.path}')`);
      expect(count?.n).toBe('0');
    } finally {
      file.close();
    }
  });

  it('writes every record, flagged, when everything is asked for', async () => {
    const { bytes, excluded } = runWriter(createParquetWriter({ includeAll: true }), ALL_RECORDS);
    expect(excluded.size).toBe(0);
    const file = await openWithDuckDb(bytes, 'parquet');
    try {
      const rows = await file.query(
        `SELECT decision FROM read_parquet('${file.path}') WHERE NOT gold`,
      );
      expect(rows.map((r) => r.decision)).toEqual([
        'escalated',
        'escalated',
        'pending',
        'skipped',
        'disputed',
      ]);
    } finally {
      file.close();
    }
  });
});
