/**
 * Size: a 10 MB field arrives whole through every parser, and 100,000 rows are all counted.
 * No timing assertions; these only show that nothing is lost or cut at scale.
 */
import { describe, expect, it } from 'vitest';
import {
  createCsvParser,
  createJsonArrayParser,
  createJsonlParser,
  type ImportProblem,
  type TextStreamParser,
} from '../../../shared/import';
import { chunksOf, decodeBytes } from './support';

const TEN_MB = 10 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** 10 MB of text with quotes, commas, line breaks and non-ASCII spread through it. */
function bigText(): string {
  const unit = 'ab, "q" 中\r\n\u200b'; // 12 code units
  return unit.repeat(Math.ceil(TEN_MB / unit.length)).slice(0, TEN_MB - 1) + 'Z';
}

function feed(
  make: (
    onRecord: (record: Record<string, unknown>) => void,
    onProblem: (problem: ImportProblem) => void,
  ) => TextStreamParser,
  text: string,
) {
  const records: Record<string, unknown>[] = [];
  const problems: ImportProblem[] = [];
  const parser = make(
    (record) => records.push(record),
    (problem) => problems.push(problem),
  );
  for (const chunk of chunksOf(text, CHUNK)) {
    parser.push(chunk);
  }
  parser.end();
  return { records, problems };
}

describe('large input', () => {
  const big = bigText();

  it('keeps a 10 MB CSV field whole', () => {
    const text = `id,draft\r\n1,"${big.replace(/"/g, '""')}"\r\n2,after\r\n`;
    const { records, problems } = feed(createCsvParser, text);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]?.draft === big).toBe(true);
    expect(records[1]).toEqual({ id: '2', draft: 'after' });
  });

  it('keeps a 10 MB JSON string whole, in JSONL and in a JSON array, decoded from bytes', () => {
    const record = { id: 'big', draft: big };
    const jsonl = decodeBytes(new TextEncoder().encode(`${JSON.stringify(record)}\n`), CHUNK);
    const lines = feed(createJsonlParser, jsonl);
    expect(lines.problems).toEqual([]);
    expect(lines.records[0]?.draft === big).toBe(true);

    const array = feed(createJsonArrayParser, JSON.stringify([record, { id: 'next' }]));
    expect(array.problems).toEqual([]);
    expect(array.records.map((each) => each.id)).toEqual(['big', 'next']);
    expect(array.records[0]?.draft === big).toBe(true);
  });

  it('counts 100,000 rows in each format', () => {
    const count = 100_000;
    const ids = Array.from({ length: count }, (_, i) => i);
    const csv = `id,draft\r\n${ids.map((i) => `${i},"d ${i}"`).join('\r\n')}\r\n`;
    const jsonl = ids.map((i) => JSON.stringify({ id: String(i) })).join('\n');
    const array = JSON.stringify(ids.map((i) => ({ id: String(i) })));
    for (const [make, text] of [
      [createCsvParser, csv],
      [createJsonlParser, jsonl],
      [createJsonArrayParser, array],
    ] as const) {
      const { records, problems } = feed(make, text);
      expect(problems).toEqual([]);
      expect(records).toHaveLength(count);
      expect(records[count - 1]?.id).toBe(String(count - 1));
    }
  });
});
