/**
 * The two exact Levenshtein methods against the textbook table: the bit-vector one on its own
 * (lengths across the 32-token word edges, where its carries between blocks live) and the
 * diagonal one that hands heavy rewrites to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bitParallelCost,
  bitParallelLevenshtein,
} from '../../../shared/text-diff/bit-parallel-levenshtein';
import { levenshtein } from '../../../shared/text-diff/levenshtein';
import { naiveLevenshtein } from './support/oracles';

const tokens = (alphabet: number, maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: alphabet - 1 }), { maxLength })
    .map((ids) => Int32Array.from(ids));
const strings = (ids: Int32Array) => Array.from(ids, String);
const oracle = (a: Int32Array, b: Int32Array) => naiveLevenshtein(strings(a), strings(b));

describe('bitParallelLevenshtein', () => {
  it('equals the textbook distance, across word edges and alphabet sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.context(), (alphabet, ctx) => {
        const gen = fc.tuple(tokens(alphabet, 140), tokens(alphabet, 140));
        fc.assert(
          fc.property(gen, ([a, b]) => {
            ctx.log(`${a.length}×${b.length}`);
            expect(bitParallelLevenshtein(a, b)).toBe(oracle(a, b));
          }),
          { numRuns: 8 },
        );
      }),
      { numRuns: 25 },
    );
  });

  it('handles the edges of a word exactly', () => {
    for (const length of [1, 31, 32, 33, 63, 64, 65, 96]) {
      const a = Int32Array.from({ length }, (_, i) => i % 7);
      const b = Int32Array.from({ length: length + 3 }, (_, i) => (i * 3) % 5);
      expect(bitParallelLevenshtein(a, b), `length ${length}`).toBe(oracle(a, b));
      expect(bitParallelLevenshtein(b, a), `length ${length}`).toBe(oracle(a, b));
      expect(bitParallelLevenshtein(a, new Int32Array())).toBe(length);
    }
  });
});

describe('levenshtein with the bit-vector method for heavy rewrites', () => {
  it('equals the textbook distance for light edits and whole rewrites alike', () => {
    const rewrite = fc.tuple(tokens(30, 300), tokens(30, 300));
    const light = tokens(30, 300).chain((a) =>
      fc
        .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 29 })), { maxLength: 4 })
        .map((changes) => {
          const b = Int32Array.from(a);
          for (const [at, id] of changes) {
            if (b.length > 0) {
              b[at % b.length] = id;
            }
          }
          return [a, b] as const;
        }),
    );
    fc.assert(
      fc.property(fc.oneof(rewrite, light), ([a, b]) => {
        expect(levenshtein(a, b, { remaining: 2_000_000 })).toBe(oracle(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('switches to it on a whole rewrite, spending its predictable cost', () => {
    const a = Int32Array.from({ length: 1000 }, (_, i) => i % 50);
    const b = Int32Array.from({ length: 1000 }, (_, i) => 50 + (i % 40)); // nothing in common
    const budget = { remaining: 2_000_000 };
    expect(levenshtein(a, b, budget)).toBe(1000);
    // The diagonal search alone would have spent about d² = 10⁶ units; the switch caps it near
    // twice the bit-vector cost.
    expect(2_000_000 - budget.remaining).toBeLessThanOrEqual(
      2 * bitParallelCost(1000, 1000) + 2000,
    );
  });

  it('still gives up (null) when even the bit-vector method would exceed the budget', () => {
    const a = Int32Array.from({ length: 4000 }, (_, i) => i % 50);
    const b = Int32Array.from({ length: 4000 }, (_, i) => 50 + (i % 40));
    expect(levenshtein(a, b, { remaining: 100_000 })).toBeNull();
  });
});
