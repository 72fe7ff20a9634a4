/**
 * Line splitting over chunks: LF and CRLF breaks (a CRLF cut between chunks is still one break),
 * 1-based numbers, lone CR kept as text, and the last line without a break still emitted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineSplitter } from '../../../shared/import';
import { CHUNK_SIZES, chunksOf, cutAt, cutPositions } from './support';

function split(chunks: readonly string[]): [string, number][] {
  const lines: [string, number][] = [];
  const splitter = createLineSplitter((line, number) => lines.push([line, number]));
  for (const chunk of chunks) {
    splitter.push(chunk);
  }
  splitter.end();
  return lines;
}

describe('createLineSplitter', () => {
  it('splits on LF and CRLF in every chunk size, numbering from 1', () => {
    const text = 'one\r\ntwo\nthree\r\n\r\nfive\rstill five\nsix';
    const expected: [string, number][] = [
      ['one', 1],
      ['two', 2],
      ['three', 3],
      ['', 4],
      ['five\rstill five', 5],
      ['six', 6],
    ];
    for (const size of CHUNK_SIZES) {
      expect(split(chunksOf(text, size))).toEqual(expected);
    }
  });

  it('keeps a CRLF cut between two chunks as one break', () => {
    expect(split(['a\r', '\nb\r', '', '\n'])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('emits nothing after a final line break, and nothing for empty input', () => {
    expect(split(['a\n'])).toEqual([['a', 1]]);
    expect(split([])).toEqual([]);
  });

  it('gives the same lines for any chunking', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\r', '\n', '中', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, cutPositions, (input, cuts) => {
        expect(split(cutAt(input, cuts))).toEqual(split([input]));
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
