/**
 * JSON Lines: one object per non-blank line, problems on their line number, CRLF, truncated last
 * line, hostile text kept verbatim, and the same result for any chunking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonlParser } from '../../../shared/import';
import { cutAt, cutPositions, parseInEveryChunking, runParser } from './support';

const parse = (text: string) => parseInEveryChunking(createJsonlParser, text);

describe('createJsonlParser', () => {
  it('reads one object per line with its line number, skipping blank lines', () => {
    const text = '{"id":"a","n":1}\n\n  \t\n{"id":"b","metadata":null}\n';
    expect(parse(text)).toEqual([
      { record: { id: 'a', n: 1 }, row: 1 },
      { record: { id: 'b', metadata: null }, row: 4 },
    ]);
  });

  it('handles CRLF everywhere', () => {
    const text = '{"id":"a"}\r\n\r\n{"id":"b"}\r\n';
    expect(parse(text)).toEqual([
      { record: { id: 'a' }, row: 1 },
      { record: { id: 'b' }, row: 3 },
    ]);
  });

  it('reports lines that are not JSON or not objects, and goes on', () => {
    const text = '{"id":"a"}\nnot json\n[1,2]\nnull\n"text"\n42\n{"id":"b"}';
    expect(parse(text)).toEqual([
      { record: { id: 'a' }, row: 1 },
      { problem: { row: 2, field: null, reason: 'invalid JSON' } },
      { problem: { row: 3, field: null, reason: 'not an object' } },
      { problem: { row: 4, field: null, reason: 'not an object' } },
      { problem: { row: 5, field: null, reason: 'not an object' } },
      { problem: { row: 6, field: null, reason: 'not an object' } },
      { record: { id: 'b' }, row: 7 },
    ]);
  });

  it('reports a truncated last line as invalid JSON on its row', () => {
    expect(parse('{"id":"a"}\n{"id":"b","draft":"cut of')).toEqual([
      { record: { id: 'a' }, row: 1 },
      { problem: { row: 2, field: null, reason: 'invalid JSON' } },
    ]);
  });

  it('keeps formulas, zero-width, right-to-left and BOM characters verbatim', () => {
    const draft = '=HYPERLINK("http://x","y") a\u200bb \u202eevil\u202c \ufeffmid';
    const text = `${JSON.stringify({ id: '\u200bx', draft })}\n`;
    expect(parse(text)).toEqual([{ record: { id: '\u200bx', draft }, row: 1 }]);
  });

  it('treats a line starting with a BOM (one in the middle of the file) as invalid JSON', () => {
    expect(parse('{"id":"a"}\n\ufeff{"id":"b"}\n')).toEqual([
      { record: { id: 'a' }, row: 1 },
      { problem: { row: 2, field: null, reason: 'invalid JSON' } },
    ]);
  });

  it('gives the same records and problems for any chunking', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\r', '中', '👍🏽', ',') }),
      fc.integer(),
      fc.constant(null),
    );
    const line = fc.oneof(
      fc
        .dictionary(fc.string({ maxLength: 4 }), value, { maxKeys: 4 })
        .map((record) => JSON.stringify(record)),
      fc.constantFrom('', '  ', 'oops', '[1]', '{"a":'),
    );
    const file = fc
      .tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([lines, eol, trailing]) => lines.join(eol) + (trailing ? eol : ''));
    fc.assert(
      fc.property(file, cutPositions, (text, cuts) => {
        expect(runParser(createJsonlParser, cutAt(text, cuts))).toEqual(
          runParser(createJsonlParser, [text]),
        );
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
