import { describe, expect, it } from 'vitest';
import {
  editMetrics,
  mostlyUnspaced,
  segmentGraphemes,
  splitWords,
} from '../../../shared/text-diff';
import { levenshtein } from '../../../shared/text-diff/levenshtein';

describe('editMetrics', () => {
  it('measures an English edit by graphemes and by words', () => {
    expect(editMetrics('the cat sat on the mat', 'a dog sat on a rug')).toEqual({
      charDistance: 12,
      charRate: 12 / 18,
      wordDistance: 4,
      wordRate: 4 / 6,
      changed: true,
      exact: true,
      originalGraphemes: 22,
      finalGraphemes: 18,
    });
    expect(
      editMetrics('Revenue rose to 1,280 units.', 'Revenue rose to 1,820 units.'),
    ).toMatchObject({
      charDistance: 2,
      wordDistance: 1,
      wordRate: 1 / 5,
    });
  });

  it('has no word metrics for mostly Chinese text', () => {
    expect(editMetrics('「退款將於 14 天內」', '「退款將於 30 天內」')).toEqual({
      charDistance: 2,
      charRate: 2 / 12, // 「退款將於 30 天內」 is 12 graphemes
      wordDistance: null,
      wordRate: null,
      changed: true,
      exact: true,
      originalGraphemes: 12,
      finalGraphemes: 12,
    });
    // Mostly English with a Chinese name keeps word metrics; mostly Chinese with an English one not.
    expect(editMetrics('Contact 王小明 today', 'Contact 王小明 tomorrow').wordDistance).toBe(1);
    expect(editMetrics('請聯絡客服 Loupe 團隊', '請聯絡客服 Loupe 小組').wordDistance).toBeNull();
  });

  it('counts an emoji ZWJ sequence or a combining mark as one character', () => {
    expect(editMetrics('ok 👨‍👩‍👧', 'ok 👨‍👩‍👦').charDistance).toBe(1);
    expect(editMetrics('cafe', 'cafe\u0301')).toMatchObject({ charDistance: 1, charRate: 1 / 4 });
    expect(editMetrics('🇹🇼', '🇯🇵')).toMatchObject({ charDistance: 1, charRate: 1 });
  });

  it('counts the clusters of texts that share a long start and end, as of texts that do not', () => {
    // Only the middle is compared; the shared ends are cut where a cluster boundary is certain,
    // never inside a cluster (an emoji sequence, a letter and its combining mark, CRLF).
    const start = 'Dear customer,\r\n👩‍💻 café\u0301 退款 ';
    const end = ' 👍🏽 e\u0301 thanks.\r\n';
    const count = (text: string) => segmentGraphemes(text).length; // the whole text, segmented
    const [before, after] = [`${start}1,280${end}`, `${start}1,820${end}`];
    expect(editMetrics(before, after)).toMatchObject({
      charDistance: 2,
      originalGraphemes: count(before),
      finalGraphemes: count(after),
    });
    const [plain, marked] = [`${start}e${end}`, `${start}e\u0301${end}`];
    expect(editMetrics(plain, marked)).toMatchObject({
      charDistance: 1,
      originalGraphemes: count(plain),
      finalGraphemes: count(marked),
    });
    expect(count(marked)).toBe(count(plain)); // e + U+0301 is one cluster
    expect(editMetrics('x\r', 'x\r\n')).toMatchObject({ charDistance: 1, finalGraphemes: 2 });
    expect(editMetrics('👩', '👩‍💻')).toMatchObject({ charDistance: 1, originalGraphemes: 1 });
  });

  it('counts CRLF as one character', () => {
    expect(editMetrics('a\r\nb', 'a\nb').charDistance).toBe(1);
    expect(editMetrics('a\r\nb', 'ab').charDistance).toBe(1);
  });

  it('handles empty and identical texts', () => {
    expect(editMetrics('', '')).toEqual({
      charDistance: 0,
      charRate: 0,
      wordDistance: 0,
      wordRate: 0,
      changed: false,
      exact: true,
      originalGraphemes: 0,
      finalGraphemes: 0,
    });
    expect(editMetrics('', 'new text')).toMatchObject({
      charDistance: 8,
      charRate: 1,
      wordRate: 1,
    });
    expect(editMetrics('old text', '')).toMatchObject({
      charDistance: 8,
      charRate: 8,
      wordRate: 2,
    });
    expect(editMetrics('同樣 same', '同樣 same')).toMatchObject({
      charDistance: 0,
      changed: false,
    });
  });
});

describe('word helpers', () => {
  it('splits on any whitespace, keeping punctuation on words', () => {
    expect(splitWords('  Hello,  world!\n\tBye ')).toEqual(['Hello,', 'world!', 'Bye']);
  });

  it('calls text mostly unspaced when most letters are Han or kana, not Hangul', () => {
    expect(mostlyUnspaced(['中', '文', 'a'])).toBe(true);
    expect(mostlyUnspaced(['ひ', 'a', 'b'])).toBe(false);
    expect(mostlyUnspaced(['한', '국', '어'])).toBe(false);
    expect(mostlyUnspaced(['1', '2', ' '])).toBe(false);
  });
});

describe('levenshtein', () => {
  it('returns null once the work budget is spent', () => {
    const a = Int32Array.from({ length: 500 }, (_, i) => i);
    const b = Int32Array.from({ length: 500 }, (_, i) => i + 1000);
    expect(levenshtein(a, b, { remaining: 1000 })).toBeNull();
    expect(levenshtein(a, b, { remaining: 1_000_000 })).toBe(500);
  });
});
