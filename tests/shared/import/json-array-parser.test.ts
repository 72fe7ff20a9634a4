/**
 * A top-level JSON array read element by element: rows are element indexes, structural
 * characters inside strings do not cut elements, and a broken array is reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonArrayParser } from '../../../shared/import';
import { cutAt, cutPositions, parseInEveryChunking, runParser } from './support';

const parse = (text: string) => parseInEveryChunking(createJsonArrayParser, text);
const problem = (row: number, reason: string) => ({ problem: { row, field: null, reason } });
const broken = (row: number, reason: string, line: number, column: number) => ({
  problem: { row, field: null, reason, breaksAt: { line, column } },
});

describe('createJsonArrayParser', () => {
  it('reads each object with its 1-based index, whatever the strings contain', () => {
    const tricky = { id: 'a', draft: 'brackets ] } [ { , and "quotes" \\ \\" \u2028', n: null };
    const text = `\r\n [ ${JSON.stringify(tricky)},\r\n{"id":"b","nested":{"list":[1,[2],{}]}} ]\n`;
    expect(parse(text)).toEqual([
      { record: tricky, row: 1 },
      { record: { id: 'b', nested: { list: [1, [2], {}] } }, row: 2 },
    ]);
  });

  it('reads an empty array as nothing', () => {
    expect(parse(' [ \n ] ')).toEqual([]);
  });

  it('reports elements that are not objects or not JSON, and goes on', () => {
    expect(parse('[{"id":"a"}, 1, "x", null, [], tru, {"id":"b"}]')).toEqual([
      { record: { id: 'a' }, row: 1 },
      problem(2, 'not an object'),
      problem(3, 'not an object'),
      problem(4, 'not an object'),
      problem(5, 'not an object'),
      problem(6, 'invalid JSON'),
      { record: { id: 'b' }, row: 7 },
    ]);
  });

  it('reports missing elements: a leading, doubled or trailing comma', () => {
    expect(parse('[,{"id":"a"},,{"id":"b"},]')).toEqual([
      problem(1, 'invalid JSON'),
      { record: { id: 'a' }, row: 2 },
      problem(3, 'invalid JSON'),
      { record: { id: 'b' }, row: 4 },
      problem(5, 'invalid JSON'),
    ]);
  });

  it('reports input that does not start with [ as a break of the whole file', () => {
    const notArray = 'not a JSON array (expected [ at the start)';
    expect(parse('{"id":"a"}')).toEqual([broken(1, notArray, 1, 1)]);
    expect(parse('\n  \ufeff[]')).toEqual([broken(1, notArray, 2, 3)]);
    expect(parse('  ')).toEqual([broken(1, notArray, 1, 1)]);
  });

  it('reports text after the array once, where it starts', () => {
    expect(parse('[{"id":"a"}] , [{"id":"b"}]')).toEqual([
      { record: { id: 'a' }, row: 1 },
      broken(2, 'unexpected text after the array', 1, 14),
    ]);
  });

  it('reports a missing ] after a whole last element where the file stops, keeping that element', () => {
    expect(parse('[{"id":"a"},\n{"id":"b"}\n\n')).toEqual([
      { record: { id: 'a' }, row: 1 },
      { record: { id: 'b' }, row: 2 },
      broken(3, 'missing ] at the end of the array', 2, 11),
    ]);
    expect(parse('[{"id":"a"},')).toEqual([
      { record: { id: 'a' }, row: 1 },
      broken(2, 'the JSON breaks off', 1, 13),
    ]);
  });

  it('reports an array cut in its last element as a break, and never that element', () => {
    const text = '[{"id":"a"},{"id":"b","draft":"cut ] of';
    expect(parse(text)).toEqual([
      { record: { id: 'a' }, row: 1 },
      broken(2, 'the JSON breaks off', 1, text.length + 1),
    ]);
    // Columns count characters: 中 is one, 👍 (two UTF-16 units) is one.
    expect(parse('[\n  {"id":"a"},\n  {"id":"b", "draft":"中👍')).toEqual([
      { record: { id: 'a' }, row: 1 },
      broken(2, 'the JSON breaks off', 3, 25),
    ]);
  });

  it('reports an element holding an invalid byte sequence, with the element', () => {
    const events: unknown[] = [];
    const parser = createJsonArrayParser(
      (record, row, invalidBytes) => events.push({ record, row, invalidBytes }),
      (each) => events.push({ problem: each }),
    );
    parser.push('[{"id":"a","draft":"x');
    parser.markInvalid('invalid utf-8 byte sequence at byte 20');
    parser.push('\uFFFD"},{"id":"b"}]');
    parser.end();
    expect(events).toEqual([
      problem(1, 'invalid utf-8 byte sequence at byte 20'),
      { record: { id: 'a', draft: 'x\uFFFD' }, row: 1, invalidBytes: true },
      { record: { id: 'b' }, row: 2, invalidBytes: false },
    ]);
  });

  it('gives back exactly the objects written, for any chunking', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '"', '\\', '[', ']', '{', '}', ',', '中', '👍🏽') }),
      fc.integer(),
      fc.constant(null),
    );
    const record = fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(value, fc.array(value)), {
      maxKeys: 4,
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 6 }),
        fc.boolean(),
        cutPositions,
        (records, pretty, cuts) => {
          const text = pretty ? JSON.stringify(records, null, 2) : JSON.stringify(records);
          const events = runParser(createJsonArrayParser, cutAt(text, cuts));
          expect(events).toEqual(records.map((each, index) => ({ record: each, row: index + 1 })));
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});
