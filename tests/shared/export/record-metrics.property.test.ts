/**
 * Edit metrics of records against the independent plain oracle of the text-diff tests
 * (textbook Levenshtein over whole-string Intl.Segmenter graphemes), on strings built from an
 * alphabet of clusters that are easy to split wrongly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordMetrics } from '../../../shared/export/record-metrics';
import { intlGraphemes, naiveLevenshtein } from '../text-diff/support/oracles';

const CLUSTERS = [
  'a',
  'b',
  ' ',
  '中',
  '文',
  'e\u0301', // e + combining acute
  'o\u0308\u0323', // two combining marks
  '👍🏽', // skin tone
  '👩‍💻', // ZWJ sequence
  '👨‍👩‍👧‍👦', // ZWJ family
  '🇹🇼', // flag
  '❤️', // variation selector
  '\r\n', // one cluster
  'ก\u0e34', // Thai vowel sign
  '한',
];

const text = fc
  .array(fc.constantFrom(...CLUSTERS), { maxLength: 30 })
  .map((clusters) => clusters.join(''));

describe('recordMetrics against the plain oracle', () => {
  it('editChars is the Levenshtein distance over grapheme clusters', () => {
    fc.assert(
      fc.property(text, text, (original, final) => {
        expect(recordMetrics(original, final).editChars).toBe(
          naiveLevenshtein(intlGraphemes(original), intlGraphemes(final)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('normEdit is that distance over the longer text in graphemes (at least 1)', () => {
    fc.assert(
      fc.property(text, text, (original, final) => {
        const a = intlGraphemes(original);
        const b = intlGraphemes(final);
        const metrics = recordMetrics(original, final);
        expect(metrics.normEdit).toBe(naiveLevenshtein(a, b) / Math.max(a.length, b.length, 1));
        expect(metrics.normEdit).toBeGreaterThanOrEqual(0);
        expect(metrics.normEdit).toBeLessThanOrEqual(1);
        expect(metrics.editRate).toBe(naiveLevenshtein(a, b) / Math.max(b.length, 1));
      }),
      { numRuns: 500 },
    );
  });

  it('the alphabet really holds multi-unit clusters (the oracle counts each once)', () => {
    expect(intlGraphemes(CLUSTERS.join(''))).toHaveLength(CLUSTERS.length);
  });
});
