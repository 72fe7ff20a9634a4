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

  it('reports input that does not start with [', () => {
    expect(parse('{"id":"a"}')).toEqual([problem(1, 'not a JSON array (expected [ at the start)')]);
    expect(parse('\ufeff[]')).toEqual([problem(1, 'not a JSON array (expected [ at the start)')]);
    expect(parse('  ')).toEqual([problem(1, 'not a JSON array (expected [ at the start)')]);
  });

  it('reports text after the array once', () => {
    expect(parse('[{"id":"a"}] , [{"id":"b"}]')).toEqual([
      { record: { id: 'a' }, row: 1 },
      problem(2, 'unexpected text after the array'),
    ]);
  });

  it('reports a missing ] after a whole last element, and keeps that element', () => {
    expect(parse('[{"id":"a"},{"id":"b"}\n')).toEqual([
      { record: { id: 'a' }, row: 1 },
      { record: { id: 'b' }, row: 2 },
      problem(2, 'missing ] at the end of the array'),
    ]);
    expect(parse('[{"id":"a"},')).toEqual([
      { record: { id: 'a' }, row: 1 },
      problem(2, 'missing ] at the end of the array'),
    ]);
  });

  it('reports a truncated last element as invalid JSON on its row', () => {
    expect(parse('[{"id":"a"},{"id":"b","draft":"cut ] of')).toEqual([
      { record: { id: 'a' }, row: 1 },
      problem(2, 'invalid JSON'),
      problem(2, 'missing ] at the end of the array'),
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
