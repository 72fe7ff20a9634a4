/**
 * Properties of the edit metrics against a textbook Levenshtein over Intl.Segmenter graphemes.
 * Each property also runs against a deliberately wrong distance, to show it can fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charEditRate, editMetrics, splitWords } from '../../../shared/text-diff';
import { intlGraphemes, naiveLevenshtein } from './support/oracles';

const runs = { numRuns: 300 };
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', '中', '👍🏽', 'e\u0301', '\r\n'), maxLength: 30 }),
);

type Distance = (a: string, b: string) => number;
const charDistance: Distance = (a, b) => editMetrics(a, b).charDistance;

const matchesOracle = (distance: Distance) =>
  fc.property(text, text, (a, b) => {
    expect(distance(a, b)).toBe(naiveLevenshtein(intlGraphemes(a), intlGraphemes(b)));
  });

const symmetric = (distance: Distance) =>
  fc.property(text, text, (a, b) => {
    expect(distance(a, b)).toBe(distance(b, a));
  });

const zeroIffEqual = (distance: Distance) =>
  fc.property(text, text, (a, b) => {
    expect(distance(a, a)).toBe(0);
    expect(distance(a, b) === 0).toBe(a === b);
  });

const triangle = (distance: Distance) =>
  fc.property(text, text, text, (a, b, c) => {
    expect(distance(a, c)).toBeLessThanOrEqual(distance(a, b) + distance(b, c));
  });

describe('editMetrics properties', () => {
  it('equals the textbook Levenshtein distance over grapheme clusters', () => {
    fc.assert(matchesOracle(charDistance), runs);
  });

  it('equals the oracle, and counts clusters as it does, when the texts share their ends', () => {
    // editMetrics compares only what lies between a shared start and end; texts that share
    // them, with joiners, marks and CR/LF at the seams, check that the cut never splits a cluster.
    fc.assert(
      fc.property(text, text, text, text, (start, a, b, end) => {
        const [x, y] = [start + a + end, start + b + end];
        const metrics = editMetrics(x, y);
        expect(metrics.charDistance).toBe(naiveLevenshtein(intlGraphemes(x), intlGraphemes(y)));
        expect(metrics.originalGraphemes).toBe(intlGraphemes(x).length);
        expect(metrics.finalGraphemes).toBe(intlGraphemes(y).length);
        if (metrics.wordDistance !== null) {
          expect(metrics.wordDistance).toBe(naiveLevenshtein(splitWords(x), splitWords(y)));
        }
      }),
      runs,
    );
  });

  it('is symmetric in distance', () => {
    fc.assert(symmetric(charDistance), runs);
    fc.assert(
      symmetric((a, b) => editMetrics(a, b).wordDistance ?? -1),
      runs,
    );
  });

  it('is zero exactly for equal texts, and then unchanged', () => {
    fc.assert(zeroIffEqual(charDistance), runs);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const metrics = editMetrics(a, b);
        expect(metrics.changed).toBe(metrics.charDistance > 0);
        expect(metrics.exact).toBe(true);
      }),
      runs,
    );
  });

  it('satisfies the triangle inequality and simple bounds', () => {
    fc.assert(triangle(charDistance), runs);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [n, m] = [intlGraphemes(a).length, intlGraphemes(b).length];
        const { charDistance: d, charRate, wordDistance, wordRate } = editMetrics(a, b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(n - m));
        expect(d).toBeLessThanOrEqual(Math.max(n, m));
        expect(charRate).toBe(d / Math.max(1, m));
        expect(wordRate === null).toBe(wordDistance === null);
      }),
      runs,
    );
  });

  it('each property fails for a wrong distance (the properties can fail)', () => {
    const codeUnits: Distance = (a, b) => naiveLevenshtein([...a.split('')], [...b.split('')]);
    const oneWay: Distance = (a, b) => Math.max(0, a.length - b.length) + (a === b ? 0 : 1);
    const lengthOnly: Distance = (a, b) => Math.abs(a.length - b.length);
    const squared: Distance = (a, b) => charDistance(a, b) ** 2;
    // A fixed seed and many runs: whether random strings hit a counterexample must not depend on
    // luck (with the default 100 random runs this check failed now and then).
    const search = { seed: 20261128, numRuns: 2000 };
    expect(fc.check(matchesOracle(codeUnits), search).failed).toBe(true);
    expect(fc.check(symmetric(oneWay), search).failed).toBe(true);
    expect(fc.check(zeroIffEqual(lengthOnly), search).failed).toBe(true);
    expect(fc.check(triangle(squared), search).failed).toBe(true);
  });
});

describe('the edit rate alone (charEditRate, for the lead statistics)', () => {
  it('is the full metrics’ charRate, to the bit, with shared ends and without', () => {
    const withEnds = fc
      .tuple(text, text, text, text)
      .map(([start, a, b, end]) => [start + a + end, start + b + end] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(text, text), withEnds), ([a, b]) => {
        expect(charEditRate(a, b)).toBe(editMetrics(a, b).charRate);
      }),
      runs,
    );
  });
});
