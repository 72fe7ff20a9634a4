/** Edit metrics as records carry them (EXPORTS.md §3; issue 13 point 4): on grapheme clusters. */
import { describe, expect, it } from 'vitest';
import { recordMetrics } from '../../../shared/export/record-metrics';

const FAMILY = '👨‍👩‍👧‍👦'; // man ZWJ woman ZWJ girl ZWJ boy: 11 code units
const FLAG_TW = '🇹🇼'; // two regional indicators
const FLAG_JP = '🇯🇵';
const THUMB_DARK = '👍🏿'; // thumbs up + skin tone modifier
const THUMB_LIGHT = '👍🏻';
const E_ACUTE = 'e\u0301'; // e + combining acute
const E_GRAVE = 'e\u0300';
const STACKED = 'a\u0301\u0323\u0308'; // three marks on one letter

describe('recordMetrics, the examples of EXPORTS.md §3', () => {
  it('kitten → sitting is 3', () => {
    expect(recordMetrics('kitten', 'sitting')).toEqual({
      editChars: 3,
      editRate: 3 / 7,
      normEdit: 3 / 7,
      wordEditRate: 1,
      changed: true,
    });
  });

  it('我想喝拿铁 → 我想喝咖啡 is 2, with no word rate for unspaced text', () => {
    expect(recordMetrics('我想喝拿铁', '我想喝咖啡')).toEqual({
      editChars: 2,
      editRate: 2 / 5,
      normEdit: 2 / 5,
      changed: true,
    });
  });
});

describe('one grapheme, one character', () => {
  it.each([
    ['a ZWJ family', FAMILY, '👪'],
    ['a flag', FLAG_TW, FLAG_JP],
    ['a skin tone', THUMB_DARK, THUMB_LIGHT],
    ['a combining accent', E_ACUTE, E_GRAVE],
    ['stacked combining marks', STACKED, 'a'],
  ])('replacing %s costs 1', (_, before, after) => {
    const metrics = recordMetrics(`ok ${before} ok`, `ok ${after} ok`);
    expect(metrics.editChars).toBe(1);
    expect(metrics.editRate).toBe(1 / 7); // "ok X ok" is 7 graphemes
    expect(metrics.normEdit).toBe(1 / 7);
  });

  it.each([FAMILY, FLAG_TW, THUMB_DARK, E_ACUTE, STACKED])(
    'deleting %s costs 1 and lengths count it once',
    (cluster) => {
      const metrics = recordMetrics(`ab${cluster}`, 'ab');
      expect(metrics.editChars).toBe(1);
      expect(metrics.editRate).toBe(1 / 2); // final has 2 graphemes
      expect(metrics.normEdit).toBe(1 / 3); // original has 3
    },
  );
});

describe('edge cases', () => {
  it('an unchanged text has zeros and changed false', () => {
    expect(recordMetrics('same', 'same')).toEqual({
      editChars: 0,
      editRate: 0,
      normEdit: 0,
      wordEditRate: 0,
      changed: false,
    });
  });

  it('an emptied text divides by 1, not 0', () => {
    const metrics = recordMetrics('abc', '');
    expect(metrics).toMatchObject({ editChars: 3, editRate: 3, normEdit: 1, changed: true });
    expect(recordMetrics('', '')).toMatchObject({ editChars: 0, editRate: 0, normEdit: 0 });
  });

  it('counts words for spaced text', () => {
    expect(recordMetrics('the cat sat', 'the dog sat down').wordEditRate).toBe(2 / 4);
  });
});
