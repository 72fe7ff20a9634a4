import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitOf, splitOptionsProblem, splitPoint } from '../../../shared/export/split';

/** The rule as the manifest states it, computed with Node's own SHA-256. */
function nodeSplitPoint(draftId: string, salt: string): number {
  const digest = createHash('sha256').update(`${salt}\0${draftId}`, 'utf8').digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });

describe('splitPoint', () => {
  it('is the first 4 bytes of SHA-256(salt \\0 id), big-endian, over 2^32', () => {
    fc.assert(
      fc.property(id, fc.string({ maxLength: 10 }), (draftId, salt) => {
        expect(splitPoint(draftId, salt)).toBe(nodeSplitPoint(draftId, salt));
      }),
      { numRuns: 300 },
    );
  });

  it('stays in [0, 1), including digests whose first byte is 0x80 or more', () => {
    const points = Array.from({ length: 200 }, (_, i) => splitPoint(`d${i}`, 's'));
    expect(points.every((p) => p >= 0 && p < 1)).toBe(true);
    expect(points.some((p) => p >= 0.5)).toBe(true);
  });
});

describe('splitOf', () => {
  it('puts an id in the same split whatever other ids exist', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 50 }),
        fc.uniqueArray(id, { maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (before, added, testRatio) => {
          const options = { testRatio, salt: 'loupe' };
          const first = new Map(before.map((d) => [d, splitOf(d, options)]));
          const grown = [...added, ...before].map((d) => [d, splitOf(d, options)] as const);
          for (const [d, split] of grown) {
            if (first.has(d)) {
              expect(split).toBe(first.get(d));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('roughly respects the ratio on 10,000 ids', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `draft-${i}`);
    for (const testRatio of [0.1, 0.2, 0.5]) {
      const tests = ids.filter((d) => splitOf(d, { testRatio, salt: 'v1' }) === 'test').length;
      expect(Math.abs(tests / ids.length - testRatio)).toBeLessThan(0.02); // ≥ 5 σ
    }
  });

  it('puts every id in train at ratio 0 and in test at ratio 1', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `x${i}`);
    expect(ids.every((d) => splitOf(d, { testRatio: 0, salt: '' }) === 'train')).toBe(true);
    expect(ids.every((d) => splitOf(d, { testRatio: 1, salt: '' }) === 'test')).toBe(true);
  });

  it('gives a different split for a different salt', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `x${i}`);
    const a = ids.map((d) => splitOf(d, { testRatio: 0.5, salt: 'a' }));
    const b = ids.map((d) => splitOf(d, { testRatio: 0.5, salt: 'b' }));
    expect(a).not.toEqual(b);
  });

  it('refuses a ratio outside 0–1', () => {
    for (const testRatio of [-0.1, 1.5, Number.NaN, Infinity]) {
      expect(splitOptionsProblem({ testRatio, salt: '' })).toMatch(/from 0 to 1/);
    }
    expect(splitOptionsProblem({ testRatio: 0.2, salt: '' })).toBeUndefined();
  });
});
