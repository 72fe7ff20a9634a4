/**
 * CSV: quoting, escaped quotes, line breaks inside quotes, CRLF, header names, field-count and
 * quoting problems on the line a row starts on, hostile cells kept verbatim, and any chunking
 * giving back exactly the cells that were written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvParser } from '../../../shared/import';
import { cutAt, cutPositions, parseInEveryChunking, runParser } from './support';

const parse = (text: string) => parseInEveryChunking(createCsvParser, text);

/** Writes one CSV cell as a careful exporter would: quoted only when it has to be. */
const writeCell = (cell: string) =>
  /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

describe('createCsvParser', () => {
  it('turns rows into objects keyed by the header, with the line each row starts on', () => {
    expect(parse('id,draft\n1,hello\n2,"a, b"\n')).toEqual([
      { record: { id: '1', draft: 'hello' }, row: 2 },
      { record: { id: '2', draft: 'a, b' }, row: 3 },
    ]);
  });

  it('reads escaped quotes and line breaks (LF and CRLF) inside quotes, with CRLF rows', () => {
    const text = 'id,draft\r\n1,"say ""hi""\r\nline two\nline three"\r\n2,""\r\n3,"""quoted"""\r\n';
    expect(parse(text)).toEqual([
      { record: { id: '1', draft: 'say "hi"\r\nline two\nline three' }, row: 2 },
      { record: { id: '2', draft: '' }, row: 5 },
      { record: { id: '3', draft: '"quoted"' }, row: 6 },
    ]);
  });

  it('keeps text verbatim: spaces, lone CR, stray quotes in unquoted cells, hostile characters', () => {
    const text =
      'id,draft\n' +
      ' 1 , padded \n' +
      '2,a\rb\n' +
      '3,5" screen\n' +
      '4,"zero\u200bwidth \u202eright-to-left"\n' +
      '5,\ufeffBOM mid-file\n';
    expect(parse(text)).toEqual([
      { record: { id: ' 1 ', draft: ' padded ' }, row: 2 },
      { record: { id: '2', draft: 'a\rb' }, row: 3 },
      { record: { id: '3', draft: '5" screen' }, row: 4 },
      { record: { id: '4', draft: 'zero\u200bwidth \u202eright-to-left' }, row: 5 },
      { record: { id: '5', draft: '\ufeffBOM mid-file' }, row: 6 },
    ]);
  });

  it('keeps spreadsheet formulas as text', () => {
    const text =
      'a,b,c,d\n' + '"=HYPERLINK(""http://x"",""y"")",+1+2,-3,@SUM(A1:A2)\n' + '=1+1,,,\n';
    expect(parse(text)).toEqual([
      { record: { a: '=HYPERLINK("http://x","y")', b: '+1+2', c: '-3', d: '@SUM(A1:A2)' }, row: 2 },
      { record: { a: '=1+1', b: '', c: '', d: '' }, row: 3 },
    ]);
  });

  it('reports a row with the wrong number of fields and goes on', () => {
    expect(parse('a,b\n1\n1,2,3\n"x\ny",z\n')).toEqual([
      { problem: { row: 2, field: null, reason: 'expected 2 fields, found 1' } },
      { problem: { row: 3, field: null, reason: 'expected 2 fields, found 3' } },
      { record: { a: 'x\ny', b: 'z' }, row: 4 },
    ]);
  });

  it('reports an unterminated quote on the row where it started', () => {
    expect(parse('a,b\n1,2\n3,"never closed\n4,5\n6,7')).toEqual([
      { record: { a: '1', b: '2' }, row: 2 },
      { problem: { row: 3, field: null, reason: 'unterminated quoted field' } },
    ]);
  });

  it('reports text after a closing quote', () => {
    expect(parse('a,b\n"x"y,1\n"x"\r,2\n3,4')).toEqual([
      { problem: { row: 2, field: null, reason: 'unexpected text after a closing quote' } },
      { problem: { row: 3, field: null, reason: 'unexpected text after a closing quote' } },
      { record: { a: '3', b: '4' }, row: 4 },
    ]);
  });

  it('skips blank lines but keeps a quoted empty cell, and reads a last row without a break', () => {
    expect(parse('a\n\n\r\n""\nlast')).toEqual([
      { record: { a: '' }, row: 4 },
      { record: { a: 'last' }, row: 5 },
    ]);
  });

  it('reports duplicate column names (of the file, not a row) and keeps the first of them', () => {
    expect(parse('id,x,id\n1,2,3\n')).toEqual([
      { problem: { row: 1, field: 'id', reason: 'duplicate column name', fileLevel: 'reported' } },
      { record: { id: '1', x: '2' }, row: 2 },
    ]);
  });

  it('keeps a column named __proto__ as data', () => {
    const [event] = parse('__proto__,id\nvalue,1\n');
    expect(event).toEqual({ record: { ['__proto__']: 'value', id: '1' }, row: 2 });
    expect(Object.keys((event as { record: object }).record)).toEqual(['__proto__', 'id']);
  });

  it('hands the header over once', () => {
    const headers: (readonly string[])[] = [];
    const parser = createCsvParser(
      () => undefined,
      () => undefined,
      (names) => headers.push(names),
    );
    parser.push('id,"dr');
    parser.push('aft"\r\n1,x\r\n');
    parser.end();
    expect(headers).toEqual([['id', 'draft']]);
  });

  it('gives back exactly the cells written, for any chunking', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\r\n', '=', '中', '👍🏽', '\u200b'),
      maxLength: 8,
    });
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.tuple(
        fc.uniqueArray(
          fc.string({ unit: fc.constantFrom('a', 'b', ','), minLength: 1, maxLength: 3 }),
          {
            minLength: width,
            maxLength: width,
          },
        ),
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
      ),
    );
    fc.assert(
      fc.property(table, cutPositions, ([header, rows, eol], cuts) => {
        // A one-column row holding only an empty cell would be a blank line, which is skipped.
        const kept = rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
        const text = [header, ...kept].map((cells) => cells.map(writeCell).join(',')).join(eol);
        const events = runParser(createCsvParser, cutAt(text, cuts));
        expect(events.map((event) => ('record' in event ? event.record : event))).toEqual(
          kept.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]]))),
        );
      }),
      { seed: 99, numRuns: 400 },
    );
  });
});
