import { describe, expect, it } from 'vitest';
import {
  CHUNK_CHARS,
  countLines,
  estimateWrappedLines,
  isLongText,
  LONG_TEXT_CHARS,
  splitIntoChunks,
} from '../../../../renderer/components/markdown/long-text';

const joined = (text: string) =>
  splitIntoChunks(text)
    .map((chunk) => text.slice(chunk.start, chunk.end))
    .join('');

// Issue 12, point 4: a long text is shown in parts; the parts must give the text back exactly.
describe('splitIntoChunks', () => {
  it('covers a one-line megabyte exactly, in parts no longer than CHUNK_CHARS, cut after spaces', () => {
    const text = 'The refund of NT$1,280 goes back to the card. '.repeat(23_000);
    const chunks = splitIntoChunks(text);

    expect(joined(text)).toBe(text);
    expect(chunks.every((chunk) => chunk.end - chunk.start <= CHUNK_CHARS)).toBe(true);
    expect(chunks.slice(0, -1).every((chunk) => text[chunk.end - 1] === ' ')).toBe(true);
  });

  it('cuts after a line break when there is one in the second half of a part', () => {
    const text = `${'a'.repeat(3_000)}\n${'b'.repeat(3_000)}`;

    expect(splitIntoChunks(text)[0]).toEqual({ start: 0, end: 3_001 });
  });

  it('never cuts a surrogate pair, a combining mark or an emoji joiner off what it belongs to', () => {
    const text = `😀e\u0301👩\u200d👩`.repeat(4_000);
    const chunks = splitIntoChunks(text);

    expect(joined(text)).toBe(text);
    for (const { end } of chunks.slice(0, -1)) {
      const next = text.charCodeAt(end);
      expect(next >= 0xdc00 && next <= 0xdfff, `low surrogate at ${end}`).toBe(false);
      expect(['\u0301', '\u200d']).not.toContain(text[end]);
    }
  });

  it('splits CJK text without spaces between characters', () => {
    const text = '退款金額將於五個工作天內退回原信用卡。'.repeat(1_000);

    expect(joined(text)).toBe(text);
    expect(splitIntoChunks(text).length).toBeGreaterThan(4);
  });
});

describe('long-text helpers', () => {
  it('draws the line at LONG_TEXT_CHARS', () => {
    expect(isLongText('x'.repeat(LONG_TEXT_CHARS))).toBe(false);
    expect(isLongText('x'.repeat(LONG_TEXT_CHARS + 1))).toBe(true);
  });

  it('counts lines and estimates wrapped lines, wide characters as two columns', () => {
    expect(countLines('a\nb\n\nc')).toBe(4);
    expect(estimateWrappedLines('a'.repeat(160), 80)).toBe(2);
    expect(estimateWrappedLines('退'.repeat(80), 80)).toBe(2);
    expect(estimateWrappedLines('a\nb\n', 80)).toBe(2);
    // A part is estimated in place, from the whole text and its range, without a copy of it.
    expect(estimateWrappedLines(`xx${'a'.repeat(160)}\nyy`, 80, 2, 163)).toBe(2);
    expect(estimateWrappedLines(`${'退'.repeat(40)}\n${'退'.repeat(40)}`, 80, 41)).toBe(1);
  });
});
